package dev.storyline.entities;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The configuration folder of the curated lists: its files add to the shipped ones, a malformed line is named and
 * skipped, a file that cannot be read is an error naming it and the line. Fixtures written for this test (invented
 * names of people and organisations, so no shipped entry can answer for them).
 */
class ConfiguredListsTest {

    @TempDir
    Path config;

    @Test
    void configuredPeopleAndOrganisationsAddToTheShippedOnesAndAMalformedLineIsNamedAndSkipped() throws IOException {
        Files.writeString(config.resolve("people.tsv"), """
                # a person the shipped list does not have
                tengstrom-h\tHalvard Tengström\tfr:Halvard Tengstrom
                just-a-key
                """);
        Files.writeString(config.resolve("organisations.tsv"), "kvl\tKestrel Valley League\tKVL|Ligue de la vallée Kestrel\n");
        List<String> warnings = new ArrayList<>();
        ReferenceNames known = ReferenceNames.load(new NameForms(), config, warnings::add);
        assertEquals(Optional.of("PER:tengstrom-h"), known.find("PER", "Halvard Tengström").map(ReferenceNames.Known::canonical));
        assertEquals(Optional.of("ORG:kvl"), known.find("ORG", "Ligue de la vallée Kestrel").map(ReferenceNames.Known::canonical));
        assertEquals(Optional.of("PER:vladimir-putin"), known.find("PER", "Wladimir Putin").map(ReferenceNames.Known::canonical),
                "the shipped list is still read");
        assertEquals(List.of(config.resolve("people.tsv") + " line 3: needs at least 2 tab-separated fields, found 1; skipped"),
                warnings);
    }

    @Test
    void aFileThatIsNotUtf8IsAnErrorNamingTheFileAndTheLine() throws IOException {
        byte[] latin1 = "kvl\tKestrel Valley League\tKVL\nlvv\tLigue de la vall\u00e9e\tLVV\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(config.resolve("organisations.tsv"), latin1);
        ConfigFolderException e = assertThrows(ConfigFolderException.class,
                () -> ReferenceNames.load(new NameForms(), config, w -> { }));
        assertEquals(config.resolve("organisations.tsv") + " line 2: not UTF-8 text", e.getMessage());
    }

    @Test
    void aMalformedMergeRuleIsNamedAndTheOthersAreKept() throws IOException {
        Files.writeString(config.resolve("merge-rules.tsv"), "sometimes\tA\tB\nalways\tKVL League\tORG:kvl\n");
        List<String> warnings = new ArrayList<>();
        MergeRules rules = MergeRules.load(new NameForms(), config, warnings::add);
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).startsWith(config.resolve("merge-rules.tsv") + " line 1: merge rule must start with never or always"),
                warnings.get(0));
        assertEquals(Optional.of("ORG:kvl"), rules.alwaysWith(new NameForms().compact("KVL League")));
    }

    @Test
    void aFileTheFolderHoldsUnderAnotherNameIsNamedAsIgnored() throws IOException {
        Files.writeString(config.resolve("people.csv"), "tengstrom-h,Halvard Tengström\n");
        Files.writeString(config.resolve(".hidden"), "");
        List<String> warnings = new ArrayList<>();
        dev.storyline.Pipeline.Models.load(config, warnings::add);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith(config.resolve("people.csv") + ": not one of the files read (organisations.tsv, people.tsv"),
                warnings.get(0));
    }
}

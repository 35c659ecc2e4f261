package dev.storyline.entities;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** organisations.tsv's names tagged with their language: found whatever the tag, shown to the reader of that language. */
class OrganisationNamesByLanguageTest {

    private static final LocalDate DAY = LocalDate.of(2024, 1, 1);

    @Test
    void aTaggedNameIsFoundAndGivesTheReaderOfItsLanguageTheOrganisationsName() {
        ReferenceNames known = ReferenceNames.load(new NameForms());
        for (String name : List.of("OTSC", "OVKS", "ODKB", "ОДКБ", "CSTO", "Organisation du traité de sécurité collective",
                "Organisation des Vertrags über kollektive Sicherheit")) {
            assertEquals("ORG:csto", known.find("ORG", name).orElseThrow(() -> new AssertionError(name)).canonical(), name);
        }
        assertEquals("Organisation des Vertrags über kollektive Sicherheit", known.referenceName("ORG:csto", "de").orElseThrow());
        assertEquals("Organisation du traité de sécurité collective", known.referenceName("ORG:csto", "fr").orElseThrow());
        assertEquals("Collective Security Treaty Organization", known.referenceName("ORG:csto", "en").orElseThrow());
        assertEquals("Collective Security Treaty Organization", known.referenceName("ORG:csto", "sv").orElseThrow(),
                "a language the list has no name in: the English one");

        // Only French articles named it: a French reader keeps their spelling, a German one gets the list's.
        EntityRegistry registry = EmbeddedEntityRegistry.inMemory();
        for (int i = 0; i < 2; i++) {
            registry.observe(new Observation("ORG:csto", "ORG", "OTSC", "otsc", "fr", "alias-file", DAY, List.of(),
                    "Collective Security Treaty Organization"));
        }
        RegisteredEntity csto = registry.get("ORG:csto").orElseThrow();
        assertEquals("OTSC", DisplayNames.of(csto, "fr", known));
        assertEquals("Organisation des Vertrags über kollektive Sicherheit", DisplayNames.of(csto, "de", known));
        assertEquals("Organización del Tratado de Seguridad Colectiva", DisplayNames.of(csto, "es", known));
    }

    @Test
    void aConfiguredFileWithUntaggedNamesStillReadsAndMayTagSome(@TempDir Path config) throws IOException {
        Files.writeString(config.resolve("organisations.tsv"),
                "acme\tAcme Workers' Union\tAWU|Syndicat des travailleurs d'Acme\n"
                        + "krill\tKrill Fishers' League\tde:Liga der Krillfischer|fr:Ligue des pêcheurs de krill|KFL\n");
        ReferenceNames known = ReferenceNames.load(new NameForms(), config, message -> {
            throw new AssertionError(message);
        });
        assertEquals("ORG:acme", known.find("ORG", "Syndicat des travailleurs d'Acme").orElseThrow().canonical());
        assertEquals("ORG:acme", known.find("ORG", "AWU").orElseThrow().canonical());
        assertEquals("Acme Workers' Union", known.referenceName("ORG:acme", "fr").orElseThrow(), "untagged: no language");
        assertEquals("ORG:krill", known.find("ORG", "Liga der Krillfischer").orElseThrow().canonical());
        assertEquals("Liga der Krillfischer", known.referenceName("ORG:krill", "de").orElseThrow());
        assertEquals("ORG:csto", known.find("ORG", "OVKS").orElseThrow().canonical(), "the shipped list still applies");
    }
}

package dev.storyline.entities;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** BIO gold as the Europeana Newspapers NER corpora write it, read back as text with name spans. */
class BioGoldTest {

    @TempDir
    Path folder;

    private List<NameFinderEvaluation.GoldDocument> read(String bio) throws IOException {
        Path file = folder.resolve("sample.bio");
        Files.writeString(file, bio);
        return BioGold.read(file);
    }

    @Test
    void tokensAreJoinedAndIob1NamesBecomeSpans() throws IOException {
        // Written for this test in the corpora's format (IOB1: I- opens a name after another type or O).
        var docs = read("La O\nChambre I-ORG\ndes I-ORG\ndéputés I-ORG\nreçut O\nM. O\nBriand I-PER\n, O\nà O\nl' O\nAssemblée I-ORG\n. O\n");
        assertEquals(1, docs.size());
        var doc = docs.get(0);
        assertEquals("La Chambre des députés reçut M. Briand, à l'Assemblée.", doc.text());
        assertEquals(List.of(new NameSpan("Chambre des députés", "ORG", 3, 22), new NameSpan("Briand", "PER", 32, 38),
                new NameSpan("Assemblée", "ORG", 44, 53)), doc.spans());
    }

    @Test
    void aBTagSplitsTwoAdjacentNamesOfOneTypeAndStrayTagsReadAsOutside() throws IOException {
        var doc = read("Paris B-LOC\nLondres B-LOC\nBerlin I-LOC\nfoo B-BER\nWien B_LOC\nHerr I-PEr\nMüller, I-PEr\n").get(0);
        assertEquals(List.of("Paris/LOC", "Londres Berlin/LOC", "Wien/LOC", "Herr Müller/PER"),
                doc.spans().stream().map(s -> s.text() + "/" + s.type()).toList(), "punctuation glued to a token is left out");
        assertNull(BioGold.type("O"));
        assertNull(BioGold.type("B-MISC"));
    }

    @Test
    void commentsAndBlankLinesEndADocument() throws IOException {
        var docs = read("# file: a\nUn O\nmot O\n\n# file: b\nDeux O\nmots O\n");
        assertEquals(List.of("Un mot", "Deux mots"), docs.stream().map(NameFinderEvaluation.GoldDocument::text).toList());
    }

    @Test
    void aLongRunIsCutAtASentenceEnd() throws IOException {
        StringBuilder bio = new StringBuilder();
        for (int i = 0; i < 700; i++) bio.append(i % 10 == 9 ? ". O\n" : "mot O\n");
        var docs = read(bio.toString());
        assertTrue(docs.size() >= 2, docs.size() + " documents");
        assertTrue(docs.stream().allMatch(d -> d.text().endsWith(".") || d == docs.get(docs.size() - 1)));
    }

    @Test
    void aMissingPathOrAFolderWithoutBioFilesIsAClearError() {
        IOException missing = assertThrows(IOException.class, () -> BioGold.read(folder.resolve("absent")));
        assertTrue(missing.getMessage().contains("no such file"), missing.getMessage());
        IOException empty = assertThrows(IOException.class, () -> BioGold.read(folder));
        assertTrue(empty.getMessage().contains("no .bio file"), empty.getMessage());
    }
}

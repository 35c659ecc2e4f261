package dev.storyline.extract;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ExtractionEvaluationTest {

    /** A little under what was measured when these floors were set (P 0.934, F1 0.9421 on 990 pages; issue 13). */
    private static final double F1_FLOOR = 0.939, PRECISION_FLOOR = 0.930;

    @Test
    void countsSnippetsFoundAndLeakedAfterNormalisingWhitespace() {
        var page = new ExtractionEvaluation.Page("u", "f", "<html/>", List.of("two  words", "absent"),
                List.of("Menu", "Footer"));
        var score = ExtractionEvaluation.score("fake", List.of(page), (url, html) -> "two\nwords here\nMenu");
        assertEquals(1, score.truePositives());
        assertEquals(1, score.falseNegatives());
        assertEquals(1, score.falsePositives());
        assertEquals(0.5, score.precision());
        assertEquals(0.5, score.recall());
    }

    @Test
    void mainTextOnTheTrafilaturaEvaluationSet() throws IOException {
        Path dir = Path.of(System.getProperty("storyline.shared", "../shared"), "data/extraction/trafilatura-eval");
        assumeTrue(Files.isRegularFile(dir.resolve("evaldata.json")),
                "skipped: the trafilatura evaluation set is not at " + dir.toAbsolutePath());
        List<ExtractionEvaluation.Page> pages = ExtractionEvaluation.load(dir);
        var score = ExtractionEvaluation.score("storyline", pages, PeerExtractors.storyline());
        System.out.printf(Locale.ROOT, "extraction on %d pages: precision %.3f recall %.3f F1 %.3f%n",
                pages.size(), score.precision(), score.recall(), score.f1());
        assertTrue(score.f1() >= F1_FLOOR, () -> "F1 " + score.f1() + " under " + F1_FLOOR);
        assertTrue(score.precision() >= PRECISION_FLOOR, () -> "precision " + score.precision() + " under " + PRECISION_FLOOR);
    }
}

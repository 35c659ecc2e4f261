package dev.storyline.quotes;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Floors on the quotes gold set (src/test/resources/dev/storyline/quotes/quotes-gold.jsonl), a little under what
 * the finder reaches: the hand-written documents are dev data, the shared samples are checked when present.
 */
class QuoteSamplesTest {

    private static final Path GOLD = Path.of("src/test/resources/dev/storyline/quotes/quotes-gold.jsonl");
    private static final Path SAMPLES = Path.of(System.getProperty("storyline.shared", "../shared"), "samples");

    /** As the pipeline builds it: with the reference names, so that described institutions resolve. */
    private static final QuoteFinder FINDER = new QuoteFinder(Institutions.load(
            dev.storyline.entities.ReferenceNames.load(new dev.storyline.entities.NameForms())));

    private static QuoteEvaluation.Result result() {
        return new QuoteEvaluation(FINDER).evaluate(GOLD, SAMPLES);
    }

    @Test
    void theWrittenDocumentsKeepTheirFloors() {
        QuoteEvaluation.Figures f = result().written();
        assertTrue(f.gold() >= 30, "the written part has its 30-odd quotes, had " + f.gold());
        assertTrue(f.precision() >= 0.90 && f.recall() >= 0.90, "precision/recall fell: " + f);
        assertTrue(f.speakerAccuracy() >= 0.85, "speaker accuracy fell: " + f);
    }

    @Test
    void theSharedSamplesKeepTheirFloors() {
        QuoteEvaluation.Result r = result();
        Assumptions.assumeTrue(r.skippedSamples().isEmpty() && Files.isDirectory(SAMPLES),
                "skipped: the shared samples are not at " + SAMPLES);
        QuoteEvaluation.Figures f = r.samples();
        assertTrue(f.precision() >= 0.85 && f.recall() >= 0.85, "precision/recall fell: " + f);
        assertTrue(f.speakerAccuracy() >= 0.75, "speaker accuracy fell: " + f);
    }

    @Test
    void theRussianPresidencysStatementIsTheKremlins() {
        QuoteEvaluation.Result r = result();
        Assumptions.assumeTrue(r.skippedSamples().isEmpty(), "skipped: the shared samples are not at " + SAMPLES);
        assertTrue(r.errors().stream().noneMatch(e -> e.text().startsWith("Les dirigeants ont examiné")),
                "« Les dirigeants ont examiné … », a déclaré la présidence russe: " + r.errors());
    }

    @Test
    void tokayevsStupidesIsAttributedToHimThroughThePronoun() {
        QuoteEvaluation.Result r = result();
        Assumptions.assumeTrue(r.skippedSamples().isEmpty(), "skipped: the shared samples are not at " + SAMPLES);
        assertTrue(r.errors().stream().noneMatch(e -> e.text().equals("stupides")), "« stupides » missed or misattributed: " + r.errors());
    }

    @Test
    void spansOverlappingByLessThanHalfDoNotMatch() {
        assertTrue(QuoteEvaluation.overlapsMostly(0, 10, 2, 10));
        assertTrue(!QuoteEvaluation.overlapsMostly(0, 10, 6, 30));
    }

    /** Written after the code froze and never used to tune it: the nearest thing to unseen text we have. */
    @Test
    void theDocumentsWrittenAfterTheCodeFrozeKeepTheirFloors() {
        QuoteEvaluation.Figures f = new QuoteEvaluation(FINDER)
                .evaluate(Path.of("src/test/resources/dev/storyline/quotes/quotes-fresh.jsonl"), SAMPLES).written();
        assertTrue(f.precision() >= 0.90 && f.recall() >= 0.90, "precision/recall fell: " + f);
        assertTrue(f.speakerAccuracy() >= 0.70, "speaker accuracy fell: " + f);
    }
}

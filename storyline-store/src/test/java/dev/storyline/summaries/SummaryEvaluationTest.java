package dev.storyline.summaries;

import dev.storyline.events.ClusteringEvaluation;
import dev.storyline.events.TermAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Floors on the ECB+ dev gold events (Cybulska and Vossen 2014; ../shared, not in the repository: skipped when
 * absent), read as the stand-in path does (English text, no entities), as {@code storyline eval summaries} reports.
 */
class SummaryEvaluationTest {

    private static final Path FILE = Path.of(System.getProperty("storyline.shared", "../shared"), "data/clustering/ecbplus/ecbplus-dev.jsonl.gz");
    private static SummaryEvaluation.Result result;

    @BeforeAll
    static void run() throws Exception {
        assumeTrue(Files.isRegularFile(FILE), "ECB+ dev is not at " + FILE.toAbsolutePath() + ": the summaries' floors are not checked");
        result = new SummaryEvaluation(new TermAnalyzer()).run(ClusteringEvaluation.read(FILE), null, 0, 1);
    }

    @Test
    void almostEverySummaryOfSeveralArticlesDrawsFromSeveral() {
        // Measured 1.00 (66 of 66 events).
        assertTrue(result.fromSeveralArticles() >= 0.9, result.toString().substring(0, 200));
    }

    @Test
    void sentencesOfOneSummaryRepeatEachOtherLittle() {
        // Measured 0.33: sentences about one event share its names, but none repeats another (MMR's cut is 0.6).
        assertTrue(result.redundancy() <= 0.4, "redundancy " + result.redundancy());
    }

    @Test
    void everyEventHasASummaryOfThreeToFiveSentences() {
        assertTrue(result.meanSentences() >= 3 && result.meanSentences() <= 5, "mean sentences " + result.meanSentences());
        assertTrue(result.summaries().values().stream().allMatch(s -> !s.sentences().isEmpty()));
    }
}

package dev.storyline.events;

import dev.storyline.AnalyzedArticle;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Events across languages, measured on the shipped reports of ten real happenings in French, English, German and
 * Spanish (provenance in crosslang/README.md), through the real analysis; figures printed. One method, so that the
 * analysis (the NER models) runs once.
 */
class CrossLanguageEvaluationTest {

    @Test
    void crossLanguagePairsAreToldApartAsWellAsSameLanguageOnesAndTheLexiconJoinsNoFewerReports() throws IOException {
        List<CrossLanguageEvaluation.Report> reports;
        try (InputStream in = CrossLanguageEvaluationTest.class.getResourceAsStream("crosslang/crosslang-events.jsonl")) {
            assertNotNull(in, "the cross-language reports are on the test classpath");
            reports = CrossLanguageEvaluation.read(in, "crosslang-events.jsonl");
        }
        assertEquals(80, reports.size());
        List<AnalyzedArticle> analyzed = CrossLanguageEvaluation.analyze(reports, null);
        ClusteringConfig config = ClusteringConfig.defaults();
        FeatureExtractor standard = FeatureExtractor.standard(), plain = CrossLanguageEvaluation.withoutLexicon();
        CrossLanguageEvaluation.Clustering ours = CrossLanguageEvaluation.clustering(reports,
                analyzed.stream().map(standard::features).toList(), config);
        CrossLanguageEvaluation.Clustering before = CrossLanguageEvaluation.clustering(reports,
                analyzed.stream().map(plain::features).toList(), config);
        CrossLanguageEvaluation.Similarity tfIdf = CrossLanguageEvaluation.pairwise(reports,
                CrossLanguageEvaluation.tfIdfCosine(reports, new TermAnalyzer()));
        System.out.println("cross-language events: ours " + ours.similarity() + ", window " + ours.window() + ", online "
                + ours.online() + "; without the lexicon " + before.similarity() + ", online " + before.online()
                + "; TF-IDF " + tfIdf);

        // Measured: same-language AUC 0.996 / Pearson 0.81, cross-language (reports of two angles) 0.995 / 0.84; TF-IDF
        // cosine 0.977 / 0.63 and 0.959 / 0.78. Window F1 0.974. Online, in publication order: F1 0.788 with the lexicon,
        // and now 0.788 without it too (names as other languages spell them join these near-parallel reports; before
        // them, 0.733 without): the lexicon's own gain is asserted on the graded set (GradedCrossLanguageEvaluationTest).
        CrossLanguageEvaluation.Similarity s = ours.similarity();
        assertTrue(s.crossLanguage().auc() >= 0.98, "cross-language " + s.crossLanguage());
        assertTrue(s.crossLanguage().auc() >= s.sameLanguage().auc() - 0.02, "gap: " + s);
        assertTrue(s.crossLanguage().pearson() >= s.sameLanguage().pearson() - 0.03, "gap: " + s);
        assertTrue(s.crossHard().auc() >= 0.89, "cross-language, same kind " + s.crossHard());
        assertTrue(s.crossLanguage().auc() > tfIdf.crossLanguage().auc(), "ours " + s.crossLanguage() + " vs TF-IDF " + tfIdf.crossLanguage());
        assertTrue(ours.window().f1() >= 0.94, "window clustering " + ours.window());
        assertTrue(ours.online().f1() >= 0.76, "online " + ours.online());
        assertTrue(ours.online().f1() >= before.online().f1(), "online with the lexicon " + ours.online() + ", without " + before.online());
    }
}

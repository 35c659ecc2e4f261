package dev.storyline.events;

import dev.storyline.AnalyzedArticle;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Event assignment measured on ECB+ dev (topics 1–35), gold event = subtopic, through the real analysis
 * (canonical entities, resolved dates); figures printed. One method, so that the slow analysis runs once.
 */
class ClusteringEvaluationTest {

    @Test
    void ecbPlusDevF1StaysAboveItsFloorsInEveryOrderOnTopicsNotTunedOnAndAboveTheBaseline() throws IOException {
        Path file = Path.of(System.getProperty("storyline.shared", "../shared")).resolve("data/clustering/ecbplus/ecbplus-dev.jsonl.gz");
        Assumptions.assumeTrue(Files.exists(file), "ECB+ dev data absent (" + file + "): clustering evaluation skipped");

        ClusteringEvaluation evaluation = new ClusteringEvaluation();
        List<ClusteringEvaluation.Document> docs = ClusteringEvaluation.read(file);
        List<AnalyzedArticle> analyzed = ClusteringEvaluation.analyze(docs, ClusteringEvaluation.ANALYSIS_THREADS);
        List<ArticleFeatures> features = evaluation.featuresOf(analyzed);
        ClusteringConfig config = ClusteringConfig.defaults();
        ClusteringEvaluation.Result ours = ClusteringEvaluation.cluster(docs, features, config);
        List<ClusteringEvaluation.Result> shuffled = ClusteringEvaluation.shuffled(docs, features, config);
        List<ClusteringEvaluation.HeldOut> heldOut = ClusteringEvaluation.heldOut(docs, features, config);
        BCubed baseline = evaluation.baseline(docs, ClusteringEvaluation.BASELINE_THRESHOLD);
        System.out.println("ECB+ dev events after the re-check: " + ours.events() + "; online: " + ours.online()
                + "; shuffled F1 " + shuffled.stream().map(r -> String.format("%.4f/%.4f", r.events().f1(), r.online().f1())).toList()
                + "; held out " + heldOut.stream().map(h -> h.topics() + " " + h.fileOrder().events()).toList()
                + "; baseline at 0.4: " + baseline);

        // We reach 0.948 after the re-check in every order (it does not depend on it), 0.881 online in file order and
        // 0.905 on average over the shuffles (lowest 0.889); on the topics not tuned on, 0.931 (odd) and 0.979 (even), online 0.884 and
        // 0.870 (thresholds from the middle of the near-best plateau; with the events work alone the even half's online
        // threshold was 0.24 and its F1 0.899, the names work of the same round moved it to 0.26);
        // baseline 0.775. The floors leave room for harmless changes of tie-breaking and of the analysis stages upstream;
        // 0.945, not 0.94, since the names' heading rule took three organisations away unnoticed (0.948 -> 0.944, session 20).
        assertTrue(ours.events().f1() >= 0.945, "BCubed F1 after the re-check " + ours.events());
        assertTrue(ours.online().f1() >= 0.87, "BCubed F1 online " + ours.online());
        assertTrue(ours.events().f1() > baseline.f1() + 0.1, "ours " + ours.events() + " vs baseline " + baseline);
        for (ClusteringEvaluation.Result r : shuffled) {
            assertTrue(r.events().f1() >= 0.94, "F1 " + r.events() + " after the re-check in a shuffled order");
            assertTrue(r.online().f1() >= 0.86, "F1 " + r.online() + " online in a shuffled order");
        }
        double heldOutF1 = heldOut.stream().mapToDouble(h -> h.fileOrder().events().f1()).average().orElse(0);
        assertTrue(heldOutF1 >= 0.945, "held-out F1 " + heldOutF1);
        for (ClusteringEvaluation.HeldOut h : heldOut) assertTrue(h.fileOrder().events().f1() >= 0.92, h.toString());
        double heldOutOnline = heldOut.stream().mapToDouble(h -> h.fileOrder().online().f1()).average().orElse(0);
        assertTrue(heldOutOnline >= 0.87, "held-out online F1 " + heldOutOnline);
    }
}

package dev.storyline.events;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The curve the tuner reads ({@link ClusteringEvaluation#recheckF1}) is what the clusterer gives at each re-check
 * threshold, not an approximation of it. ECB+ dev's odd topics on the stand-in path (capitalised names, no models).
 */
class TuningCurveTest {

    @Test
    void theTunersCurveIsTheClusterersF1AtEveryThreshold() throws IOException {
        Path file = Path.of(System.getProperty("storyline.shared", "../shared")).resolve("data/clustering/ecbplus/ecbplus-dev.jsonl.gz");
        Assumptions.assumeTrue(Files.exists(file), "ECB+ dev data absent (" + file + "): tuning curve test skipped");
        List<ClusteringEvaluation.Document> docs = ClusteringEvaluation.read(file).stream()
                .filter(d -> Integer.parseInt(d.topic().strip()) % 2 == 1).toList();
        List<ArticleFeatures> features = new ClusteringEvaluation().features(docs);
        ClusteringConfig config = ClusteringConfig.defaults();

        double[] curve = ClusteringEvaluation.recheckF1(docs, features, config);
        // Below, at and above the configured threshold: the re-check keeps edges of at least half its own threshold.
        for (double threshold : new double[]{0.10, 0.12, 0.14, 0.17, 0.22, 0.30}) {
            int t = java.util.Arrays.binarySearch(ClusteringEvaluation.RECHECK_THRESHOLDS, threshold);
            double clusterer = ClusteringEvaluation.cluster(docs, features, config.withRecheckThreshold(threshold)).events().f1();
            assertEquals(clusterer, curve[t], 1e-9, "re-check threshold " + threshold);
        }
    }
}

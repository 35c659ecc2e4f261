package dev.storyline.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The articles of a window clustered afresh, knowing the whole window: average-link clustering
 * ({@link AverageLinkage}) of article-to-article similarities, where an article's features weigh by presence ×
 * idf and count only once another article has them too.
 * <p>
 * Why it beats the online assignment: when the first report of a second earthquake arrives, its own details (the
 * town, the toll, the people) are in no article yet, so it looks like the first earthquake and joins it; once
 * further reports of it have arrived, those details are shared, and the window sees two groups. Measured on ECB+
 * dev (each topic two happenings of one kind), with the same family weights: online centroid assignment F1 0.89;
 * this clustering of all articles with log counts 0.90; counting only features at least two articles have, 0.92;
 * with presence instead of log counts (long articles repeat their topic's words), 0.94.
 */
final class WindowReclustering {

    /**
     * Keys held by more of the window's articles than this propose no pairs (they still count in similarities), so
     * that a key proposes at most 100²/2 pairs. On ECB+ dev, 50 already finds every pair that matters (same F1).
     */
    private static final int MAX_PROPOSING_POSTINGS = 100;
    private static final Family[] FAMILIES = Family.values();

    private final ClusteringConfig config;
    private final ToLongFunction<String> documentFrequency;
    private final long documents;
    private final Map<String, Integer> keyIds = new HashMap<>();

    /**
     * @param documentFrequency articles of the collection having a key (the window's articles included)
     * @param documents         articles in the collection
     */
    WindowReclustering(ClusteringConfig config, ToLongFunction<String> documentFrequency, long documents) {
        this.config = config;
        this.documentFrequency = documentFrequency;
        this.documents = documents;
    }

    /**
     * An article as the window compares it: per family, a unit vector of presence × idf over the keys that another
     * article of the collection has too, as key ids in increasing order with their weights.
     */
    static final class Vector {
        final int[][] keys = new int[FAMILIES.length][];
        final double[][] weights = new double[FAMILIES.length][];
        final String latestYear;
        final LocalDate published;

        private Vector(String latestYear, LocalDate published) {
            this.latestYear = latestYear;
            this.published = published;
        }
    }

    Vector vector(ArticleFeatures article) {
        Vector vector = new Vector(EventClusterer.latestYear(article.counts().keySet()), article.published());
        Map<Family, Map<Integer, Double>> families = new EnumMap<>(Family.class);
        for (String key : article.counts().keySet()) {
            Family f = Family.of(key);
            if (config.weights().getOrDefault(f, 0.0) <= 0) continue;
            long df = documentFrequency.applyAsLong(key);
            if (df < 2) continue;
            double idf = Math.log((documents + 1.0) / (df + 1.0)) + 1.0;
            families.computeIfAbsent(f, x -> new HashMap<>()).put(keyIds.computeIfAbsent(key, k -> keyIds.size()), idf);
        }
        families.forEach((f, v) -> {
            double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
            int[] keys = v.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            double[] weights = new double[keys.length];
            for (int i = 0; i < keys.length; i++) weights[i] = v.get(keys[i]) / norm;
            vector.keys[f.ordinal()] = keys;
            vector.weights[f.ordinal()] = weights;
        });
        return vector;
    }

    /**
     * Combined similarity of two articles, as the online assignment combines families (a family counts when both
     * have it), with its latest-year test and publication-gap discount; per-family cosines into {@code byFamily}
     * when it is not null.
     */
    double similarity(Vector a, Vector b, Map<Family, Double> byFamily) {
        double[] dots = new double[FAMILIES.length];
        for (int f = 0; f < FAMILIES.length; f++) {
            int[] x = a.keys[f], y = b.keys[f];
            if (x == null || y == null) continue;
            double dot = 0;
            for (int i = 0, j = 0; i < x.length && j < y.length; ) {
                if (x[i] < y[j]) i++;
                else if (x[i] > y[j]) j++;
                else dot += a.weights[f][i++] * b.weights[f][j++];
            }
            dots[f] = dot;
            if (byFamily != null) byFamily.put(FAMILIES[f], dot);
        }
        return combine(a, b, dots);
    }

    private double combine(Vector a, Vector b, double[] dots) {
        double sum = 0, weightSum = 0;
        for (int f = 0; f < FAMILIES.length; f++) {
            if (a.keys[f] == null || b.keys[f] == null) continue;
            double weight = config.weights().get(FAMILIES[f]);
            sum += weight * dots[f];
            weightSum += weight;
        }
        double similarity = weightSum == 0 ? 0 : sum / weightSum;
        if (a.latestYear != null && b.latestYear != null && !a.latestYear.equals(b.latestYear)) {
            similarity *= config.yearMismatch();
        }
        return similarity / (1 + EventClusterer.gapDays(a.published, b.published, b.published) / config.timeScaleDays());
    }

    /**
     * The pairs of vectors that share a key held by at most {@code MAX_PROPOSING_POSTINGS} of them, with their
     * similarity, in increasing order of (first, second). Pairs that share only words half the window uses are left
     * out (similarity 0 to average-link clustering): they are not of one event, and proposing them would make the
     * cost quadratic in the window.
     */
    List<AverageLinkage.Edge> edges(List<Vector> vectors) {
        int n = vectors.size();
        int[] postingCount = new int[keyIds.size()];
        for (Vector v : vectors) for (int[] k : v.keys) if (k != null) for (int id : k) postingCount[id]++;
        int[][] postings = new int[postingCount.length][];
        for (int id = 0; id < postings.length; id++) postings[id] = new int[postingCount[id]];
        int[] filled = new int[postings.length];
        for (int i = 0; i < n; i++) {
            for (int[] k : vectors.get(i).keys) if (k != null) for (int id : k) postings[id][filled[id]++] = i;
        }
        List<AverageLinkage.Edge> edges = new ArrayList<>();
        boolean[] proposed = new boolean[n];
        int[] partners = new int[n];
        for (int i = 0; i < n; i++) {
            Vector v = vectors.get(i);
            int count = 0;
            for (int[] k : v.keys) {
                if (k == null) continue;
                for (int id : k) {
                    int[] with = postings[id];
                    if (with.length > MAX_PROPOSING_POSTINGS) continue;
                    // Postings are in increasing order: the partners after i are the tail.
                    for (int p = Arrays.binarySearch(with, i) + 1; p < with.length; p++) {
                        if (!proposed[with[p]]) {
                            proposed[with[p]] = true;
                            partners[count++] = with[p];
                        }
                    }
                }
            }
            Arrays.sort(partners, 0, count);
            for (int p = 0; p < count; p++) {
                int j = partners[p];
                proposed[j] = false;
                double s = similarity(v, vectors.get(j), null);
                if (s > 0) edges.add(new AverageLinkage.Edge(i, j, s));
            }
        }
        return edges;
    }

    /** Cluster number of each vector (that of its cluster's first vector), at the configured re-check threshold. */
    int[] cluster(List<Vector> vectors) {
        return AverageLinkage.cluster(vectors.size(), edges(vectors), config.recheckThreshold());
    }
}

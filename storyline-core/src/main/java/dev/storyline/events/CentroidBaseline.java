package dev.storyline.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline Event Registry describes (Leban et al. 2014; Rupnik et al. 2016): each article joins the cluster
 * whose TF-IDF centroid is most cosine-similar, or starts a new cluster when none reaches the threshold (0.4 in
 * their description). Word stems only, compared with every cluster: a yardstick, not for production.
 */
public final class CentroidBaseline {

    private final TermAnalyzer terms;
    private final double threshold;
    private final Map<String, Long> documentFrequencies = new HashMap<>();
    private final List<Map<String, Double>> centroids = new ArrayList<>();
    private final List<Double> centroidNorms = new ArrayList<>();
    private long documents;

    public CentroidBaseline(TermAnalyzer terms, double threshold) {
        this.terms = terms;
        this.threshold = threshold;
    }

    /** The cluster number of the next article. */
    public int assign(String text, String language) {
        Map<String, Integer> counts = terms.stems(text, language);
        documents++;
        counts.keySet().forEach(k -> documentFrequencies.merge(k, 1L, Long::sum));
        Map<String, Double> vector = new LinkedHashMap<>();
        double norm = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            double w = (1 + Math.log(e.getValue()))
                    * (Math.log((documents + 1.0) / (documentFrequencies.get(e.getKey()) + 1.0)) + 1.0);
            vector.put(e.getKey(), w);
            norm += w * w;
        }
        norm = Math.sqrt(norm);
        int best = -1;
        double bestCos = -1;
        for (int c = 0; c < centroids.size(); c++) {
            double dot = 0;
            Map<String, Double> centroid = centroids.get(c);
            for (Map.Entry<String, Double> e : vector.entrySet()) {
                Double v = centroid.get(e.getKey());
                if (v != null) dot += v * e.getValue();
            }
            double cos = norm == 0 || centroidNorms.get(c) == 0 ? 0 : dot / (norm * centroidNorms.get(c));
            if (cos > bestCos) {
                bestCos = cos;
                best = c;
            }
        }
        if (best < 0 || bestCos < threshold) {
            best = centroids.size();
            centroids.add(new HashMap<>());
            centroidNorms.add(0.0);
        }
        // The centroid is the sum of its members' unit vectors (weights as they were on arrival).
        Map<String, Double> centroid = centroids.get(best);
        for (Map.Entry<String, Double> e : vector.entrySet()) {
            if (norm > 0) centroid.merge(e.getKey(), e.getValue() / norm, Double::sum);
        }
        centroidNorms.set(best, Math.sqrt(centroid.values().stream().mapToDouble(v -> v * v).sum()));
        return best;
    }
}

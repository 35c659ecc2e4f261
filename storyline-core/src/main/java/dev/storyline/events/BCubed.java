package dev.storyline.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * BCubed precision, recall and F1 of a clustering against gold classes (Bagga and Baldwin 1998; Amigó et al. 2009):
 * per item, the share of its cluster that shares its class (precision) and of its class that shares its cluster
 * (recall), averaged over items.
 */
public record BCubed(double precision, double recall, double f1) {

    /** {@code predicted.get(i)} and {@code gold.get(i)} are item i's cluster and class. */
    public static BCubed score(List<String> predicted, List<String> gold) {
        if (predicted.size() != gold.size()) throw new IllegalArgumentException("one cluster and one class per item");
        int n = predicted.size();
        if (n == 0) return new BCubed(0, 0, 0);
        Map<String, Integer> clusterSizes = new HashMap<>();
        Map<String, Integer> classSizes = new HashMap<>();
        Map<List<String>, Integer> both = new HashMap<>();
        for (int i = 0; i < n; i++) {
            clusterSizes.merge(predicted.get(i), 1, Integer::sum);
            classSizes.merge(gold.get(i), 1, Integer::sum);
            both.merge(List.of(predicted.get(i), gold.get(i)), 1, Integer::sum);
        }
        double p = 0, r = 0;
        for (int i = 0; i < n; i++) {
            int common = both.get(List.of(predicted.get(i), gold.get(i)));
            p += (double) common / clusterSizes.get(predicted.get(i));
            r += (double) common / classSizes.get(gold.get(i));
        }
        p /= n;
        r /= n;
        return new BCubed(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "P %.4f  R %.4f  F1 %.4f", precision, recall, f1);
    }
}

package dev.storyline.events;

import java.util.EnumMap;
import java.util.Map;

/**
 * The clusterer's settings. Defaults tuned on the ECB+ dev topics (see {@code ClusteringEvaluation}) for what
 * ECB+ can tell (terms, names, numbers); date and time settings are reasoned guesses, as ECB+ has no dates.
 *
 * @param eventThreshold   join the best event when the combined similarity reaches this, else start a new one
 * @param weights          weight of each family's cosine in the combined similarity; a family counts only when
 *                         both article and event have features of it (so that missing dates neither help nor hurt)
 * @param centroidSize     features kept per family in an event's centroid (bounded memory, bounded index)
 * @param queryTerms       the article's highest-weighted terms used, beside all its other features, to retrieve candidates
 * @param maxCandidates    candidates fully compared, the best by retrieval score
 * @param eventWindowDays  an event whose articles are all this many days from the article's is not a candidate
 * @param timeScaleDays    similarity is divided by (1 + gap / scale), gap in days to the event's span
 * @param storyThreshold   a new event joins the story whose entity/place cosine reaches this...
 * @param storyMinShared   ...sharing at least this many entity/place keys...
 * @param storyWindowDays  ...within this many days of the story's span
 */
public record ClusteringConfig(double eventThreshold, Map<Family, Double> weights, int centroidSize, int queryTerms,
                               int maxCandidates, int eventWindowDays, double timeScaleDays, double storyThreshold,
                               int storyMinShared, int storyWindowDays) {

    public ClusteringConfig {
        weights = Map.copyOf(new EnumMap<>(weights));
    }

    public static ClusteringConfig defaults() {
        Map<Family, Double> weights = new EnumMap<>(Family.class);
        weights.put(Family.TERM, 1.0);
        // Tuned on ECB+ dev (storyline eval clustering --sweep): words, names and numbers weigh alike, threshold
        // 0.24. Places and dates (absent from ECB+) are weighted like names, by reasoning, not measurement.
        weights.put(Family.ENTITY, 1.0);
        weights.put(Family.PLACE, 1.0);
        weights.put(Family.DATE, 1.0);
        weights.put(Family.NUMBER, 1.0);
        return new ClusteringConfig(0.24, weights, 150, 25, 30, 10, 7.0, 0.3, 2, 60);
    }

    public ClusteringConfig withEventThreshold(double threshold) {
        return new ClusteringConfig(threshold, weights, centroidSize, queryTerms, maxCandidates, eventWindowDays,
                timeScaleDays, storyThreshold, storyMinShared, storyWindowDays);
    }

    public ClusteringConfig withWeight(Family family, double weight) {
        Map<Family, Double> w = new EnumMap<>(weights);
        w.put(family, weight);
        return new ClusteringConfig(eventThreshold, w, centroidSize, queryTerms, maxCandidates, eventWindowDays,
                timeScaleDays, storyThreshold, storyMinShared, storyWindowDays);
    }
}

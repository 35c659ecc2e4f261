package dev.storyline.events;

import java.util.EnumMap;
import java.util.Map;

/**
 * The clusterer's settings. Defaults tuned on the ECB+ dev topics (see {@code ClusteringEvaluation}) for what
 * ECB+ can tell (terms, canonical entities, numbers, years written in the text); publication-time settings (windows,
 * time scale) are reasoned guesses, as ECB+ has no publication dates.
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
 * @param yearMismatch     similarity is multiplied by this when article and event both mention calendar years and
 *                         share none ("2008" against "2013"): the same kind of happening with the same actors, years
 *                         apart, is another event
 * @param activeWindowDays events whose latest article is this many days behind the newest article seen leave the
 *                         candidate index (kept, compacted, for reading): memory and lookups bounded by the window
 */
public record ClusteringConfig(double eventThreshold, Map<Family, Double> weights, int centroidSize, int queryTerms,
                               int maxCandidates, int eventWindowDays, double timeScaleDays, double storyThreshold,
                               int storyMinShared, int storyWindowDays, double yearMismatch,
                               int activeWindowDays) {

    /** The settings before {@code yearMismatch} existed: years then play no part (factor 1). */
    public ClusteringConfig(double eventThreshold, Map<Family, Double> weights, int centroidSize, int queryTerms,
                            int maxCandidates, int eventWindowDays, double timeScaleDays, double storyThreshold,
                            int storyMinShared, int storyWindowDays) {
        this(eventThreshold, weights, centroidSize, queryTerms, maxCandidates, eventWindowDays, timeScaleDays,
                storyThreshold, storyMinShared, storyWindowDays, 1.0, Math.max(3 * eventWindowDays, storyWindowDays));
    }

    public ClusteringConfig {
        weights = Map.copyOf(new EnumMap<>(weights));
    }

    public static ClusteringConfig defaults() {
        Map<Family, Double> weights = new EnumMap<>(Family.class);
        weights.put(Family.TERM, 1.0);
        // Tuned on ECB+ dev through the real analysis (storyline eval clustering FILE --sweep): words, canonical
        // entities and numbers weigh alike; places (LOC entities, datelines) half, as same-topic events share their
        // places more than their people (place weight 1: F1 0.853, 0.5: 0.888, merged into entities: 0.889).
        // Dates weigh 0 as a cosine: background dates ("in 2010 she...") matched across events and cost F1 (0.867 with,
        // 0.902 without, on names alike); they act through the latest-year test instead, factor 0.7 (0.5 cut recall:
        // 0.842; a disjoint-years test instead of latest-year: 0.842 to 0.871). Threshold 0.22 with these.
        weights.put(Family.ENTITY, 1.0);
        weights.put(Family.PLACE, 0.5);
        weights.put(Family.DATE, 0.0);
        weights.put(Family.NUMBER, 1.0);
        // Active window: 90 days behind the newest article. Feeds deliver late (an archive crawled after the news,
        // a wire story re-published weeks on): an article a month older than the newest must still find its event.
        return new ClusteringConfig(0.22, weights, 150, 25, 30, 10, 7.0, 0.3, 2, 60, 0.7, 90);
    }

    public ClusteringConfig withEventThreshold(double threshold) {
        return new ClusteringConfig(threshold, weights, centroidSize, queryTerms, maxCandidates, eventWindowDays,
                timeScaleDays, storyThreshold, storyMinShared, storyWindowDays, yearMismatch, activeWindowDays);
    }

    public ClusteringConfig withYearMismatch(double factor) {
        return new ClusteringConfig(eventThreshold, weights, centroidSize, queryTerms, maxCandidates, eventWindowDays,
                timeScaleDays, storyThreshold, storyMinShared, storyWindowDays, factor, activeWindowDays);
    }

    public ClusteringConfig withActiveWindowDays(int days) {
        return new ClusteringConfig(eventThreshold, weights, centroidSize, queryTerms, maxCandidates, eventWindowDays,
                timeScaleDays, storyThreshold, storyMinShared, storyWindowDays, yearMismatch, days);
    }

    public ClusteringConfig withWeight(Family family, double weight) {
        Map<Family, Double> w = new EnumMap<>(weights);
        w.put(family, weight);
        return new ClusteringConfig(eventThreshold, w, centroidSize, queryTerms, maxCandidates, eventWindowDays,
                timeScaleDays, storyThreshold, storyMinShared, storyWindowDays, yearMismatch, activeWindowDays);
    }
}

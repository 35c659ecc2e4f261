package dev.storyline.events;

import java.time.LocalDate;
import java.util.Map;

/**
 * An event as it stands: the articles about one real-world happening, summarised by a bounded centroid.
 *
 * @param id         event id ("e17")
 * @param sequence   creation order, which breaks ties so that assignment is deterministic
 * @param storyId    the story the event belongs to
 * @param size       number of articles
 * @param first      earliest publication day of its articles, or null when none was known
 * @param last       latest publication day, or null
 * @param centroid   feature key → sum over its articles of their length-normalised log counts (top-k per family;
 *                   IDF is applied when comparing, so weights follow the collection as it grows)
 * @param surfaces   entity/place key → as written, for the keys of the centroid
 * @param label      a representative title: the one of the article that matched the event best
 * @param labelScore the similarity with which the label's article joined (0 for the first article)
 */
public record EventState(String id, long sequence, String storyId, int size, LocalDate first, LocalDate last,
                         Map<String, Double> centroid, Map<String, String> surfaces, String label,
                         double labelScore) implements java.io.Serializable {

    public EventState {
        centroid = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(centroid));
        surfaces = Map.copyOf(surfaces);
    }
}

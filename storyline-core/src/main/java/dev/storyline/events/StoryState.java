package dev.storyline.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A story: events linked over time because they share key entities and places.
 *
 * @param id       story id ("s4")
 * @param sequence creation order, for deterministic ties
 * @param events   its event ids, oldest first
 * @param first    earliest publication day of its articles, or null
 * @param last     latest, or null
 * @param profile  entity/place key → weight summed over its articles (top-k)
 */
public record StoryState(String id, long sequence, List<String> events, LocalDate first, LocalDate last,
                         Map<String, Double> profile) implements java.io.Serializable {

    public StoryState {
        events = List.copyOf(events);
        profile = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(profile));
    }
}

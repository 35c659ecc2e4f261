package dev.storyline.events;

import java.util.List;
import java.util.Map;

/**
 * Why an article went where it did.
 *
 * @param comparedEvent  the event it was compared with most closely (the one it joined, or the nearest one when it
 *                       started a new event), or null when no event was a candidate
 * @param similarity     combined similarity with that event
 * @param byFamily       each family's cosine that counted in it
 * @param entities       shared names, strongest first, as written
 * @param places         shared places
 * @param dates          shared dates
 * @param numbers        shared numbers
 * @param terms          shared word stems
 * @param storyShared    for a new event that joined an existing story: the entities and places it shares with it
 */
public record Explanation(String comparedEvent, double similarity, Map<Family, Double> byFamily,
                         List<String> entities, List<String> places, List<String> dates, List<String> numbers,
                         List<String> terms, List<String> storyShared) {

    public Explanation {
        byFamily = Map.copyOf(byFamily);
        entities = List.copyOf(entities);
        places = List.copyOf(places);
        dates = List.copyOf(dates);
        numbers = List.copyOf(numbers);
        terms = List.copyOf(terms);
        storyShared = List.copyOf(storyShared);
    }
}

package dev.storyline.events;

import java.time.LocalDate;
import java.util.Map;

/**
 * What an article is compared by: counts of its features (keys prefixed by {@link Family}), and when it appeared.
 *
 * @param id        the article's id
 * @param published publication day, or null when unknown (then time plays no part)
 * @param label     a title for people (the headline, else the first line of text)
 * @param counts    feature key → occurrences in the article, in order of first occurrence
 * @param surfaces  entity and place key → the form written in the article, for explanations
 * @param language  the article's language (ISO 639-1), or null when unknown: words of two languages meet less than
 *                  words of one, which the window similarity calibrates for
 */
public record ArticleFeatures(String id, LocalDate published, String label, Map<String, Integer> counts,
                              Map<String, String> surfaces, String language) {

    public ArticleFeatures {
        counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
        surfaces = Map.copyOf(surfaces);
    }

    /** Features of an article whose language is unknown. */
    public ArticleFeatures(String id, LocalDate published, String label, Map<String, Integer> counts,
                           Map<String, String> surfaces) {
        this(id, published, label, counts, surfaces, null);
    }
}

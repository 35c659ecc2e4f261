package dev.storyline.store;

import java.time.LocalDate;

/**
 * A search over stored articles.
 *
 * @param query    free text (Lucene syntax: words, "phrases", -exclusions, OR), or blank for all articles
 * @param language only articles in this language (ISO 639-1), or null
 * @param source   only articles from this outlet, or null
 * @param entity   only articles mentioning this canonical entity, or null
 * @param from     published on or after this day, or null
 * @param to       published on or before this day, or null
 * @param offset   hits to skip (paging)
 * @param limit    hits to return
 */
public record SearchRequest(String query, String language, String source, String entity, LocalDate from,
                            LocalDate to, int offset, int limit) {

    public SearchRequest {
        if (offset < 0) throw new IllegalArgumentException("offset must be >= 0, was " + offset);
        if (limit < 0 || limit > 1000) throw new IllegalArgumentException("limit must be within 0..1000, was " + limit);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from (" + from + ") is after to (" + to + ")");
        }
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, null, null, null, null, 0, 20);
    }
}

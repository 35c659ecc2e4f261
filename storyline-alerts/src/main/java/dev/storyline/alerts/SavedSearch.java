package dev.storyline.alerts;

import dev.storyline.store.SearchRequest;

import java.time.LocalDate;

/**
 * A search as the desk's search takes it (see {@link SearchRequest}), kept by a SEARCH alert.
 *
 * @param query    Lucene syntax (words, "phrases", -exclusions, OR, AND, NOT), or null for every article
 * @param language only articles in this language (ISO 639-1), or null
 * @param source   only articles from this outlet, or null
 * @param entity   only articles mentioning this canonical entity, or null
 * @param from     published on or after this day, or null
 * @param to       published on or before this day, or null
 */
public record SavedSearch(String query, String language, String source, String entity, LocalDate from, LocalDate to) {

    public SavedSearch {
        query = blankToNull(query);
        language = blankToNull(language);
        source = blankToNull(source);
        entity = blankToNull(entity);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from (" + from + ") is after to (" + to + ")");
        }
    }

    public static SavedSearch of(SearchRequest request) {
        return new SavedSearch(request.query(), request.language(), request.source(), request.entity(),
                request.from(), request.to());
    }

    /** The same search as the store runs it, one page of it. */
    public SearchRequest request(int offset, int limit) {
        return new SearchRequest(query, language, source, entity, from, to, offset, limit);
    }

    /** For people: the query and its filters ("tokayev AND csto · language fr · from 2022-01-01"). */
    public String describe() {
        StringBuilder s = new StringBuilder(query == null ? "every article" : query);
        if (language != null) s.append(" · language ").append(language);
        if (source != null) s.append(" · source ").append(source);
        if (entity != null) s.append(" · entity ").append(entity);
        if (from != null) s.append(" · from ").append(from);
        if (to != null) s.append(" · to ").append(to);
        return s.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

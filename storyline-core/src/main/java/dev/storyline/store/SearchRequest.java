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
 * @param entityAliases other keys the entity had ({@code EntityRegistry#keysOf}): articles resolved before it was
 *                 re-keyed carry one of them, and match too
 */
public record SearchRequest(String query, String language, String source, String entity, LocalDate from,
                            LocalDate to, int offset, int limit, java.util.Set<String> entityAliases) {

    public SearchRequest(String query, String language, String source, String entity, LocalDate from, LocalDate to,
                         int offset, int limit) {
        this(query, language, source, entity, from, to, offset, limit, java.util.Set.of());
    }

    public SearchRequest {
        entityAliases = entityAliases == null ? java.util.Set.of() : java.util.Set.copyOf(entityAliases);
        if (offset < 0) throw new IllegalArgumentException("offset must be >= 0, was " + offset);
        if (limit < 0 || limit > 1000) throw new IllegalArgumentException("limit must be within 0..1000, was " + limit);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from (" + from + ") is after to (" + to + ")");
        }
    }

    /** The same search, its entity also found under {@code keys} (the entity's keys before a re-key). */
    public SearchRequest withEntityAliases(java.util.Collection<String> keys) {
        java.util.Set<String> aliases = new java.util.LinkedHashSet<>(keys);
        aliases.remove(entity);
        return new SearchRequest(query, language, source, entity, from, to, offset, limit, entity == null ? java.util.Set.of() : aliases);
    }

    /** Every key the entity filter accepts: the entity's, then its aliases; empty without an entity filter. */
    public java.util.List<String> entityKeys() {
        if (entity == null) return java.util.List.of();
        java.util.List<String> keys = new java.util.ArrayList<>();
        keys.add(entity);
        entityAliases.stream().sorted().forEach(keys::add);
        return java.util.List.copyOf(keys);
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, null, null, null, null, 0, 20);
    }
}

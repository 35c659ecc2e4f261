package dev.storyline.store;

import dev.storyline.AnalyzedArticle;

import java.time.Instant;

/**
 * An article as the store keeps it.
 *
 * @param key      the store's key (see {@link ArticleIdentity}); stable across re-ingestion
 * @param analyzed the analysis, as {@code storyline analyze} gives it
 * @param ingested when it was first added
 * @param sequence its place in ingestion order (1, 2, 3…), or 0 where it does not matter
 */
public record StoredArticle(String key, AnalyzedArticle analyzed, Instant ingested, long sequence) {

    public StoredArticle(String key, AnalyzedArticle analyzed, Instant ingested) {
        this(key, analyzed, ingested, 0);
    }
}

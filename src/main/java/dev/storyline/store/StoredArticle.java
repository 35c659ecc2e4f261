package dev.storyline.store;

import dev.storyline.AnalyzedArticle;

import java.time.Instant;

/**
 * An article as the store keeps it.
 *
 * @param key      the store's key (see {@link ArticleIdentity}); stable across re-ingestion
 * @param analyzed the analysis, as {@code storyline analyze} gives it
 * @param ingested when it was first added
 */
public record StoredArticle(String key, AnalyzedArticle analyzed, Instant ingested) {
}

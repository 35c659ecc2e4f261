package dev.storyline.store;

import dev.storyline.AnalyzedArticle;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Durable, idempotent storage of analysed articles with search. An article added is acknowledged only once
 * {@link #commit()} returns: after that it survives a crash; before it, a crash loses it but leaves no partial
 * or duplicate record. Single writer; reads may run concurrently.
 */
public interface ArticleStore extends AutoCloseable {

    /** Whether an add stored a new article or found it there already. */
    enum Added { ADDED, DUPLICATE }

    Added add(AnalyzedArticle article) throws IOException;

    /** Makes every add so far durable. */
    void commit() throws IOException;

    Optional<StoredArticle> get(String key) throws IOException;

    SearchResults search(SearchRequest request) throws IOException;

    /** Every stored article in ingestion order. */
    void forEach(Consumer<StoredArticle> consumer) throws IOException;

    long count() throws IOException;

    @Override
    void close() throws IOException;
}

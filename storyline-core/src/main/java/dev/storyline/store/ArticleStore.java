package dev.storyline.store;

import dev.storyline.AnalyzedArticle;

import java.io.IOException;
import java.time.Instant;
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

    /**
     * Adds an article first ingested at {@code ingested} (a store rebuilt from another keeps its articles' times);
     * a store that cannot keep the time records now.
     */
    default Added add(AnalyzedArticle article, Instant ingested) throws IOException {
        return add(article);
    }

    /** Makes every add so far durable. */
    void commit() throws IOException;

    Optional<StoredArticle> get(String key) throws IOException;

    SearchResults search(SearchRequest request) throws IOException;

    /** Every stored article in ingestion order. */
    void forEach(Consumer<StoredArticle> consumer) throws IOException;

    /** The stored articles added after the one numbered {@code sequence}, in ingestion order (committed ones). */
    void forEachAfter(long sequence, Consumer<StoredArticle> consumer) throws IOException;

    /**
     * The ingestion sequence number of the latest article added (0 for an empty store): numbers grow by one per
     * article added, so right after an {@link Added#ADDED} it is that article's.
     */
    long lastSequence();

    /** How many stored articles mention the entity with this canonical key. */
    long articlesMentioning(String canonical) throws IOException;

    long count() throws IOException;

    /**
     * In how many stored articles a text field holds this term (as analysed), or -1 when the store cannot tell:
     * the alerts index each saved search by its rarest word.
     */
    default long documentFrequency(String field, String term) throws IOException {
        return -1;
    }

    @Override
    void close() throws IOException;
}

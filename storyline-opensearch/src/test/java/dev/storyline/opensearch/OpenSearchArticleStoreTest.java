package dev.storyline.opensearch;

import dev.storyline.store.ArticleStore;
import dev.storyline.store.ArticleStoreContract;
import dev.storyline.store.ArticleIdentity;
import dev.storyline.store.StoredArticle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;

import static dev.storyline.events.EarthquakeReports.TURKEY_WIRE;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The OpenSearch store passes the store contract, on the two-node test cluster, indices of its own per test. */
class OpenSearchArticleStoreTest extends ArticleStoreContract {

    private OpenSearchLocation location;

    @BeforeEach
    void freshIndices() {
        location = TestCluster.shared().freshLocation();
    }

    @Override
    protected ArticleStore open() throws IOException {
        return OpenSearchArticleStore.open(location);
    }

    @Test
    void anArticlePutAgainUnderTheNumberItWasGivenIsOneDocumentWithThatNumber() throws IOException {
        Instant written = Instant.ofEpochMilli(1_700_000_000_000L);
        try (OpenSearchArticleStore store = OpenSearchArticleStore.open(location)) {
            store.put(TURKEY_WIRE, 7, written);
            store.commit();
            store.put(TURKEY_WIRE, 7, written); // a replay
            store.commit();

            assertEquals(1, store.count());
            assertEquals(7, store.lastSequence());
            StoredArticle stored = store.get(ArticleIdentity.of(TURKEY_WIRE.article()).key()).orElseThrow();
            assertEquals(7, stored.sequence());
            assertEquals(written, stored.ingested());
        }
    }
}

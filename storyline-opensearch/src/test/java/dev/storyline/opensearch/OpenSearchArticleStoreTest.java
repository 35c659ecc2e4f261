package dev.storyline.opensearch;

import dev.storyline.store.ArticleStore;
import dev.storyline.store.ArticleStoreContract;
import org.junit.jupiter.api.BeforeEach;

import java.io.IOException;

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
}

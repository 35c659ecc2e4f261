package dev.storyline.opensearch;

import dev.storyline.events.DurableEventStore;
import dev.storyline.events.DurableEventStoreContract;
import org.junit.jupiter.api.BeforeEach;

/** The OpenSearch events pass the event store contract, on the two-node test cluster, indices of their own per test. */
class OpenSearchEventStoreTest extends DurableEventStoreContract {

    private String prefix;

    @BeforeEach
    void freshIndices() {
        prefix = TestCluster.shared().freshLocation().prefix();
    }

    @Override
    protected DurableEventStore.Opener opener(String name) {
        return OpenSearchEventStore.opener(TestCluster.shared().location(prefix + "-" + name));
    }
}

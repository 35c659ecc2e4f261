package dev.storyline.cluster;

import dev.storyline.opensearch.OpenSearchLocation;
import org.junit.jupiter.api.Test;

import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code opensearch.url}: the store the job writes to, written as {@code --store} takes it. */
class ClusterConfigStoreTest {

    private static Properties config(String opensearch) {
        Properties p = new Properties();
        p.setProperty("kafka.bootstrap.servers", "127.0.0.1:9092");
        if (opensearch != null) p.setProperty("opensearch.url", opensearch);
        return p;
    }

    @Test
    void theStoreIsWrittenAsStoreTakesIt() {
        ClusterConfig config = ClusterConfig.of(config("opensearch://127.0.0.1:9200,127.0.0.1:9201/news?replicas=1"));

        OpenSearchLocation store = OpenSearchLocation.parse(config.opensearchUrl());
        assertEquals(2, store.nodes().size());
        assertEquals("news-articles", store.index("articles"));
        assertEquals(1, store.replicas());
    }

    @Test
    void withoutTheKeyTheJobWritesToKafkaOnly() {
        assertNull(ClusterConfig.of(config(null)).opensearchUrl());
    }

    @Test
    void aLocationThatIsNotOneIsRefusedNamingTheKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClusterConfig.of(config("http://127.0.0.1:9200")));

        assertTrue(e.getMessage().startsWith("opensearch.url: "), e.getMessage());
        assertTrue(e.getMessage().contains("http://127.0.0.1:9200"), e.getMessage());
    }
}

package dev.storyline.opensearch;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How `--store opensearch://…` is read. */
class OpenSearchLocationTest {

    @Test
    void hostsPrefixAndIndexSettings() {
        OpenSearchLocation l = OpenSearchLocation.parse("opensearch://10.0.0.5:9200,node2:9201/newsroom?shards=3&replicas=2");
        assertEquals(List.of(new OpenSearchLocation.Node("10.0.0.5", 9200), new OpenSearchLocation.Node("node2", 9201)), l.nodes());
        assertEquals("newsroom-articles", l.index("articles"));
        assertEquals(3, l.shards());
        assertEquals(2, l.replicas());
    }

    @Test
    void withoutPrefixTheIndicesAreStorylines() {
        OpenSearchLocation l = OpenSearchLocation.parse("opensearch://127.0.0.1:9200");
        assertEquals("storyline-events", l.index("events"));
        assertEquals(-1, l.replicas(), "0-1 replicas as there are nodes");
        assertEquals("opensearch://127.0.0.1:9200/storyline", l.toString());
    }

    @Test
    void badLocationsAreClearErrorsNamingThem() {
        for (String bad : List.of("opensearch://localhost", "opensearch://h:9200/Upper", "opensearch://h:9200?shards=0",
                "opensearch://h:9200?colour=red", "http://h:9200")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OpenSearchLocation.parse(bad), bad);
            assertTrue(e.getMessage().contains(bad), e.getMessage());
        }
    }
}

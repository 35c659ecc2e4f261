package dev.storyline.opensearch;

import dev.storyline.entities.Observation;
import dev.storyline.entities.RegisteredEntity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The entity registry on OpenSearch: what is flushed is read back whole by the next process, and only that. */
class OpenSearchEntityRegistryTest {

    private static Observation csto(String text, String language, String rule, int day) {
        return new Observation("ORG:csto", "ORG", text, text.toLowerCase(), language, rule, LocalDate.of(2022, 1, day),
                List.of("name:" + text.toLowerCase()), null);
    }

    @Test
    void flushedEntitiesAreReadBackWithTheirSpellingsAndLookupKeys() throws IOException {
        OpenSearchLocation location = TestCluster.shared().freshLocation();
        RegisteredEntity written;
        try (OpenSearchClient client = OpenSearchClient.connect(location)) {
            OpenSearchEntityRegistry registry = OpenSearchEntityRegistry.open(client);
            registry.observe(csto("CSTO", "en", "new", 15));
            written = registry.observe(csto("OTSC", "fr", "alias-file", 16));
            registry.flush();
            registry.observe(new Observation("PER:nobody", "PER", "Nobody", "nobody", "en", "new", LocalDate.of(2022, 1, 17), List.of(), null));
            // Not flushed: the process ends here.
        }
        try (OpenSearchClient client = OpenSearchClient.connect(location)) {
            OpenSearchEntityRegistry reopened = OpenSearchEntityRegistry.open(client);
            assertEquals(written, reopened.get("ORG:csto").orElseThrow());
            assertEquals(1, reopened.entities().size(), "what was not flushed is not there");
            assertEquals(Set.of("ORG:csto"), reopened.lookup("name:otsc"), "looked up by a spelling's key");
            assertEquals(Set.of(), reopened.lookup("no-such-key"));
        }
    }

    @Test
    void anEntityCarriedAsJsonKeepsItsFirstKeyWhenItsKeyMovedBack() throws IOException {
        RegisteredEntity back = new RegisteredEntity("ORG:csto", "ORG", "CSTO", false, List.of(), java.time.LocalDate.of(2022, 1, 13),
                java.time.LocalDate.of(2022, 1, 13)).rekeyed("ORG:otsc").rekeyed("ORG:csto");

        RegisteredEntity carried = OpenSearchEntityRegistry.entity(OpenSearchEntityRegistry.json(back));

        assertEquals(back, carried);
        assertEquals("ORG:csto", carried.firstKey());
    }

    @Test
    void aRekeyedEntityIsReadBackUnderItsNewKeyAndFoundByItsFormerOne() throws IOException {
        OpenSearchLocation location = TestCluster.shared().freshLocation();
        try (OpenSearchClient client = OpenSearchClient.connect(location)) {
            OpenSearchEntityRegistry registry = OpenSearchEntityRegistry.open(client);
            registry.observe(csto("CSTO", "en", "new", 15));
            registry.flush();
            registry.rekey("ORG:csto", "ORG:collective-security-treaty-organization");
            registry.flush();
        }
        try (OpenSearchClient client = OpenSearchClient.connect(location)) {
            OpenSearchEntityRegistry reopened = OpenSearchEntityRegistry.open(client);
            assertEquals(1, reopened.entities().size(), "the document under the former key is gone");
            RegisteredEntity csto = reopened.get("ORG:csto").orElseThrow();
            assertEquals("ORG:collective-security-treaty-organization", csto.canonical());
            assertEquals(List.of("ORG:csto"), csto.aliases());
            assertEquals(Set.of("ORG:collective-security-treaty-organization"), reopened.lookup("name:csto"));
        }
    }
}

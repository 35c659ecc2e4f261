package dev.storyline.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyline.entities.EmbeddedEntityRegistry;
import dev.storyline.entities.Observation;
import dev.storyline.entities.RegisteredEntity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The entity registry opened read-only, as {@code serve --cluster} opens it: it follows what another process (the
 * cluster's job) writes, re-keyed entities included, and writes nothing itself.
 */
class ReadOnlyEntityRegistryTest {

    /** Long enough that only an explicit refresh reads the index again within a test. */
    private static final Duration ONLY_WHEN_ASKED = Duration.ofHours(1);

    private static Observation mention(String key, String type, String text, int day) {
        return new Observation(key, type, text, text.toLowerCase(), "en", "new", LocalDate.of(2022, 1, day),
                List.of("name:" + text.toLowerCase()), null);
    }

    /** Writes and deletes the index has seen (on its primaries): what a reader must leave as it is. */
    private static long operations(OpenSearchClient client, String index) throws IOException {
        JsonNode indexing = client.send("GET", "/" + index + "/_stats/indexing", null).path("_all").path("primaries").path("indexing");
        return indexing.path("index_total").asLong() + indexing.path("delete_total").asLong();
    }

    @Test
    void entitiesAddedAndRekeyedByTheWriterAfterTheReaderOpenedAreFoundAfterRefresh() throws IOException {
        OpenSearchLocation location = TestCluster.shared().freshLocation();
        try (OpenSearchClient writing = OpenSearchClient.connect(location); OpenSearchClient reading = OpenSearchClient.connect(location)) {
            OpenSearchEntityRegistry writer = OpenSearchEntityRegistry.open(writing);
            writer.observe(mention("ORG:csto", "ORG", "CSTO", 15));
            writer.flush();
            OpenSearchEntityRegistry reader = OpenSearchEntityRegistry.openReadOnly(reading, ONLY_WHEN_ASKED);
            assertEquals(Set.of("ORG:csto"), reader.lookup("name:csto"));

            writer.observe(mention("PER:lavrov", "PER", "Lavrov", 16));
            writer.rekey("ORG:csto", "ORG:collective-security-treaty-organization");
            writer.flush();
            assertTrue(reader.get("PER:lavrov").isEmpty(), "not read again before a refresh");

            reader.refresh();
            assertEquals("Lavrov", reader.get("PER:lavrov").orElseThrow().display());
            assertEquals("ORG:collective-security-treaty-organization", reader.get("ORG:csto").orElseThrow().canonical(),
                    "the former key resolves to the entity under its new key");
            assertEquals(Set.of("ORG:collective-security-treaty-organization"), reader.lookup("name:csto"));
            assertEquals(2, reader.entities().size(), "the document under the former key is gone from the reader too");
        }
    }

    @Test
    void anEntityRekeyedByTheJobsUpsertResolvesByItsFormerKeyAfterRefresh() throws IOException {
        OpenSearchLocation location = TestCluster.shared().freshLocation();
        // The job keeps its registry in its own task and hands each changed entity to upsert, as its sink does.
        EmbeddedEntityRegistry job = EmbeddedEntityRegistry.inMemory();
        try (OpenSearchClient writing = OpenSearchClient.connect(location); OpenSearchClient reading = OpenSearchClient.connect(location)) {
            OpenSearchEntityRegistry.upsert(writing, List.of(job.observe(mention("ORG:nato", "ORG", "NATO", 15))));
            OpenSearchEntityRegistry reader = OpenSearchEntityRegistry.openReadOnly(reading, ONLY_WHEN_ASKED);
            assertEquals("ORG:nato", reader.get("ORG:nato").orElseThrow().canonical());

            RegisteredEntity rekeyed = job.rekey("ORG:nato", "ORG:north-atlantic-treaty-organization");
            OpenSearchEntityRegistry.upsert(writing, List.of(rekeyed));
            reader.refresh();

            assertEquals(Optional.of(rekeyed), reader.get("ORG:nato"));
            assertEquals(List.of(rekeyed), reader.entities());
        }
    }

    @Test
    void theReaderWritesNothingAndRefusesToObserveOrRekey() throws IOException {
        OpenSearchLocation location = TestCluster.shared().freshLocation();
        try (OpenSearchClient writing = OpenSearchClient.connect(location); OpenSearchClient reading = OpenSearchClient.connect(location)) {
            OpenSearchEntityRegistry writer = OpenSearchEntityRegistry.open(writing);
            writer.observe(mention("ORG:csto", "ORG", "CSTO", 15));
            writer.flush();
            long before = operations(writing, writer.index());

            OpenSearchEntityRegistry reader = OpenSearchEntityRegistry.openReadOnly(reading, ONLY_WHEN_ASKED);
            reader.refresh();
            reader.get("ORG:csto");
            UnsupportedOperationException refused = assertThrows(UnsupportedOperationException.class,
                    () -> reader.observe(mention("PER:lavrov", "PER", "Lavrov", 16)));
            assertTrue(refused.getMessage().contains("read-only"), refused.getMessage());
            assertThrows(UnsupportedOperationException.class, () -> reader.rekey("ORG:csto", "ORG:other"));
            reader.flush(); // a no-op: a server stopping flushes whatever registry it has

            assertEquals(before, operations(writing, writer.index()));
            assertEquals(1, reader.entities().size());
        }
    }

    @Test
    void aReaderOpenedBeforeTheJobCreatedTheIndexHoldsNothingAndCreatesNothing() throws IOException {
        OpenSearchLocation location = TestCluster.shared().freshLocation();
        try (OpenSearchClient writing = OpenSearchClient.connect(location); OpenSearchClient reading = OpenSearchClient.connect(location)) {
            OpenSearchEntityRegistry reader = OpenSearchEntityRegistry.openReadOnly(reading, ONLY_WHEN_ASKED);
            reader.refresh();
            assertEquals(List.of(), reader.entities());
            String index = reader.index();
            assertTrue(writing.getIfExists("/" + index).isEmpty(), "the reader did not create " + index);

            OpenSearchEntityRegistry.upsert(writing, List.of(EmbeddedEntityRegistry.inMemory().observe(mention("ORG:csto", "ORG", "CSTO", 15))));
            reader.refresh();
            assertEquals(Set.of("ORG:csto"), reader.lookup("name:csto"));
        }
    }

    @Test
    void readsLookForTheWritersChangesByThemselvesOnceTheIntervalPassed() throws IOException, InterruptedException {
        OpenSearchLocation location = TestCluster.shared().freshLocation();
        try (OpenSearchClient writing = OpenSearchClient.connect(location); OpenSearchClient reading = OpenSearchClient.connect(location)) {
            OpenSearchEntityRegistry reader = OpenSearchEntityRegistry.openReadOnly(reading, Duration.ofMillis(200));
            OpenSearchEntityRegistry.upsert(writing, List.of(EmbeddedEntityRegistry.inMemory().observe(mention("PER:lavrov", "PER", "Lavrov", 16))));
            // The refresh a read starts runs beside it: later reads see its result.
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (reader.get("PER:lavrov").isEmpty()) {
                assertTrue(System.nanoTime() < deadline, "the reader never picked up PER:lavrov by itself");
                Thread.sleep(100);
            }
        }
    }
}

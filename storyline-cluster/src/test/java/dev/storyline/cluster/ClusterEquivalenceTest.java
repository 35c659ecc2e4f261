package dev.storyline.cluster;

import dev.storyline.events.BCubed;
import dev.storyline.events.ClusteringEvaluation;
import dev.storyline.ingest.InputReader;
import dev.storyline.ingest.RawPage;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Pages through Kafka and the Flink job give what {@code storyline ingest} gives on one machine: the same articles
 * (the same JSON, entities and dates included), the same events and stories, so the same BCubed against gold.
 */
class ClusterEquivalenceTest {

    static final Path SHARED = Path.of(System.getProperty("storyline.shared", "../shared"));

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    static InJvmKafka kafka;

    @BeforeAll
    static void startKafka() throws Exception {
        kafka = new InJvmKafka();
    }

    @AfterAll
    static void stopKafka() throws Exception {
        if (kafka != null) kafka.close();
    }

    static List<RawPage> frenchSamples() throws Exception {
        Path folder = SHARED.resolve("samples/fr");
        assumeTrue(Files.isDirectory(folder), "skipped: the French samples are not at " + folder + " (../shared is absent)");
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(InputReader::isSupported).sorted().toList();
        }
        List<RawPage> pages = new ArrayList<>();
        try (var read = new InputReader().read(files)) {
            read.forEach(item -> pages.add((RawPage) item));
        }
        return pages;
    }

    @Test
    void theTwoFrenchSamplesGiveTheEmbeddedArticlesAndOneStory(@TempDir Path checkpoints) throws Exception {
        List<RawPage> pages = frenchSamples();
        EmbeddedReference embedded = EmbeddedReference.of(pages, ClusterRun.TODAY);

        ClusterRun run = ClusterRun.run(kafka, ClusterRun.config(kafka, "samples", 1, checkpoints), pages, null);

        assertSameArticles(embedded, run);
        assertEquals(placements(embedded), run.placements());
        assertEquals(1, run.assignments().values().stream().map(a -> a.path("story").asText()).distinct().count(),
                "the two reports of the same visit are one story");
    }

    /** The same keys, and under each the same JSON (entities, dates and quotes included). */
    static void assertSameArticles(EmbeddedReference embedded, ClusterRun run) {
        Map<String, String> articles = new LinkedHashMap<>();
        run.articles().forEach((key, line) -> {
            if (!line.contains("\"error\"")) articles.put(key, line);
        });
        assertEquals(embedded.byKey().keySet(), articles.keySet());
        embedded.byKey().forEach((key, r) -> assertEquals(r.article(), articles.get(key), "article " + r.id()));
    }

    static Map<String, String> placements(EmbeddedReference embedded) {
        Map<String, String> p = new LinkedHashMap<>();
        embedded.byKey().forEach((key, r) -> p.put(key, r.event() + " " + r.story()));
        return p;
    }
}

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
import static org.junit.jupiter.api.Assertions.assertTrue;
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

    static LocalKafka kafka;

    @BeforeAll
    static void startKafka() throws Exception {
        kafka = new LocalKafka();
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

    static EmbeddedReference ecbPlusEmbedded;

    static synchronized EmbeddedReference ecbPlusEmbedded() throws Exception {
        if (ecbPlusEmbedded == null) ecbPlusEmbedded = EmbeddedReference.of(EcbPlus.pages(EcbPlus.documents()), ClusterRun.TODAY);
        return ecbPlusEmbedded;
    }

    @Test
    void ecbPlusThroughOneAnalysisTaskGivesTheEmbeddedArticlesEventsAndBCubed(@TempDir Path checkpoints) throws Exception {
        List<ClusteringEvaluation.Document> docs = EcbPlus.documents();
        EmbeddedReference embedded = ecbPlusEmbedded();

        ClusterRun run = ClusterRun.run(kafka, ClusterRun.config(kafka, "ecbplus1", 1, checkpoints), EcbPlus.pages(docs), null);

        assertSameArticles(embedded, run);
        assertEquals(placements(embedded), run.placements());
        BCubed ours = eventsAgainstGold(docs, run), theirs = eventsAgainstGold(docs, embedded);
        System.err.printf("ECB+ dev, %d documents, one analysis task: event BCubed F1 %.4f (embedded %.4f)%n",
                docs.size(), ours.f1(), theirs.f1());
        assertEquals(theirs, ours);
    }

    @Test
    void ecbPlusThroughTwoAnalysisTasksScoresAsTheEmbeddedPath(@TempDir Path checkpoints) throws Exception {
        List<ClusteringEvaluation.Document> docs = EcbPlus.documents();
        EmbeddedReference embedded = ecbPlusEmbedded();

        ClusterRun run = ClusterRun.run(kafka, ClusterRun.config(kafka, "ecbplus2", 2, checkpoints), EcbPlus.pages(docs), null);

        // Each task's name finder learns from half the pages, so a few names differ from one learning from all
        // (as they do between runs of `storyline ingest --threads 2`): the same articles, and events as good.
        assertEquals(embedded.byKey().keySet(), run.assignments().keySet());
        BCubed ours = eventsAgainstGold(docs, run), theirs = eventsAgainstGold(docs, embedded);
        System.err.printf("ECB+ dev, %d documents, two analysis tasks: event BCubed F1 %.4f (embedded, one thread: %.4f)%n",
                docs.size(), ours.f1(), theirs.f1());
        // What each task learnt differs, so the figure moves either way by a few hundredths; splitting the
        // analysis must not make events worse.
        assertTrue(ours.f1() >= theirs.f1() - 0.02, "two analysis tasks: F1 " + ours.f1() + " against " + theirs.f1());
    }

    static BCubed eventsAgainstGold(List<ClusteringEvaluation.Document> docs, ClusterRun run) {
        Map<String, String> eventOf = new LinkedHashMap<>();
        run.assignments().values().forEach(a -> eventOf.put(a.path("id").asText(), a.path("event").asText()));
        return BCubed.score(docs.stream().map(d -> eventOf.get(d.id())).toList(), docs.stream().map(ClusteringEvaluation.Document::event).toList());
    }

    static BCubed eventsAgainstGold(List<ClusteringEvaluation.Document> docs, EmbeddedReference embedded) {
        Map<String, String> eventOf = new LinkedHashMap<>();
        embedded.byKey().values().forEach(r -> eventOf.put(r.id(), r.event()));
        return BCubed.score(docs.stream().map(d -> eventOf.get(d.id())).toList(), docs.stream().map(ClusteringEvaluation.Document::event).toList());
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

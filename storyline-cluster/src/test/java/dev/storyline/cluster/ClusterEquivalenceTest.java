package dev.storyline.cluster;

import dev.storyline.events.BCubed;
import dev.storyline.events.ClusteringEvaluation;
import dev.storyline.ingest.InputReader;
import dev.storyline.ingest.RawPage;
import dev.storyline.opensearch.OpenSearchLocation;
import dev.storyline.opensearch.TestCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Pages through Kafka and the Flink job give what {@code storyline ingest} gives on one machine: the same articles
 * (the same JSON, entities and dates included), the same events and stories, so the same BCubed against gold, both
 * on the job's topics and in the store on OpenSearch (two nodes, one replica) that the job writes, read back through
 * the store interfaces.
 */
class ClusterEquivalenceTest extends InJvmClusterTest {

    static final Path SHARED = Path.of(System.getProperty("storyline.shared", "../shared"));

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

    /** A run whose results went to Kafka and to a store of its own on the OpenSearch test cluster. */
    record StoredRun(ClusterRun run, OpenSearchLocation store) {
        StoreContents stored() throws Exception {
            return StoreContents.read(store);
        }
    }

    /** One run of the job per set of pages, shared by the tests that read its topics and its store. */
    static final Map<String, StoredRun> RUNS = new LinkedHashMap<>();

    static synchronized StoredRun run(String name, List<RawPage> pages) throws Exception {
        if (!RUNS.containsKey(name)) {
            OpenSearchLocation store = TestCluster.shared().freshLocation();
            Path checkpoints = Files.createTempDirectory("storyline-checkpoints");
            ClusterConfig config = ClusterRun.config(kafka, name, 1, checkpoints).withStore(store.toString());
            RUNS.put(name, new StoredRun(ClusterRun.run(kafka, config, pages, null), store));
        }
        return RUNS.get(name);
    }

    static EmbeddedReference samplesEmbedded;

    static synchronized EmbeddedReference samplesEmbedded() throws Exception {
        if (samplesEmbedded == null) samplesEmbedded = EmbeddedReference.of(frenchSamples(), ClusterRun.TODAY);
        return samplesEmbedded;
    }

    @Test
    void theTwoFrenchSamplesGiveTheEmbeddedArticlesAndOneStory() throws Exception {
        List<RawPage> pages = frenchSamples();
        EmbeddedReference embedded = samplesEmbedded();

        ClusterRun run = run("samples", pages).run();

        assertSameArticles(embedded, run);
        assertEquals(placements(embedded), run.placements());
        assertEquals(1, run.assignments().values().stream().map(a -> a.path("story").asText()).distinct().count(),
                "the two reports of the same visit are one story");
    }

    @Test
    void theTwoFrenchSamplesAreStoredOnOpenSearchAsTheEmbeddedStoreHoldsThemInOneStory() throws Exception {
        List<RawPage> pages = frenchSamples();
        EmbeddedReference embedded = samplesEmbedded();

        StoreContents stored = run("samples", pages).stored();

        assertStoredAsEmbedded(embedded, stored);
        assertEquals(1, stored.stories(), "the two reports of the same visit are one story");
    }

    static EmbeddedReference ecbPlusEmbedded;

    static synchronized EmbeddedReference ecbPlusEmbedded() throws Exception {
        if (ecbPlusEmbedded == null) ecbPlusEmbedded = EmbeddedReference.of(EcbPlus.pages(EcbPlus.equivalenceDocuments()), ClusterRun.TODAY);
        return ecbPlusEmbedded;
    }

    @Test
    void ecbPlusThroughOneAnalysisTaskGivesTheEmbeddedArticlesEventsAndBCubed() throws Exception {
        List<ClusteringEvaluation.Document> docs = EcbPlus.equivalenceDocuments();
        EmbeddedReference embedded = ecbPlusEmbedded();

        ClusterRun run = run("ecbplus1", EcbPlus.pages(docs)).run();

        assertSameArticles(embedded, run);
        assertEquals(placements(embedded), run.placements());
        BCubed ours = eventsAgainstGold(docs, run), theirs = eventsAgainstGold(docs, embedded);
        System.err.printf("ECB+ dev, %d documents, one analysis task: event BCubed F1 %.4f (embedded %.4f)%n",
                docs.size(), ours.f1(), theirs.f1());
        assertEquals(theirs, ours);
    }

    @Test
    void ecbPlusThroughOneAnalysisTaskIsStoredOnOpenSearchAsTheEmbeddedStoreHoldsItWithTheSameBCubed() throws Exception {
        List<ClusteringEvaluation.Document> docs = EcbPlus.equivalenceDocuments();
        EmbeddedReference embedded = ecbPlusEmbedded();

        StoreContents stored = run("ecbplus1", EcbPlus.pages(docs)).stored();

        assertStoredAsEmbedded(embedded, stored);
        BCubed ours = BCubed.score(docs.stream().map(d -> stored.eventOfId().get(d.id())).toList(),
                docs.stream().map(ClusteringEvaluation.Document::event).toList());
        BCubed theirs = eventsAgainstGold(docs, embedded);
        System.err.printf("ECB+ dev, %d documents, read back from OpenSearch: event BCubed F1 %.4f (embedded %.4f), %d stories, %d entities%n",
                docs.size(), ours.f1(), theirs.f1(), stored.stories(), stored.entities().size());
        assertEquals(theirs, ours);
    }

    /**
     * The store holds, key for key, the embedded path's articles (the same JSON), numbered 1, 2, 3… in page order,
     * each once, each in the embedded path's event and story, and the same entity registry.
     */
    static void assertStoredAsEmbedded(EmbeddedReference embedded, StoreContents stored) {
        assertEquals(embedded.byKey().keySet(), stored.articles().keySet());
        embedded.byKey().forEach((key, r) -> assertEquals(r.article(), stored.articles().get(key), "article " + r.id()));
        assertEquals(LongStream.rangeClosed(1, embedded.byKey().size()).boxed().toList(), stored.sequences());
        assertEquals(embedded.byKey().size(), stored.count(), "each article once");
        assertEquals(placements(embedded), stored.placements());
        assertEquals(embedded.entities(), stored.entities());
    }

    @Test
    void ecbPlusThroughTwoAnalysisTasksScoresAsTheEmbeddedPath(@TempDir Path checkpoints) throws Exception {
        List<ClusteringEvaluation.Document> docs = EcbPlus.equivalenceDocuments();
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

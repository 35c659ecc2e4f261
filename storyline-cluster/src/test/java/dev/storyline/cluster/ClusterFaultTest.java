package dev.storyline.cluster;

import dev.storyline.ingest.RawPage;
import dev.storyline.opensearch.OpenSearchLocation;
import dev.storyline.opensearch.TestCluster;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.test.junit5.InjectMiniCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Failures in the middle of a run lose no article, duplicate none, and change no assignment: the run ends with what
 * an uninterrupted run over the same pages gives (two analysis tasks, checkpoints every 300 ms), on the topics and,
 * where the job writes to a store on OpenSearch (two nodes, one replica), counted in the store.
 */
class ClusterFaultTest extends InJvmClusterTest {

    static List<RawPage> pages() throws Exception {
        return EcbPlus.pages(EcbPlus.documents());
    }

    @Test
    void aTaskManagerKilledMidStreamIsReplacedAndTheJobResumesFromItsLastCheckpoint(
            @InjectMiniCluster MiniCluster flink, @TempDir Path checkpoints) throws Exception {
        List<RawPage> pages = pages();
        ClusterRun expected = ClusterRun.ecbPlusUninterrupted(kafka);
        long[] assignedWhenKilled = {0};

        OpenSearchLocation store = TestCluster.shared().freshLocation();

        ClusterRun run = ClusterRun.run(kafka, ClusterRun.config(kafka, "killed", 2, checkpoints).withStore(store.toString()),
                pages, (config, job) -> {
                    awaitCheckpointAndAssignments(config, checkpoints, pages.size() / 3);
                    assignedWhenKilled[0] = kafka.count(config.assignmentsTopic());
                    flink.terminateTaskManager(0).get();
                    flink.startTaskManager();
                });

        System.err.printf("task manager killed after %d of %d assignments; %d records written again after the restore%n",
                assignedWhenKilled[0], pages.size(), run.rewritten());
        assertTrue(assignedWhenKilled[0] < pages.size(), "the task manager died mid-stream");
        assertSameAs(expected, run, pages.size());
        assertStoredAs(expected, StoreContents.read(store), pages.size());
    }

    @Test
    void anOpenSearchNodeStoppedMidStreamAndBroughtBackLosesNoArticleAndDuplicatesNone(@TempDir Path checkpoints) throws Exception {
        List<RawPage> pages = pages();
        ClusterRun expected = ClusterRun.ecbPlusUninterrupted(kafka);
        TestCluster opensearch = TestCluster.shared();
        OpenSearchLocation store = opensearch.freshLocation();
        long[] assignedWhenStopped = {0};
        String[] stopped = {null};

        ClusterRun run = ClusterRun.run(kafka, ClusterRun.config(kafka, "opensearch", 2, checkpoints).withStore(store.toString()),
                pages, (config, job) -> {
                    awaitCheckpointAndAssignments(config, checkpoints, pages.size() / 3);
                    assignedWhenStopped[0] = kafka.count(config.assignmentsTopic());
                    stopped[0] = opensearch.stopFollower();
                    try {
                        Thread.sleep(3000);
                    } finally {
                        opensearch.restart(stopped[0]);
                    }
                });
        opensearch.awaitGreen(store.index("articles"));

        System.err.printf("OpenSearch %s stopped after %d of %d assignments, back after 3 s; %d records written again%n",
                stopped[0], assignedWhenStopped[0], pages.size(), run.rewritten());
        assertTrue(assignedWhenStopped[0] < pages.size(), "the node stopped mid-stream");
        assertEquals(1, opensearch.copiesOn(stopped[0], store.index("articles")), "the node is back with its copy");
        assertStoredAs(expected, StoreContents.read(store), pages.size());
    }

    /**
     * Counted in the store: every page's article once (numbered 1 to n without a gap or a repeat), each with the
     * article and the event and story of the uninterrupted run.
     */
    static void assertStoredAs(ClusterRun expected, StoreContents stored, int pages) {
        assertEquals(pages, stored.count(), "every article in the store, none twice");
        assertEquals(LongStream.rangeClosed(1, pages).boxed().toList(), stored.sequences());
        assertEquals(expected.placements(), stored.placements());
        assertEquals(expected.articles(), stored.articles());
    }

    @Test
    void theBrokerRestartedMidStreamLosesNothing(@TempDir Path checkpoints) throws Exception {
        List<RawPage> pages = pages();
        ClusterRun expected = ClusterRun.ecbPlusUninterrupted(kafka);
        long[] assignedWhenStopped = {0};

        ClusterRun run = ClusterRun.run(kafka, ClusterRun.config(kafka, "broker", 2, checkpoints), pages, (config, job) -> {
            awaitCheckpointAndAssignments(config, checkpoints, pages.size() / 3);
            assignedWhenStopped[0] = kafka.count(config.assignmentsTopic());
            kafka.stopBroker();
            Thread.sleep(3000);
            kafka.startBroker();
        });

        System.err.printf("broker stopped for 3 s after %d of %d assignments; %d records written again%n",
                assignedWhenStopped[0], pages.size(), run.rewritten());
        assertTrue(assignedWhenStopped[0] < pages.size(), "the broker stopped mid-stream");
        assertSameAs(expected, run, pages.size());
    }

    /** No page lost (one assignment per page), none twice under two keys, every article and assignment as before. */
    static void assertSameAs(ClusterRun expected, ClusterRun run, int pages) {
        assertEquals(pages, expected.assignments().size(), "every page assigned once in the uninterrupted run");
        assertEquals(pages, run.assignments().size(), "every page assigned once after the fault");
        assertEquals(expected.placements(), run.placements());
        assertEquals(expected.articles(), run.articles());
    }

    /** Waits until a checkpoint is complete and the assignments topic holds at least {@code count} records. */
    static void awaitCheckpointAndAssignments(ClusterConfig config, Path checkpoints, int count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (!(hasCompletedCheckpoint(checkpoints) && kafka.count(config.assignmentsTopic()) >= count)) {
            if (System.nanoTime() > deadline) throw new AssertionError("no checkpoint and " + count + " assignments in 5 minutes");
            Thread.sleep(100);
        }
    }

    static boolean hasCompletedCheckpoint(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().equals("_metadata"));
        }
    }
}

package dev.storyline.cluster;

import dev.storyline.ingest.RawPage;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an operator does to move or upgrade the job: cancel it mid-stream, then submit it again from its last
 * retained checkpoint ({@code flink run -s <checkpoint>}). Checkpoints are externalized and kept on cancellation
 * ({@code checkpoint.dir}); the resubmitted job reads the pages the cancelled one had not finished, and the run ends
 * with what an uninterrupted run gives: no page lost, none assigned twice, the same articles and assignments.
 *
 * <p>Both submissions run the job unbounded, as deployed (it reads the pages topic for ever): a bounded Kafka source
 * restored from a checkpoint never ends (FLINK-31006, open in connector 5.0.0-2.2), so the test waits until every
 * page is assigned, then cancels the resubmitted job.
 */
class ClusterResubmitTest extends InJvmClusterTest {

    @Test
    void aJobCancelledMidStreamAndResubmittedFromItsRetainedCheckpointLosesAndRepeatsNothing(
            @TempDir Path checkpoints) throws Exception {
        List<RawPage> pages = EcbPlus.pages(EcbPlus.documents());
        ClusterRun expected = ClusterRun.ecbPlusUninterrupted(kafka);

        ClusterConfig config = ClusterRun.config(kafka, "resubmitted", 2, checkpoints);
        ClusterTopics.create(config);
        try (PageProducer producer = new PageProducer(config)) {
            producer.sendAll(pages);
        }
        JobClient first = submit(config, null);
        awaitCheckpointAndAssignments(config, checkpoints, pages.size() / 3);
        cancel(first);
        long assignedWhenCancelled = kafka.count(config.assignmentsTopic());
        Path retained = lastRetainedCheckpoint(checkpoints).orElseThrow(() -> new AssertionError("no checkpoint kept"));

        JobClient resubmitted = submit(config, retained);
        ClusterRun run = awaitEveryPage(config, pages.size(), expected.articles().size());
        cancel(resubmitted);
        run = ClusterRun.read(kafka, config);

        System.err.printf("cancelled after %d of %d assignments; resubmitted from %s; %d records written again%n",
                assignedWhenCancelled, pages.size(), checkpoints.relativize(retained), run.rewritten());
        assertTrue(assignedWhenCancelled < pages.size(), "cancelled mid-stream");
        assertEquals(pages.size(), expected.assignments().size(), "every page assigned once in the uninterrupted run");
        assertEquals(pages.size(), run.assignments().size(), "every page assigned once across the two submissions");
        assertEquals(expected.placements(), run.placements(), "the same events and stories");
        assertEquals(expected.articles(), run.articles(), "the same articles");
    }

    /** Submits the job as {@code flink run} does, from {@code checkpoint} when given ({@code -s}). */
    private static JobClient submit(ClusterConfig config, Path checkpoint) throws Exception {
        Configuration conf = StorylineJob.flinkConfiguration(config);
        if (checkpoint != null) conf.set(StateRecoveryOptions.SAVEPOINT_PATH, checkpoint.toUri().toString());
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        StorylineJob.define(env, config, false);
        return env.executeAsync("storyline " + config.pagesTopic() + (checkpoint == null ? "" : " resubmitted"));
    }

    /** The newest complete checkpoint under {@code dir} ({@code <job>/chk-N} holding {@code _metadata}). */
    static Optional<Path> lastRetainedCheckpoint(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.getFileName().toString().equals("_metadata")).map(Path::getParent)
                    .filter(d -> d.getFileName().toString().startsWith("chk-"))
                    .max(Comparator.comparingLong(d -> Long.parseLong(d.getFileName().toString().substring(4))));
        }
    }

    private static void awaitCheckpointAndAssignments(ClusterConfig config, Path checkpoints, int count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (!(lastRetainedCheckpoint(checkpoints).isPresent() && kafka.count(config.assignmentsTopic()) >= count)) {
            if (System.nanoTime() > deadline) throw new AssertionError("no checkpoint and " + count + " assignments in 5 minutes");
            Thread.sleep(100);
        }
    }

    /** Cancels the job as {@code flink cancel} does, and waits until it is cancelled (its checkpoints kept). */
    private static void cancel(JobClient job) throws Exception {
        job.cancel().get(1, TimeUnit.MINUTES);
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (job.getJobStatus().get() != JobStatus.CANCELED) {
            if (System.nanoTime() > deadline) throw new AssertionError("the job was not cancelled in 2 minutes");
            Thread.sleep(100);
        }
    }

    /** Waits until every page has its assignment and every article its record; what the topics hold then. */
    private static ClusterRun awaitEveryPage(ClusterConfig config, int pages, int articles) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (true) {
            ClusterRun run = ClusterRun.read(kafka, config);
            if (run.assignments().size() >= pages && run.articles().size() >= articles) return run;
            if (System.nanoTime() > deadline) {
                throw new AssertionError("after 10 minutes " + run.assignments().size() + " of " + pages + " pages assigned");
            }
            Thread.sleep(1000);
        }
    }
}

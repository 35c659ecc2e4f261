package dev.storyline.cli;

import dev.storyline.AnalysisJson;
import dev.storyline.cluster.ClusterConfig;
import dev.storyline.cluster.ClusterTopics;
import dev.storyline.cluster.PageProducer;
import dev.storyline.ingest.IngestFailure;
import dev.storyline.ingest.Ingested;
import dev.storyline.ingest.RawPage;
import org.apache.kafka.clients.producer.RecordMetadata;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * {@code --cluster CONFIG}: raw pages go to the cluster's pages topic on Kafka, for the Flink job to analyse and
 * assign, instead of being analysed into the embedded store.
 */
final class ClusterOption {

    @Option(names = "--cluster", paramLabel = "CONFIG",
            description = "Send the raw pages to Kafka (the pages topic of a cluster deployment) instead of analysing "
                    + "them into the store under --data. CONFIG is a properties file: kafka.bootstrap.servers (required), "
                    + "topic.pages, topic.articles, topic.assignments, kafka.group.id, opensearch.url, "
                    + "analysis.parallelism, topic.partitions, topic.replication, checkpoint.interval.ms, "
                    + "checkpoint.dir, analysis.today.")
    Path config;

    /** Pages sent but not yet acknowledged: enough to keep the producer's batches full, bounded in memory. */
    private static final int IN_FLIGHT = 1000;

    /** Whether the option was given. */
    boolean given() {
        return config != null;
    }

    /** The config, or null after saying on {@code err} why it cannot be read. */
    ClusterConfig readOrSay(PrintWriter err) {
        try {
            return ClusterConfig.read(config);
        } catch (java.nio.file.NoSuchFileException e) {
            err.println("storyline: cannot read the cluster config " + config + ": no such file");
        } catch (IOException e) {
            err.println("storyline: cannot read the cluster config " + config + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            err.println("storyline: " + e.getMessage());
        }
        return null;
    }

    /** What a run of sends gave. */
    record Queued(int queued, int failed) {
    }

    /**
     * Sends every page to the pages topic; {@code out} hears, in input order, {@code {"id","status":"queued",
     * "offset"}} once Kafka holds a page, or {@code {"id","input","error"}} for an input that is not a page.
     */
    static Queued send(ClusterConfig config, Stream<Ingested> items, PrintWriter out, PrintWriter err, Progress progress)
            throws InterruptedException {
        ClusterTopics.create(config);
        int[] counts = new int[2];
        Deque<Object[]> pending = new ArrayDeque<>();
        try (PageProducer producer = new PageProducer(config)) {
            items.forEach(item -> {
                if (item instanceof RawPage page) pending.add(new Object[]{page.id(), page.input(), producer.send(page)});
                else pending.add(new Object[]{item.id(), item.input(), ((IngestFailure) item).reason()});
                while (pending.size() > IN_FLIGHT) report(pending.poll(), out, err, counts, progress);
            });
            producer.flush();
            while (!pending.isEmpty()) report(pending.poll(), out, err, counts, progress);
        }
        return new Queued(counts[0], counts[1]);
    }

    private static void report(Object[] sent, PrintWriter out, PrintWriter err, int[] counts, Progress progress) {
        String id = (String) sent[0], input = (String) sent[1];
        String error;
        long offset = -1;
        if (sent[2] instanceof Future<?> future) {
            try {
                offset = ((RecordMetadata) future.get()).offset();
                error = null;
            } catch (ExecutionException e) {
                error = "Kafka did not take the page: " + e.getCause().getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                error = "interrupted before Kafka acknowledged the page";
            }
        } else {
            error = (String) sent[2];
        }
        if (error == null) {
            counts[0]++;
            out.println(AnalysisJson.line(AnalysisJson.object().put("id", id).put("status", "queued").put("offset", offset)));
        } else {
            counts[1]++;
            err.println("storyline: " + input + ": " + error);
            out.println(AnalysisJson.line(AnalysisJson.object().put("id", id).put("input", input).put("error", error)));
        }
        progress.step(error == null);
    }
}

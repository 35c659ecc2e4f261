package dev.storyline.cluster;

import dev.storyline.ingest.RawPage;
import dev.storyline.opensearch.OpenSearchClient;
import dev.storyline.opensearch.OpenSearchLocation;
import org.apache.flink.api.common.JobID;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.runtime.checkpoint.AbstractCheckpointStats;
import org.apache.flink.runtime.checkpoint.CheckpointStatsStatus;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What {@code storyline bench cluster} measures, on a Flink MiniCluster in this process against a Kafka broker:
 * throughput of the job at a parallelism (pages written first, then read by a bounded job: articles per second between
 * the first and the last assignment, so that loading the models is not counted), the end-to-end latency from a page
 * written to Kafka to its assignment written back (pages written at a steady rate below the throughput) and, when
 * given a store on OpenSearch, to the article searchable there, and the checkpoints as the active window fills.
 */
public final class ClusterBenchmark {

    /** One checkpoint: how many articles were assigned when it was triggered, its size and how long it took. */
    public record Checkpoint(long id, long assigned, long bytes, long millis) {
    }

    /** Throughput of one run. */
    public record Throughput(int parallelism, int articles, double seconds, double articlesPerSecond,
                             List<Checkpoint> checkpoints) {
    }

    /**
     * Latency of one run at {@code rate} pages a second: to the assignment on Kafka ({@code p50Millis}…), and, when the
     * job writes to a store on OpenSearch, to the article searchable there ({@code searchable…}; NaN without a store).
     */
    public record Latency(int parallelism, int articles, double rate, double p50Millis, double p99Millis, double maxMillis,
                          int searchable, double searchableP50Millis, double searchableP99Millis,
                          double searchableMaxMillis) {
    }

    private final String bootstrapServers;
    private final OpenSearchLocation store;
    private int runs;

    /** Results to Kafka only. */
    public ClusterBenchmark(String bootstrapServers) {
        this(bootstrapServers, null);
    }

    /**
     * Results also to the store on OpenSearch at {@code store} (indices of their own per run, under its prefix, deleted
     * after the run), or to Kafka only when null.
     */
    public ClusterBenchmark(String bootstrapServers, OpenSearchLocation store) {
        this.bootstrapServers = bootstrapServers;
        this.store = store;
    }

    private ClusterConfig config(int parallelism, long checkpointMillis) {
        String name = "bench-" + ProcessHandle.current().pid() + "-" + (++runs);
        ClusterConfig config = ClusterConfig.of(bootstrapServers)
                .withTopics(name, 2, (short) 1)
                .withAnalysisParallelism(parallelism).withCheckpoints(checkpointMillis, null)
                .withToday(java.time.LocalDate.of(2024, 1, 1));
        if (store == null) return config;
        return config.withStore(new OpenSearchLocation(store.nodes(), store.prefix() + "-" + name, store.shards(),
                store.replicas()).toString() + replicasQuery());
    }

    private String replicasQuery() {
        return "?shards=" + store.shards() + (store.replicas() >= 0 ? "&replicas=" + store.replicas() : "");
    }

    /** Deletes the run's indices on OpenSearch. */
    private static void dropStore(ClusterConfig config) throws java.io.IOException {
        if (config.opensearchUrl() == null) return;
        OpenSearchLocation location = OpenSearchLocation.parse(config.opensearchUrl());
        try (OpenSearchClient client = OpenSearchClient.connect(location)) {
            for (String kind : List.of("articles", "events", "entities")) {
                client.send("DELETE", "/" + location.index(kind) + "?ignore_unavailable=true", null);
            }
        }
    }

    public Throughput throughput(List<RawPage> pages, int parallelism, long checkpointMillis, LocalKafka reader)
            throws Exception {
        ClusterConfig config = config(parallelism, checkpointMillis);
        ClusterTopics.create(config);
        try (PageProducer producer = new PageProducer(config)) {
            producer.sendAll(pages);
        }
        try (MiniCluster flink = start(config, parallelism)) {
            JobID job = submit(flink, config, true);
            var result = flink.requestJobResult(job).get(1, TimeUnit.HOURS);
            if (!result.isSuccess()) {
                throw new IllegalStateException("the job failed", result.getSerializedThrowable()
                        .map(t -> (Throwable) t).orElse(null));
            }
            List<Long> written = reader.readAll(config.assignmentsTopic()).stream()
                    .map(ConsumerRecord::timestamp).sorted().toList();
            double seconds = (written.get(written.size() - 1) - written.get(0)) / 1000.0;
            List<Checkpoint> checkpoints = new ArrayList<>();
            var stats = flink.getArchivedExecutionGraph(job).get().getCheckpointStatsSnapshot();
            if (stats != null) {
                List<AbstractCheckpointStats> done = new ArrayList<>(stats.getHistory().getCheckpoints());
                done.sort(Comparator.comparingLong(AbstractCheckpointStats::getCheckpointId));
                for (AbstractCheckpointStats c : done) {
                    if (c.getStatus() != CheckpointStatsStatus.COMPLETED) continue;
                    long assigned = written.stream().filter(t -> t <= c.getTriggerTimestamp()).count();
                    checkpoints.add(new Checkpoint(c.getCheckpointId(), assigned, c.getStateSize(), c.getEndToEndDuration()));
                }
            }
            return new Throughput(parallelism, written.size(), seconds,
                    seconds > 0 ? (written.size() - 1) / seconds : Double.NaN, checkpoints);
        } finally {
            dropStore(config);
        }
    }

    /**
     * Pages written at {@code rate} a second to a running job, after a first page has been assigned (the models are
     * loaded): the time from each page's write to its assignment's, and, with a store, to the first answer of
     * OpenSearch that finds it (the store is asked every {@link #POLL_MILLIS} ms for articles past the last one
     * seen; an article's {@code ingested} is its page's write time on Kafka).
     */
    public Latency latency(List<RawPage> pages, int parallelism, double rate, LocalKafka reader) throws Exception {
        ClusterConfig config = config(parallelism, 1000);
        ClusterTopics.create(config);
        try (MiniCluster flink = start(config, parallelism); PageProducer producer = new PageProducer(config)) {
            JobID job = submit(flink, config, false);
            producer.sendAndWait(pages.get(0));
            await(reader, config, 1);
            Searchable searchable = config.opensearchUrl() == null ? null
                    : Searchable.start(OpenSearchLocation.parse(config.opensearchUrl()));
            try {
                long start = System.nanoTime();
                List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
                for (int i = 1; i < pages.size(); i++) {
                    long due = start + (long) (i / rate * 1e9);
                    long wait = due - System.nanoTime();
                    if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    sent.add(producer.send(pages.get(i)));
                }
                producer.flush();
                for (var page : sent) page.get(); // a page Kafka did not take fails the run rather than hang it
                await(reader, config, pages.size());
                if (searchable != null) searchable.await(reader.count(config.assignmentsTopic()));
            } finally {
                if (searchable != null) searchable.stop();
            }
            flink.cancelJob(job).get();
            Map<String, Long> written = new HashMap<>();
            for (var r : reader.readAll(config.pagesTopic())) written.put(r.key(), r.timestamp());
            List<Long> latencies = new ArrayList<>();
            String firstKey = null;
            for (var r : reader.readAll(config.assignmentsTopic())) {
                String id = AssignmentRecords.read(r.value()).path("id").asText();
                if (id.equals(pages.get(0).id())) {
                    firstKey = r.key();
                    continue;
                }
                Long at = written.get(id);
                if (at != null) latencies.add(r.timestamp() - at);
            }
            latencies.sort(null);
            List<Long> toSearchable = new ArrayList<>();
            if (searchable != null) {
                for (var e : searchable.latencies().entrySet()) if (!e.getKey().equals(firstKey)) toSearchable.add(e.getValue());
                toSearchable.sort(null);
            }
            return new Latency(parallelism, latencies.size(), rate, percentile(latencies, 0.50),
                    percentile(latencies, 0.99), latencies.isEmpty() ? Double.NaN : latencies.get(latencies.size() - 1),
                    toSearchable.size(), percentile(toSearchable, 0.50), percentile(toSearchable, 0.99),
                    toSearchable.isEmpty() ? Double.NaN : toSearchable.get(toSearchable.size() - 1));
        } finally {
            dropStore(config);
        }
    }

    static final long POLL_MILLIS = 20;

    /** Asks the store, every {@link #POLL_MILLIS} ms, for the articles past the last one found, noting when each was found. */
    private static final class Searchable implements Runnable {
        private final OpenSearchClient client;
        private final String index;
        private final Map<String, Long> latencies = new java.util.concurrent.ConcurrentHashMap<>();
        private final Thread thread;
        private volatile boolean stopped;
        private volatile Exception failure;
        private long after;

        private Searchable(OpenSearchLocation location) {
            this.client = OpenSearchClient.connect(location);
            this.index = location.index("articles");
            this.thread = new Thread(this, "bench-searchable");
            thread.setDaemon(true);
        }

        static Searchable start(OpenSearchLocation location) {
            Searchable s = new Searchable(location);
            s.thread.start();
            return s;
        }

        @Override
        public void run() {
            while (!stopped) {
                try {
                    poll();
                    Thread.sleep(POLL_MILLIS);
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    failure = e; // the index is not there yet, or the store did not answer: asked again
                    try {
                        Thread.sleep(POLL_MILLIS);
                    } catch (InterruptedException stop) {
                        return;
                    }
                }
            }
        }

        private void poll() throws java.io.IOException {
            var body = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            body.put("size", 1000);
            body.putArray("_source").add("key").add("ingested").add("seq");
            body.putObject("query").putObject("range").putObject("seq").put("gt", after);
            body.putArray("sort").addObject().put("seq", "asc");
            var hits = client.send("POST", "/" + index + "/_search?ignore_unavailable=true", body).path("hits").path("hits");
            long now = System.currentTimeMillis();
            for (var hit : hits) {
                var source = hit.path("_source");
                latencies.putIfAbsent(source.path("key").asText(), now - source.path("ingested").asLong());
                after = Math.max(after, source.path("seq").asLong());
            }
        }

        void await(long count) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (latencies.size() < count) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("only " + latencies.size() + " of " + count + " articles searchable in "
                            + index + " after 5 minutes" + (failure != null ? "; last error: " + failure.getMessage() : ""));
                }
                Thread.sleep(POLL_MILLIS);
            }
        }

        Map<String, Long> latencies() {
            return latencies;
        }

        void stop() throws Exception {
            stopped = true;
            thread.interrupt();
            thread.join(5000);
            client.close();
        }
    }

    private static void await(LocalKafka reader, ClusterConfig config, long count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        while (reader.count(config.assignmentsTopic()) < count) {
            if (System.nanoTime() > deadline) throw new IllegalStateException("the job did not assign " + count + " pages in 30 minutes");
            Thread.sleep(200);
        }
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) return Double.NaN;
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    private static MiniCluster start(ClusterConfig config, int parallelism) throws Exception {
        Configuration conf = StorylineJob.flinkConfiguration(config);
        conf.setString("web.checkpoints.history", "10000"); // every checkpoint of the run, not the last ten
        MiniCluster flink = new MiniCluster(new MiniClusterConfiguration.Builder().setConfiguration(conf)
                .setNumTaskManagers(1).setNumSlotsPerTaskManager(parallelism).build());
        flink.start();
        return flink;
    }

    private static JobID submit(MiniCluster flink, ClusterConfig config, boolean bounded) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(StorylineJob.flinkConfiguration(config));
        StorylineJob.define(env, config, bounded);
        var graph = env.getStreamGraph();
        graph.setJobId(new JobID());
        return flink.submitJob(graph).get().getJobID();
    }
}

package dev.storyline.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyline.ingest.RawPage;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One run of the job over pages written to fresh topics: the pages go to Kafka, the job runs (on the test's Flink
 * MiniCluster) until it has read them all, and the articles and assignments topics are read back.
 *
 * @param articles       per key, the articles topic's record (articles and failures)
 * @param assignments    per article key, its assignment record
 * @param rewritten      records written more than once (after a restore), all identical to the first
 * @param assignmentRecords how many records the assignments topic holds in all
 */
record ClusterRun(Map<String, String> articles, Map<String, JsonNode> assignments, int rewritten,
                  int assignmentRecords) {

    static final LocalDate TODAY = LocalDate.of(2024, 1, 1);

    /** What a test does to the running job (kill a task manager, restart the broker); nothing by default. */
    interface Fault {
        void during(ClusterConfig config, JobClient job) throws Exception;
    }

    static ClusterConfig config(LocalKafka kafka, String prefix, int parallelism, Path checkpoints) {
        return ClusterConfig.of(kafka.bootstrapServers()).withTopics(prefix, 2, (short) 1)
                .withAnalysisParallelism(parallelism).withCheckpoints(300, checkpoints.toUri().toString())
                .withToday(TODAY);
    }

    private static ClusterRun ecbPlusUninterrupted;

    /**
     * The ECB+ dev pages through the job with two analysis tasks, uninterrupted, to the topics only: what the fault and
     * resubmit tests compare their interrupted runs with. Run once per test JVM (it is the same run for both: same
     * pages, config and parallelism), over the broker of the first test that asks; its result is read from the topics
     * and kept.
     */
    static synchronized ClusterRun ecbPlusUninterrupted(LocalKafka kafka) throws Exception {
        if (ecbPlusUninterrupted == null) {
            Path checkpoints = Files.createTempDirectory("storyline-uninterrupted");
            try {
                ecbPlusUninterrupted = run(kafka, config(kafka, "uninterrupted", 2, checkpoints),
                        EcbPlus.pages(EcbPlus.documents()), null);
            } finally {
                try (Stream<Path> files = Files.walk(checkpoints)) {
                    for (Path f : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
                }
            }
        }
        return ecbPlusUninterrupted;
    }

    static ClusterRun run(LocalKafka kafka, ClusterConfig config, List<RawPage> pages, Fault fault) throws Exception {
        ClusterTopics.create(config);
        try (PageProducer producer = new PageProducer(config)) {
            producer.sendAll(pages);
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(StorylineJob.flinkConfiguration(config));
        StorylineJob.define(env, config, true);
        JobClient job = env.executeAsync("storyline " + config.pagesTopic());
        if (fault != null) fault.during(config, job);
        job.getJobExecutionResult().get(10, TimeUnit.MINUTES);
        return read(kafka, config);
    }

    static ClusterRun read(LocalKafka kafka, ClusterConfig config) {
        int[] rewritten = {0};
        Map<String, String> articles = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> r : kafka.readAll(config.articlesTopic())) {
            String before = articles.putIfAbsent(r.key(), r.value());
            if (before != null) {
                if (!before.equals(r.value())) throw new AssertionError("article " + r.key() + " written twice, differently");
                rewritten[0]++;
            }
        }
        Map<String, JsonNode> assignments = new LinkedHashMap<>();
        List<ConsumerRecord<String, String>> records = kafka.readAll(config.assignmentsTopic());
        for (ConsumerRecord<String, String> r : records) {
            JsonNode a = AssignmentRecords.read(r.value());
            JsonNode before = assignments.putIfAbsent(r.key(), a);
            if (before != null) {
                if (!before.equals(a)) throw new AssertionError("assignment " + r.key() + " written twice, differently");
                rewritten[0]++;
            }
        }
        return new ClusterRun(articles, assignments, rewritten[0], records.size());
    }

    /** Article key → "event story", to compare with another run. */
    Map<String, String> placements() {
        Map<String, String> p = new LinkedHashMap<>();
        assignments.forEach((key, a) -> p.put(key, a.path("event").asText() + " " + a.path("story").asText()));
        return p;
    }
}

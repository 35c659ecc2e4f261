package dev.storyline.cluster;

import dev.storyline.opensearch.OpenSearchLocation;

import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where the cluster deployment's parts are and how the job runs, read from a small properties file
 * ({@code --cluster CONFIG}). Every key is listed in {@link #KEYS} with its meaning; unknown keys are refused so that a
 * misspelt one is not silently ignored.
 *
 * @param bootstrapServers     Kafka's bootstrap servers, {@code host:port[,host:port]}
 * @param pagesTopic           the topic of raw pages (the CLI's JSON Lines input records)
 * @param articlesTopic        the topic of analysed articles (the CLI's JSON Lines output contract) and failures
 * @param assignmentsTopic     the topic of assignments: each article's event and story
 * @param groupId              the Kafka consumer group of the job (offsets are Flink's checkpoints; the group shows lag)
 * @param opensearchUrl        the store on OpenSearch the job writes to, as {@code --store} takes it
 *                             ({@code opensearch://host:port[,host:port…][/prefix][?replicas=N&shards=N]}), or null for none
 * @param analysisParallelism  parallel analysis tasks (each loads the models once)
 * @param articlePartitions    partitions of the articles and assignments topics when the job creates them
 * @param replication          replication factor of the topics the job creates
 * @param checkpointMillis     checkpoint interval of the job
 * @param checkpointDir        where checkpoints go (a URI Flink knows: file://, s3://, hdfs://), or null for Flink's default
 * @param today                the day dates without a year resolve against, or null for the day each task starts
 */
public record ClusterConfig(String bootstrapServers, String pagesTopic, String articlesTopic, String assignmentsTopic,
                            String groupId, String opensearchUrl, int analysisParallelism, int articlePartitions,
                            short replication, long checkpointMillis, String checkpointDir, LocalDate today)
        implements Serializable {

    /** Every key the file may hold, with what it means (the documentation of the file, printed by {@code --help}). */
    public static final Map<String, String> KEYS = keys();

    private static Map<String, String> keys() {
        Map<String, String> k = new LinkedHashMap<>();
        k.put("kafka.bootstrap.servers", "Kafka brokers to bootstrap from, host:port[,host:port] (required)");
        k.put("topic.pages", "topic of raw pages, one partition (default storyline.pages)");
        k.put("topic.articles", "topic of analysed articles and failures (default storyline.articles)");
        k.put("topic.assignments", "topic of assignments (default storyline.assignments)");
        k.put("kafka.group.id", "consumer group of the Flink job (default storyline-job)");
        k.put("opensearch.url", "the store the job writes to, as --store takes it: opensearch://host:port[,host:port][/prefix] (default: none, Kafka only)");
        k.put("analysis.parallelism", "parallel analysis tasks, each with its own models (default 2)");
        k.put("topic.partitions", "partitions of the articles and assignments topics when created (default 6)");
        k.put("topic.replication", "replication factor of the topics when created (default 3; 1 for one broker)");
        k.put("checkpoint.interval.ms", "checkpoint interval of the job in milliseconds (default 10000)");
        k.put("checkpoint.dir", "where checkpoints are kept, a URI Flink knows (default: Flink's own setting)");
        k.put("analysis.today", "ISO day that dates without a year resolve against (default: each task's start day)");
        return java.util.Collections.unmodifiableMap(k);
    }

    public ClusterConfig {
        if (bootstrapServers == null || bootstrapServers.isBlank()) {
            throw new IllegalArgumentException("kafka.bootstrap.servers is required");
        }
        if (analysisParallelism < 1) throw new IllegalArgumentException("analysis.parallelism must be at least 1");
        if (articlePartitions < 1) throw new IllegalArgumentException("topic.partitions must be at least 1");
        if (replication < 1) throw new IllegalArgumentException("topic.replication must be at least 1");
        if (checkpointMillis < 10) throw new IllegalArgumentException("checkpoint.interval.ms must be at least 10");
        if (opensearchUrl != null) {
            try {
                OpenSearchLocation.parse(opensearchUrl);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("opensearch.url: " + e.getMessage(), e);
            }
        }
    }

    /** The defaults beside {@code bootstrapServers}. */
    public static ClusterConfig of(String bootstrapServers) {
        return new ClusterConfig(bootstrapServers, "storyline.pages", "storyline.articles", "storyline.assignments",
                "storyline-job", null, 2, 6, (short) 3, 10_000, null, null);
    }

    /** Reads {@code file}; an unknown key, a bad number or a missing server names the file and the key. */
    public static ClusterConfig read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        try {
            return of(p);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    public static ClusterConfig of(Properties p) {
        Set<String> unknown = new TreeSet<>(p.stringPropertyNames());
        unknown.removeAll(KEYS.keySet());
        if (!unknown.isEmpty()) throw new IllegalArgumentException("unknown keys " + unknown + "; known: " + KEYS.keySet());
        ClusterConfig d = of(p.getProperty("kafka.bootstrap.servers", ""));
        String today = p.getProperty("analysis.today");
        LocalDate day;
        try {
            day = today == null ? null : LocalDate.parse(today.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("analysis.today is not an ISO day (2026-12-04): " + today, e);
        }
        return new ClusterConfig(d.bootstrapServers(), p.getProperty("topic.pages", d.pagesTopic()).strip(),
                p.getProperty("topic.articles", d.articlesTopic()).strip(),
                p.getProperty("topic.assignments", d.assignmentsTopic()).strip(),
                p.getProperty("kafka.group.id", d.groupId()).strip(), blankToNull(p.getProperty("opensearch.url")),
                (int) number(p, "analysis.parallelism", d.analysisParallelism()),
                (int) number(p, "topic.partitions", d.articlePartitions()),
                (short) number(p, "topic.replication", d.replication()),
                number(p, "checkpoint.interval.ms", d.checkpointMillis()),
                blankToNull(p.getProperty("checkpoint.dir")), day);
    }

    public ClusterConfig withAnalysisParallelism(int parallelism) {
        return new ClusterConfig(bootstrapServers, pagesTopic, articlesTopic, assignmentsTopic, groupId, opensearchUrl,
                parallelism, articlePartitions, replication, checkpointMillis, checkpointDir, today);
    }

    public ClusterConfig withTopics(String prefix, int partitions, short replication) {
        return new ClusterConfig(bootstrapServers, prefix + ".pages", prefix + ".articles", prefix + ".assignments",
                prefix + "-job", opensearchUrl, analysisParallelism, partitions, replication, checkpointMillis,
                checkpointDir, today);
    }

    public ClusterConfig withCheckpoints(long millis, String dir) {
        return new ClusterConfig(bootstrapServers, pagesTopic, articlesTopic, assignmentsTopic, groupId, opensearchUrl,
                analysisParallelism, articlePartitions, replication, millis, dir, today);
    }

    /** The same job, writing also to the store at {@code location} ({@code opensearch://…}), or to none (null). */
    public ClusterConfig withStore(String location) {
        return new ClusterConfig(bootstrapServers, pagesTopic, articlesTopic, assignmentsTopic, groupId, location,
                analysisParallelism, articlePartitions, replication, checkpointMillis, checkpointDir, today);
    }

    public ClusterConfig withToday(LocalDate day) {
        return new ClusterConfig(bootstrapServers, pagesTopic, articlesTopic, assignmentsTopic, groupId, opensearchUrl,
                analysisParallelism, articlePartitions, replication, checkpointMillis, checkpointDir, day);
    }

    private static long number(Properties p, String key, long fallback) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) return fallback;
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " is not a whole number: " + v, e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

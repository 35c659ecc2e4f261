package dev.storyline.cluster;

import dev.storyline.cluster.JobRecords.Analysed;
import dev.storyline.cluster.JobRecords.Sequenced;
import dev.storyline.cluster.JobRecords.Stored;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Storyline's stages as a Flink job: pages topic → numbering (one task) → analysis up to names and dates (parallel) →
 * entity resolution, event and story assignment (one task, in page order, state checkpointed) →
 * articles topic and assignments topic, and the store on OpenSearch when {@code opensearch.url} is set ({@link StoreSink}).
 * Submit it with {@code flink run -c dev.storyline.cluster.StorylineJob storyline-cluster-…-job.jar --config CONFIG}
 * (or the bare path; see the notes).
 *
 * <p>Every operator, the source and the sinks carry a {@code uid}: a checkpoint or savepoint maps its state to
 * operators by these ids, so a version of the job whose graph changes (a sink added, an operator between) still
 * restores the state of those that stay. Change a uid only with {@code --allowNonRestoredState} and a fresh state.
 */
public final class StorylineJob {

    private StorylineJob() {
    }

    public static void main(String[] args) throws Exception {
        Path file = configFile(args);
        if (file == null) {
            System.err.println("usage: StorylineJob [--config] CONFIG   (a --cluster properties file; keys: "
                    + ClusterConfig.KEYS.keySet() + "); given: " + String.join(" ", args));
            System.exit(2);
        }
        ClusterConfig config = ClusterConfig.read(file);
        ClusterTopics.create(config);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(flinkConfiguration(config));
        define(env, config, false);
        env.execute("storyline");
    }

    /** The config file of the arguments, {@code --config FILE}, {@code --config=FILE} or the bare path; null otherwise. */
    static Path configFile(String[] args) {
        if (args.length == 1 && args[0].startsWith("--config=") && args[0].length() > "--config=".length()) {
            return Path.of(args[0].substring("--config=".length()));
        }
        if (args.length == 1 && !args[0].startsWith("-")) return Path.of(args[0]);
        if (args.length == 2 && args[0].equals("--config") && !args[1].isEmpty()) return Path.of(args[1]);
        return null;
    }

    /** Checkpointing as the config says (the interval, and the directory when one is given). */
    public static Configuration flinkConfiguration(ClusterConfig config) {
        Configuration conf = new Configuration();
        conf.setString("execution.checkpointing.interval", config.checkpointMillis() + " ms");
        // Analysis is slow (tens of ms a page) and the pages queue before it: aligned barriers would wait behind the
        // whole queue, so checkpoints overtake it (the queued pages are saved with the checkpoint).
        conf.setString("execution.checkpointing.unaligned.enabled", "true");
        if (config.checkpointDir() != null) {
            conf.setString("execution.checkpointing.dir", config.checkpointDir());
            // Kept when the job is cancelled or fails for good, so that it can be restarted from the last one.
            conf.setString("execution.checkpointing.externalized-checkpoint-retention", "RETAIN_ON_CANCELLATION");
        }
        return conf;
    }

    /**
     * Adds the job to {@code env}: reading the pages topic from the committed offsets (the start of the topic the first
     * time), to the end of the topic as it is when the job starts when {@code bounded} (benchmarks, tests), else for
     * ever.
     */
    public static void define(StreamExecutionEnvironment env, ClusterConfig config, boolean bounded) {
        env.enableCheckpointing(config.checkpointMillis());
        var source = KafkaSource.<Sequenced>builder()
                .setBootstrapServers(config.bootstrapServers())
                .setTopics(config.pagesTopic())
                .setGroupId(config.groupId())
                .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
                .setDeserializer(new PageDeserializer())
                .setProperty("isolation.level", "read_committed");
        if (bounded) source.setBounded(OffsetsInitializer.latest());

        DataStream<Sequenced> pages = env
                .fromSource(source.build(), WatermarkStrategy.noWatermarks(), "pages").uid("pages")
                .setParallelism(1)
                .map(new Sequencer()).name("number pages").uid("number-pages").setParallelism(1);
        // Pages are dealt to the analysis tasks by their number (hashed, not round the tasks at random): a replay
        // brings each to the task that saw it, whose name finder learnt (and checkpointed) from the same pages before.
        DataStream<Analysed> analysed = pages
                .keyBy(Sequenced::sequence, TypeInformation.of(Long.class))
                .map(new Analyse(config.today())).name("analyse").uid("analyse").setParallelism(config.analysisParallelism());
        DataStream<Stored> stored = analysed
                .keyBy(a -> 0, TypeInformation.of(Integer.class))
                .process(new Assign(config.today())).name("assign events and stories").uid("assign")
                .setParallelism(1).setMaxParallelism(1);

        stored.filter(s -> s.article() != null).name("articles and failures").uid("articles-and-failures").setParallelism(1)
                .sinkTo(sink(config, config.articlesTopic(), false)).name("articles topic").uid("articles-topic")
                .setParallelism(1);
        stored.filter(s -> s.assignment() != null).name("articles only").uid("articles-only").setParallelism(1)
                .sinkTo(sink(config, config.assignmentsTopic(), true)).name("assignments topic").uid("assignments-topic")
                .setParallelism(1);
        if (config.opensearchUrl() != null) {
            // One writer: the store's events are one ordered history, committed after the articles they name. A task
            // of its own (not chained to the ordered task), so that the ordered task goes on while the sink commits.
            stored.sinkTo(new StoreSink(config.opensearchUrl())).name("store on OpenSearch").uid("store-on-opensearch")
                    .setParallelism(1)
                    .disableChaining();
        }
    }

    /** Keeps each record's place and write time beside its value. */
    static final class PageDeserializer implements KafkaRecordDeserializationSchema<Sequenced> {
        @Override
        public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<Sequenced> out) {
            String where = record.topic() + "/" + record.partition() + "@" + record.offset();
            String value = record.value() == null ? "" : new String(record.value(), StandardCharsets.UTF_8);
            out.collect(new Sequenced(-1, where, value, record.timestamp()));
        }

        @Override
        public TypeInformation<Sequenced> getProducedType() {
            return TypeInformation.of(Sequenced.class);
        }
    }

    /**
     * At-least-once to {@code topic}, keyed by the article's key: a record written again after a restore is the same
     * record under the same key, which readers upsert (exactly-once in effect, without waiting for a checkpoint).
     */
    private static KafkaSink<Stored> sink(ClusterConfig config, String topic, boolean assignments) {
        KafkaRecordSerializationSchema<Stored> schema = (Stored s, KafkaRecordSerializationSchema.KafkaSinkContext c, Long t) ->
                new ProducerRecord<>(topic, null, null, s.key().getBytes(StandardCharsets.UTF_8),
                        (assignments ? s.assignment() : s.article()).getBytes(StandardCharsets.UTF_8));
        return KafkaSink.<Stored>builder()
                .setBootstrapServers(config.bootstrapServers())
                .setRecordSerializer(schema)
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                .setProperty("enable.idempotence", "true")
                .setProperty("acks", "all")
                .build();
    }
}

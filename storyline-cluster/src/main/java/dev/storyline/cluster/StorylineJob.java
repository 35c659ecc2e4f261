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
 * Submit it with {@code flink run -c dev.storyline.cluster.StorylineJob storyline-cluster.jar CONFIG} (see the notes).
 */
public final class StorylineJob {

    private StorylineJob() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: StorylineJob CONFIG   (a --cluster properties file; keys: " + ClusterConfig.KEYS.keySet() + ")");
            System.exit(2);
        }
        ClusterConfig config = ClusterConfig.read(Path.of(args[0]));
        ClusterTopics.create(config);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(flinkConfiguration(config));
        define(env, config, false);
        env.execute("storyline");
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
                .fromSource(source.build(), WatermarkStrategy.noWatermarks(), "pages")
                .setParallelism(1)
                .map(new Sequencer()).name("number pages").setParallelism(1);
        // Pages are dealt to the analysis tasks by their number (hashed, not round the tasks at random): a replay
        // brings each to the task that saw it, whose name finder learnt (and checkpointed) from the same pages before.
        DataStream<Analysed> analysed = pages
                .keyBy(Sequenced::sequence, TypeInformation.of(Long.class))
                .map(new Analyse(config.today())).name("analyse").setParallelism(config.analysisParallelism());
        DataStream<Stored> stored = analysed
                .keyBy(a -> 0, TypeInformation.of(Integer.class))
                .process(new Assign(config.today())).name("assign events and stories").setParallelism(1).setMaxParallelism(1);

        stored.filter(s -> s.article() != null).name("articles and failures").setParallelism(1)
                .sinkTo(sink(config, config.articlesTopic(), false)).name("articles topic").setParallelism(1);
        stored.filter(s -> s.assignment() != null).name("articles only").setParallelism(1)
                .sinkTo(sink(config, config.assignmentsTopic(), true)).name("assignments topic").setParallelism(1);
        if (config.opensearchUrl() != null) {
            // One writer: the store's events are one ordered history, committed after the articles they name. A task
            // of its own (not chained to the ordered task), so that the ordered task goes on while the sink commits.
            stored.sinkTo(new StoreSink(config.opensearchUrl())).name("store on OpenSearch").setParallelism(1)
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

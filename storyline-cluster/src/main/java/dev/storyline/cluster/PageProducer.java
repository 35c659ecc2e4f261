package dev.storyline.cluster;

import dev.storyline.ingest.RawPage;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Writes raw pages to the pages topic: what {@code follow}, {@code ingest} and the API's POST do with
 * {@code --cluster}. Idempotent and acknowledged by every in-sync replica, so that a page acknowledged is in the log
 * once; a page sent twice (a re-run) is a duplicate the job recognises by its text or URL.
 */
public final class PageProducer implements AutoCloseable {

    private final KafkaProducer<String, String> producer;
    private final String topic;

    public PageProducer(ClusterConfig config) {
        this(config, java.time.Duration.ofMinutes(5));
    }

    /**
     * @param deliveryTimeout how long a send may wait for the broker (metadata, then the acknowledgement) before it
     *                        fails with the reason: minutes for a batch command, seconds for an API call waiting on it
     */
    public PageProducer(ClusterConfig config, java.time.Duration deliveryTimeout) {
        this.topic = config.pagesTopic();
        int delivery = (int) Math.max(2_000, deliveryTimeout.toMillis());
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024 + 4096,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd",
                // One request in flight: the topic's order is the order of assignment, and a retried batch can then
                // never land behind a later one; a starved broker (a loaded machine) gets minutes, not seconds.
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(60_000, delivery / 2),
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, delivery,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, delivery),
                new StringSerializer(), new StringSerializer());
    }

    /** Sends the page; the future completes once the log holds it. */
    public Future<RecordMetadata> send(RawPage page) {
        return producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>(topic, page.id(), PageRecords.line(page)));
    }

    /** Sends the page and waits until the log holds it. */
    public RecordMetadata sendAndWait(RawPage page) throws InterruptedException {
        try {
            return send(page).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka did not take page " + page.id() + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    /**
     * Sends every page and waits until the log holds them all; a page Kafka did not take fails the whole call, naming
     * it (after the others were tried).
     */
    public void sendAll(java.util.List<RawPage> pages) throws InterruptedException {
        java.util.List<Future<RecordMetadata>> sent = new java.util.ArrayList<>();
        for (RawPage page : pages) sent.add(send(page));
        producer.flush();
        java.util.List<String> refused = new java.util.ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            try {
                sent.get(i).get();
            } catch (ExecutionException e) {
                refused.add(pages.get(i).id() + " (" + e.getCause().getMessage() + ")");
            }
        }
        if (!refused.isEmpty()) {
            throw new IllegalStateException("Kafka did not take " + refused.size() + " of " + pages.size()
                    + " pages, first " + refused.get(0));
        }
    }

    /** Waits until every page sent is in the log. */
    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}

package dev.storyline.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.storyline.cluster.ClusterConfig;
import dev.storyline.cluster.ClusterTopics;
import dev.storyline.cluster.PageProducer;
import dev.storyline.ingest.IngestFailure;
import dev.storyline.ingest.Ingested;
import dev.storyline.ingest.InputReader;
import dev.storyline.ingest.RawPage;
import org.apache.kafka.clients.producer.RecordMetadata;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Articles posted to the API with {@code serve --cluster}: parsed as a JSON Lines record, as the embedded intake
 * does, then written to the cluster's pages topic instead of being analysed here. The answer waits for Kafka's
 * acknowledgement (every in-sync replica, idempotent producer), so a 202 means the page is in the log; the Flink job
 * analyses, stores and assigns it. A Kafka that does not take the page within {@code wait} is a 503 with the reason.
 */
final class ClusterIntake implements AutoCloseable {

    /** A page the pages topic holds: its id (the record's key) and where it is. */
    record Queued(String id, String topic, int partition, long offset) {
    }

    private final ClusterConfig config;
    private final Duration wait;
    private final PageProducer producer;
    private volatile boolean topicsReady;

    ClusterIntake(ClusterConfig config, Duration wait) {
        this.config = config;
        this.wait = wait;
        this.producer = new PageProducer(config, wait);
    }

    Queued submit(String body) {
        JsonNode record;
        try {
            record = RestApi.JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("malformed JSON: " + e.getOriginalMessage());
        }
        if (record == null) throw ApiError.badRequest("empty body: expected one JSON object");
        // Without an id of its own, the body's hash: posting the same body twice is the same page (the job keeps one).
        Ingested page = InputReader.page(record, "api-" + sha256(body).substring(0, 16), "POST /api/articles");
        if (page instanceof IngestFailure failure) throw ApiError.badRequest(failure.reason());
        RawPage raw = (RawPage) page;
        try {
            ensureTopics();
            RecordMetadata at = producer.sendAndWait(raw);
            return new Queued(raw.id(), at.topic(), at.partition(), at.offset());
        } catch (IllegalStateException e) {
            throw ApiError.unavailable("Kafka at " + config.bootstrapServers() + " did not take the page: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiError.unavailable("interrupted before Kafka acknowledged the page");
        }
    }

    /** The topics are created on the first post that reaches Kafka (the server starts whether or not Kafka is up). */
    private void ensureTopics() throws InterruptedException {
        if (topicsReady) return;
        ClusterTopics.create(config, wait);
        topicsReady = true;
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}

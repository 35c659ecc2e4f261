package dev.storyline.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.CommitListener;
import dev.storyline.StoredEvents;
import dev.storyline.cluster.ClusterConfig;
import dev.storyline.cluster.LocalKafka;
import dev.storyline.cluster.PageRecords;
import dev.storyline.entities.EmbeddedEntityRegistry;
import dev.storyline.ingest.RawPage;
import dev.storyline.store.LuceneArticleStore;
import dev.storyline.summaries.EventSummariser;
import dev.storyline.summaries.InMemorySummaryStore;
import dev.storyline.summaries.SummaryUpdater;
import dev.storyline.events.TermAnalyzer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code serve --cluster CONFIG}: the API's POST sends the page to the cluster's pages topic (the in-JVM KRaft
 * broker) instead of analysing it into the store, answers 202 once Kafka holds it, and 503 with the reason when Kafka
 * does not take it. Writes still need the token. The server is given no pipeline: nothing is analysed here.
 */
class PostToClusterTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "cluster-token-for-tests";
    private static final String RECORD = "{\"id\":\"p1\",\"url\":\"https://example.org/2022/01/20/seisme\","
            + "\"title\":\"Séisme\",\"text\":\"Un séisme a frappé la ville mardi.\"}";

    @TempDir
    static Path data;
    static LocalKafka kafka;
    static ClusterConfig config;
    static LuceneArticleStore store;
    static StoredEvents events;
    static StorylineServer server;

    @BeforeAll
    static void start() throws Exception {
        kafka = new LocalKafka();
        config = ClusterConfig.of(kafka.bootstrapServers()).withTopics("api", 1, (short) 1);
        store = LuceneArticleStore.open(data);
        events = StoredEvents.open(data, store);
        server = serverFor(config, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) server.close();
        if (events != null) events.close();
        if (store != null) store.close();
        if (kafka != null) kafka.close();
    }

    private static StorylineServer serverFor(ClusterConfig cluster, Duration wait) {
        SummaryUpdater summaries = new SummaryUpdater(store, events, new InMemorySummaryStore(), new EventSummariser(new TermAnalyzer()));
        return new StorylineServer(store, events, null, EmbeddedEntityRegistry.inMemory(), CommitListener.NONE, List.of(),
                new AccessControl(TOKEN, false), summaries, cluster, wait).start("127.0.0.1", 0);
    }

    @Test
    void aPostedArticleIsAnswered202WithItsKeyOnceThePagesTopicHoldsIt() throws Exception {
        HttpResponse<String> answer = post(server, RECORD, TOKEN);

        assertEquals(202, answer.statusCode(), answer.body());
        JsonNode body = JSON.readTree(answer.body());
        assertEquals("queued", body.get("status").asText());
        assertEquals("p1", body.get("key").asText());
        assertEquals(config.pagesTopic(), body.get("topic").asText());
        ConsumerRecord<String, String> held = kafka.readAll(config.pagesTopic()).stream()
                .filter(r -> r.offset() == body.get("offset").asLong()).findFirst().orElseThrow();
        assertEquals("p1", held.key());
        RawPage page = (RawPage) PageRecords.read(held.value(), "test");
        assertEquals("Un séisme a frappé la ville mardi.", page.content());
        assertEquals("https://example.org/2022/01/20/seisme", page.url());
        assertEquals(0, store.count(), "nothing analysed into the store here");
    }

    @Test
    void theSameBodyPostedTwiceWithoutAnIdIsTheSamePage() throws Exception {
        String noId = "{\"url\":\"https://example.org/b\",\"text\":\"Un autre texte, sans identifiant.\"}";
        JsonNode first = JSON.readTree(post(server, noId, TOKEN).body());
        JsonNode second = JSON.readTree(post(server, noId, TOKEN).body());

        assertTrue(first.get("key").asText().startsWith("api-"), first.toString());
        assertEquals(first.get("key"), second.get("key"), "the job keeps one of the two");
    }

    @Test
    void aPostWithoutTheTokenIs401AndQueuesNothing() throws Exception {
        long before = kafka.count(config.pagesTopic());
        HttpResponse<String> answer = post(server, RECORD, null);

        assertEquals(401, answer.statusCode());
        assertEquals(before, kafka.count(config.pagesTopic()));
    }

    @Test
    void aMalformedBodyIs400AndQueuesNothing() throws Exception {
        long before = kafka.count(config.pagesTopic());
        HttpResponse<String> answer = post(server, "{not json", TOKEN);

        assertEquals(400, answer.statusCode());
        assertTrue(answer.body().contains("malformed JSON"), answer.body());
        assertEquals(before, kafka.count(config.pagesTopic()));
    }

    @Test
    void whenKafkaIsUnreachableAPostIs503WithTheReason() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        StorylineServer cut = serverFor(ClusterConfig.of("127.0.0.1:" + closed).withTopics("none", 1, (short) 1),
                Duration.ofSeconds(3));
        try {
            HttpResponse<String> answer = post(cut, RECORD, TOKEN);

            assertEquals(503, answer.statusCode(), answer.body());
            String error = JSON.readTree(answer.body()).get("error").asText();
            assertTrue(error.startsWith("Kafka at 127.0.0.1:" + closed), error);
        } finally {
            cut.close();
        }
    }

    private static HttpResponse<String> post(StorylineServer to, String body, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + to.port() + "/api/articles"))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) request.header("Authorization", "Bearer " + token);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

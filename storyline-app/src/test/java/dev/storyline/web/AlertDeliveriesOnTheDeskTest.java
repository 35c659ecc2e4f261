package dev.storyline.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.Pipeline;
import dev.storyline.StoredEvents;
import dev.storyline.alerts.Alert;
import dev.storyline.alerts.AlertEvaluator;
import dev.storyline.alerts.AlertKind;
import dev.storyline.alerts.BreakingDetector;
import dev.storyline.alerts.Delivery;
import dev.storyline.alerts.Frequency;
import dev.storyline.alerts.Match;
import dev.storyline.alerts.delivery.Deliverer;
import dev.storyline.alerts.delivery.Delivering;
import dev.storyline.web.DeliveryModule;
import dev.storyline.alerts.delivery.DeskLinks;
import dev.storyline.alerts.delivery.OutboxStatus;
import dev.storyline.alerts.delivery.OutboxStore;
import dev.storyline.alerts.delivery.StoryLabels;
import dev.storyline.entities.EmbeddedEntityRegistry;
import dev.storyline.store.LuceneArticleStore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The desk with delivery: the Alerts page shows parked deliveries and their reasons, the feed and status routes answer. */
class AlertDeliveriesOnTheDeskTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;
    LuceneArticleStore store;
    StoredEvents events;
    AlertEvaluator alerts;
    StorylineServer server;

    @BeforeEach
    void start() throws Exception {
        EmbeddedEntityRegistry registry = EmbeddedEntityRegistry.inMemory();
        store = LuceneArticleStore.open(data);
        events = StoredEvents.open(data, store);
        alerts = AlertEvaluator.open(data, store, events, BreakingDetector.NO_FACTORY);
        OutboxStore outbox = OutboxStore.in(data);
        server = new StorylineServer(store, events, Pipeline.standard(LocalDate.of(2026, 12, 4), registry), registry, alerts,
                List.of(new AlertsModule(alerts, new OutboxStatus(outbox)),
                        new DeliveryModule(alerts.registry(), alerts.log(), outbox, DeskLinks.unknown(), Clock.systemUTC())))
                .start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        alerts.close();
        events.close();
        store.close();
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aParkedDeliveryIsOnTheAlertsPageWithItsReasonAndCanBeQueuedAgain() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        Alert alert = alerts.registry().add(Alert.story("Quake story", "s1",
                new Delivery(Frequency.AS_IT_HAPPENS, URI.create("http://127.0.0.1:" + closed + "/hook"), "secret", List.of()), Instant.now()));
        alerts.log().append(List.of(new Match(alert.id() + ":k1", alert.id(), alert.name(), AlertKind.STORY, "k1", 1, "e1", "s1",
                "Aftershock <b>hits</b>", "https://news.test/1", "wire", "en", "2026-12-04", "story s1: new event", Instant.now())));
        Deliverer deliverer = new Delivering(Optional.empty(), DeskLinks.unknown(), true, 1)
                .deliverer(data, alerts.registry(), alerts.log(), StoryLabels.none());
        assertEquals(1, deliverer.pass(Duration.ofSeconds(20), a -> { }).parked());

        Document page = Jsoup.parse(send("GET", "/alerts").body());
        String section = page.getElementById(alert.id()).text();
        assertTrue(section.contains("parked " + alert.id() + ":k1 (1 match): could not post to 127.0.0.1"), section);
        assertNotNull(page.selectFirst("a[href=/alerts/" + alert.id() + "/feed.atom]"), "the alert's feed is linked");

        JsonNode status = JSON.readTree(send("GET", "/api/alerts/" + alert.id() + "/deliveries").body());
        assertEquals("parked", status.at("/channels/0/last/outcome").asText());
        assertEquals(alert.id() + ":k1", status.at("/channels/0/parked/0/matches/0").asText());
        assertTrue(send("GET", "/alerts/" + alert.id() + "/feed.atom").body().contains("Aftershock &lt;b&gt;hits&lt;/b&gt;"));

        assertEquals(1, JSON.readTree(send("POST", "/api/alerts/" + alert.id() + "/deliveries/retry").body()).get("retried").asInt());
        JsonNode after = JSON.readTree(send("GET", "/api/alerts/" + alert.id() + "/deliveries").body());
        assertEquals(1, after.at("/channels/0/queued").asInt());
        assertEquals(0, after.at("/channels/0/parked").size());
    }
}

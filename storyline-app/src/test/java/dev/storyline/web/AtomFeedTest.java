package dev.storyline.web;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import dev.storyline.alerts.Alert;
import dev.storyline.alerts.AlertKind;
import dev.storyline.alerts.Delivery;
import dev.storyline.alerts.EmbeddedAlertRegistry;
import dev.storyline.alerts.JsonlMatchLog;
import dev.storyline.alerts.Match;
import dev.storyline.alerts.delivery.DeskLinks;
import dev.storyline.alerts.delivery.OutboxStore;
import io.javalin.Javalin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The alert feeds, served by the delivery module on a real server, parsed back as Atom 1.0 by Rome. */
class AtomFeedTest {

    private static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");

    @TempDir
    Path dir;

    private EmbeddedAlertRegistry registry;
    private JsonlMatchLog log;
    private Javalin server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        registry = EmbeddedAlertRegistry.open(dir.resolve("alerts"));
        log = JsonlMatchLog.open(dir.resolve("alerts"));
    }

    private void serve(DeskLinks publicUrl) {
        DeliveryModule module = new DeliveryModule(registry, log, OutboxStore.in(dir), publicUrl, Clock.systemUTC());
        server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            module.routes(config.routes);
        }).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null) server.stop();
        log.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Feed parse(String xml) throws Exception {
        return (Feed) new WireFeedInput().build(new InputSource(new StringReader(xml)));
    }

    private static Match match(Alert alert, int n, String title, Instant at) {
        return new Match(alert.id() + ":k" + n, alert.id(), alert.name(), alert.kind(), "k" + n, n, "e" + n, "s" + (n % 2),
                title, "https://news.test/" + n, "Example News", "fr", "2026-12-04", "story s1: new event", at);
    }

    @Test
    void anAlertsFeedIsAtomWithTheLatestHundredMatchesNewestFirstLinkingToTheDesk() throws Exception {
        Alert alert = registry.add(Alert.story("Quake", "s1", Delivery.feedOnly(), T0));
        List<Match> matches = new ArrayList<>();
        for (int i = 1; i <= 120; i++) matches.add(match(alert, i, "Report " + i, T0.plusSeconds(i)));
        log.append(matches);
        serve(DeskLinks.unknown());

        HttpResponse<String> response = get("/alerts/" + alert.id() + "/feed.atom");

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        Feed feed = parse(response.body());
        assertEquals("atom_1.0", feed.getFeedType());
        assertEquals("Storyline alert: Quake", feed.getTitle());
        List<Entry> entries = feed.getEntries();
        assertEquals(100, entries.size());
        assertEquals("Report 120", entries.get(0).getTitle());
        assertEquals("Report 21", entries.get(99).getTitle());
        Entry newest = entries.get(0);
        assertEquals("tag:storyline,2026:match:" + alert.id() + ":k120", newest.getId());
        assertEquals(T0.plusSeconds(120), newest.getUpdated().toInstant());
        String base = "http://127.0.0.1:" + server.port();
        assertEquals(base + "/articles/k120", newest.getAlternateLinks().get(0).getHref());
        assertEquals(List.of(base + "/stories/s0"), newest.getOtherLinks().stream()
                .filter(l -> l.getRel().equals("related")).map(Link::getHref).toList());
        assertEquals(T0.plusSeconds(120), feed.getUpdated().toInstant());
    }

    @Test
    void theBreakingFeedHoldsTheMatchesOfEveryBreakingAlertUnderThePublicUrl() throws Exception {
        Alert breaking = registry.add(Alert.breaking("Breaking", Delivery.feedOnly(), T0));
        Alert other = registry.add(Alert.story("Quake", "s1", Delivery.feedOnly(), T0));
        log.append(List.of(match(breaking, 1, "Floods in the north", T0.plusSeconds(10)),
                match(other, 2, "Not breaking", T0.plusSeconds(20)),
                match(breaking, 3, "Strike at the port", T0.plusSeconds(30))));
        serve(new DeskLinks("https://desk.newsroom.test/"));

        Feed feed = parse(get("/alerts/breaking/feed.atom").body());

        assertEquals(List.of("Strike at the port", "Floods in the north"), feed.getEntries().stream().map(Entry::getTitle).toList());
        assertEquals("https://desk.newsroom.test/articles/k3", feed.getEntries().get(0).getAlternateLinks().get(0).getHref());
        assertEquals("https://desk.newsroom.test/alerts/breaking/feed.atom", feed.getOtherLinks().get(0).getHref());
        assertEquals(AlertKind.BREAKING, breaking.kind());
    }

    @Test
    void markupAndControlCharactersInATitleStayTextInTheFeed() throws Exception {
        Alert alert = registry.add(Alert.story("Quake", "s1", Delivery.feedOnly(), T0));
        String hostile = "<b>Bold</b> & </title><script>x</script>\u0001 ]]>";
        log.append(List.of(match(alert, 1, hostile, T0)));
        serve(DeskLinks.unknown());

        String xml = get("/alerts/" + alert.id() + "/feed.atom").body();

        assertEquals("<b>Bold</b> & </title><script>x</script> ]]>", parse(xml).getEntries().get(0).getTitle());
        assertTrue(!xml.contains("<script>"), xml);
    }

    @Test
    void anUnknownAlertHasNoFeed() throws Exception {
        serve(DeskLinks.unknown());

        HttpResponse<String> response = get("/alerts/a000000000000/feed.atom");

        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("no alert with id 'a000000000000'"), response.body());
    }

    @Test
    void aHostHeaderThatIsNoHostNameIsNotUsedInTheLinks() throws Exception {
        Alert alert = registry.add(Alert.story("Quake", "s1", Delivery.feedOnly(), T0));
        log.append(List.of(match(alert, 1, "Report", T0)));
        serve(DeskLinks.unknown());
        java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port());
        socket.getOutputStream().write(("GET /alerts/" + alert.id() + "/feed.atom HTTP/1.1\r\nHost: evil_under.test\r\n"
                + "Connection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        socket.close();

        assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
        assertTrue(!answer.contains("evil"), answer);
        assertTrue(answer.contains("http://localhost/articles/k1"), answer);
    }

    @Test
    void aReaderThatHasTheFeedAlreadyIsAnswered304UntilANewMatchArrives() throws Exception {
        Alert alert = registry.add(Alert.story("Quake", "s1", Delivery.feedOnly(), T0));
        log.append(List.of(match(alert, 1, "Report 1", T0)));
        serve(DeskLinks.unknown());
        String path = "/alerts/" + alert.id() + "/feed.atom";
        String etag = get(path).headers().firstValue("ETag").orElseThrow();
        HttpRequest again = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).header("If-None-Match", etag).build();

        assertEquals(304, http.send(again, HttpResponse.BodyHandlers.ofString()).statusCode());
        log.append(List.of(match(alert, 2, "Report 2", T0.plusSeconds(60))));
        HttpResponse<String> changed = http.send(again, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, changed.statusCode());
        assertEquals("Report 2", parse(changed.body()).getEntries().get(0).getTitle());
    }
}

package dev.storyline.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.CommitListener;
import dev.storyline.Pipeline;
import dev.storyline.StoredEvents;
import dev.storyline.entities.EmbeddedEntityRegistry;
import dev.storyline.sources.EmbeddedSourceRegistry;
import dev.storyline.sources.Fetchers;
import dev.storyline.sources.Follower;
import dev.storyline.sources.Frontier;
import dev.storyline.sources.LoopbackOutlets;
import dev.storyline.sources.Schedule;
import dev.storyline.sources.SourceSettings;
import dev.storyline.sources.Sources;
import dev.storyline.sources.archive.WarcArchive;
import dev.storyline.sources.fetch.FetchPolicy;
import dev.storyline.store.LuceneArticleStore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Sources page and API of a server that follows its sources as {@code storyline run} does: an outlet added from
 * the page has its feeds found, and its articles appear in the stories with nothing else done.
 */
class SourcesDeskTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @TempDir
    static Path data;
    static LoopbackOutlets outlets;
    static LuceneArticleStore store;
    static StoredEvents events;
    static Frontier frontier;
    static WarcArchive archive;
    static Fetchers fetchers;
    static StorylineServer server;
    static Follower follower;
    static Thread following;

    @BeforeAll
    static void start() throws Exception {
        outlets = LoopbackOutlets.start(List.of(new LoopbackOutlets.Spec("Le Courrier du Val", "fr", 3),
                new LoopbackOutlets.Spec("The Northwick Herald", "en", 2)));
        store = LuceneArticleStore.open(data);
        EmbeddedEntityRegistry entities = EmbeddedEntityRegistry.inMemory();
        events = StoredEvents.open(data, store);
        frontier = Frontier.open(data);
        archive = WarcArchive.open(data);
        fetchers = new Fetchers(FetchPolicy.defaults().withMinDelayPerHost(Duration.ofMillis(20)).withAllowPrivateAddresses(true));
        Sources sources = new Sources(EmbeddedSourceRegistry.open(data), fetchers, Clock.systemUTC());
        Pipeline pipeline = Pipeline.standard(LocalDate.now(), entities);
        server = new StorylineServer(store, events, pipeline, entities, CommitListener.NONE,
                List.of(new SourcesDesk(sources, SourceSettings.DEFAULTS.withAllowPrivateAddresses(true), Clock.systemUTC())))
                .start("127.0.0.1", 0);
        follower = new Follower(sources, frontier, fetchers, archive, pipeline, store, events, entities, 1,
                CommitListener.NONE, server.writerLock(), new Follower.Options(Schedule.DEFAULT, Duration.ofDays(7), 4, 3),
                Clock.systemUTC());
        following = new Thread(() -> {
            try {
                follower.followUntilStopped(ack -> { }, line -> { });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        following.start();
    }

    @AfterAll
    static void stop() throws Exception {
        follower.stop();
        following.join(30_000);
        server.close();
        fetchers.close();
        archive.close();
        frontier.close();
        events.close();
        store.close();
        outlets.close();
    }

    @Test
    void anOutletAddedFromThePageShowsItsFeedsAndItsArticlesAppearInTheStories() throws Exception {
        LoopbackOutlets.Outlet fr = outlets.outlet(0);
        HttpResponse<String> added = form("/sources", "url=" + enc(fr.homepage().toString()));
        assertEquals(303, added.statusCode());
        assertTrue(added.headers().firstValue("Location").orElseThrow().startsWith("/sources?added="));

        Document page = Jsoup.parse(get("/sources").body());
        String row = page.select("table.sources tbody tr").text();
        assertTrue(row.contains("homepage") && row.contains(fr.rss().toString()) && row.contains(fr.jsonFeed().toString()), row);

        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        JsonNode source = sourceAt(fr.homepage());
        while (source.get("articlesToday").asInt() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            source = sourceAt(fr.homepage());
        }
        assertEquals(3, source.get("articlesToday").asInt(), "the outlet's three articles were fetched and stored: " + source);
        JsonNode stories = JSON.readTree(get("/api/stories").body());
        String titles = stories.get("stories").toString();
        assertTrue(titles.contains("familles"), "the French articles are in the stories: " + titles);
    }

    @Test
    void theApiAddsListsAndRemovesSourcesAndNamesABadUrl() throws Exception {
        LoopbackOutlets.Outlet en = outlets.outlet(1);
        HttpResponse<String> created = post("/api/sources", "{\"url\":\"" + en.rss() + "\",\"name\":\"Herald\"}");
        assertEquals(201, created.statusCode(), created.body());
        JsonNode body = JSON.readTree(created.body());
        assertEquals("feed", body.get("kind").asText());
        assertEquals("added", body.get("status").asText());
        assertEquals(200, post("/api/sources", "{\"url\":\"" + en.rss() + "\"}").statusCode(), "the same URL again changes nothing");

        HttpResponse<String> bad = post("/api/sources", "{\"url\":\"not a url\"}");
        assertEquals(400, bad.statusCode());
        assertTrue(JSON.readTree(bad.body()).get("error").asText().contains("not a url"), bad.body());

        String id = body.get("id").asText();
        assertEquals(204, delete("/api/sources/" + id).statusCode());
        assertEquals(404, delete("/api/sources/" + id).statusCode());
    }

    @Test
    void aSourceThatCannotBeFetchedIsRefusedWithItsReasonOnThePage() throws Exception {
        String url = outlets.outlet(0).base().resolve("/no-such-feed.xml").toString();
        HttpResponse<String> refused = form("/sources", "url=" + enc(url));
        String location = refused.headers().firstValue("Location").orElseThrow();
        Document page = Jsoup.parse(get(location).body());
        String error = page.select("p.error").text();
        assertTrue(error.contains(url) && error.contains("404"), error);
    }

    @Test
    void whatASourceSaysIsEscapedOnThePage() throws Exception {
        HttpResponse<String> created = post("/api/sources", "{\"url\":\"" + outlets.outlet(1).atom() + "\",\"name\":\"<script>alert(1)</script>\"}");
        assertEquals(201, created.statusCode(), created.body());
        Document page = Jsoup.parse(get("/sources").body());
        assertNull(page.selectFirst("main script"));
        assertTrue(page.text().contains("<script>alert(1)</script>"));
        delete("/api/sources/" + JSON.readTree(created.body()).get("id").asText());
    }

    private static JsonNode sourceAt(URI url) throws IOException, InterruptedException {
        for (JsonNode s : JSON.readTree(get("/api/sources").body()).get("sources")) if (s.get("url").asText().equals(url.toString())) return s;
        throw new AssertionError("no source " + url);
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> form(String path, String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> delete(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

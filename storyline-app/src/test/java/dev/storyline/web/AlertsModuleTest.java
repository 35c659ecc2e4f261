package dev.storyline.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.AnalyzedArticle;
import dev.storyline.Pipeline;
import dev.storyline.StoredEvents;
import dev.storyline.alerts.AlertEvaluator;
import dev.storyline.alerts.BreakingDetector;
import dev.storyline.alerts.DeliveryStatus;
import dev.storyline.entities.EmbeddedEntityRegistry;
import dev.storyline.extract.Article;
import dev.storyline.store.ArticleIdentity;
import dev.storyline.store.ArticleStore;
import dev.storyline.store.LuceneArticleStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The alerts' REST API and page, on a server over a real store in a temporary folder (loopback, port 0). */
class AlertsModuleTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;
    LuceneArticleStore store;
    StoredEvents events;
    AlertEvaluator alerts;
    StorylineServer server;

    private static Pipeline pipeline;
    private static final EmbeddedEntityRegistry REGISTRY = EmbeddedEntityRegistry.inMemory();

    @BeforeAll
    static void pipeline() {
        // Its models load lazily: these tests post no article, so none is loaded; built once for all tests anyway.
        pipeline = Pipeline.standard(LocalDate.of(2022, 1, 20), REGISTRY);
    }

    @BeforeEach
    void start() throws Exception {
        store = LuceneArticleStore.open(data);
        events = StoredEvents.open(data, store);
        alerts = AlertEvaluator.open(data, store, events, BreakingDetector.NO_FACTORY);
        server = new StorylineServer(store, events, pipeline, REGISTRY, alerts,
                List.of(new AlertsModule(alerts, DeliveryStatus.NONE))).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        alerts.close();
        events.close();
        store.close();
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (contentType != null) r.header("Content-Type", contentType);
        r.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send("GET", path, null, null);
    }

    private HttpResponse<String> postJson(String body) throws Exception {
        return send("POST", "/api/alerts", "application/json", body);
    }

    /** Stores the article with its event, then tells the evaluator, as ingestion does. */
    private void ingest(AnalyzedArticle a) throws Exception {
        String key = ArticleIdentity.of(a.article()).key();
        if (store.add(a) == ArticleStore.Added.ADDED) events.assign(key, store.lastSequence(), a);
        store.commit();
        events.commit();
        alerts.committed();
    }

    private static AnalyzedArticle article(String id, String title, String text) {
        return new AnalyzedArticle(new Article(id, "https://example.org/" + id, "wire", title, "2022-01-13", List.of(), null,
                "en", text), List.of(), List.of());
    }

    @Test
    void aQueryThatDoesNotParseIsRefusedWithTheParsersReason() throws Exception {
        HttpResponse<String> r = postJson("{\"name\":\"broken\",\"kind\":\"search\",\"search\":{\"query\":\"tokayev AND (csto\"}}");

        assertEquals(400, r.statusCode());
        String error = JSON.readTree(r.body()).path("error").asText();
        assertTrue(error.contains("alert 'broken'") && error.contains("invalid query"), error);
        assertEquals(0, alerts.registry().list().size());
    }

    @Test
    void malformedOrIncompleteBodiesAreRefusedSayingWhy() throws Exception {
        assertEquals(400, postJson("{\"name\":").statusCode());
        assertTrue(postJson("{\"name\":\"x\"}").body().contains("'kind' is missing"));
        assertTrue(postJson("{\"name\":\"x\",\"kind\":\"weather\"}").body().contains("'kind' must be one of search, entity, story, breaking"));
        assertTrue(postJson("{\"name\":\"x\",\"kind\":\"entity\"}").body().contains("needs an entity key"));
        assertTrue(postJson("{\"name\":\"x\",\"kind\":\"breaking\",\"delivery\":{\"webhook\":\"ftp://h/x\"}}").body().contains("http or https"));
        assertTrue(postJson("{\"name\":\"x\",\"kind\":\"breaking\",\"delivery\":{\"frequency\":\"weekly\"}}").body().contains("as-it-happens, hourly, daily"));
        assertEquals(0, alerts.registry().list().size());
    }

    @Test
    void anAlertCreatedThroughTheApiIsListedShownAndDeleted() throws Exception {
        HttpResponse<String> created = postJson("{\"name\":\"quakes\",\"kind\":\"search\",\"search\":{\"query\":\"earthquake\",\"language\":\"en\"},"
                + "\"delivery\":{\"frequency\":\"hourly\",\"webhook\":\"http://127.0.0.1:9/hook\",\"email\":[\"desk@example.org\"]}}");
        assertEquals(201, created.statusCode(), created.body());
        JsonNode alert = JSON.readTree(created.body());
        String id = alert.path("id").asText();
        assertEquals(64, alert.path("delivery").path("webhookSecret").asText().length(), "the secret is shown at creation");

        JsonNode listed = JSON.readTree(get("/api/alerts").body()).path("alerts");
        assertEquals(1, listed.size());
        assertEquals("hourly", listed.get(0).path("delivery").path("frequency").asText());
        assertTrue(listed.get(0).path("delivery").path("webhookSecret").isMissingNode(), "and never again");
        assertEquals("quakes", JSON.readTree(get("/api/alerts/" + id).body()).path("name").asText());

        assertEquals(204, send("DELETE", "/api/alerts/" + id, null, null).statusCode());
        assertEquals(404, get("/api/alerts/" + id).statusCode());
    }

    @Test
    void matchesOfAnAlertAreServedNewestLast() throws Exception {
        String id = JSON.readTree(postJson("{\"name\":\"quakes\",\"kind\":\"search\",\"search\":{\"query\":\"earthquake\"}}").body()).path("id").asText();
        ingest(article("q1", "Earthquake in Chile", "A strong earthquake struck Chile."));
        ingest(article("f1", "Floods in Lima", "Rain flooded Lima."));
        ingest(article("q2", "Earthquake in Peru", "An earthquake struck Peru."));

        JsonNode matches = JSON.readTree(get("/api/alerts/" + id + "/matches").body()).path("matches");
        assertEquals(List.of("Earthquake in Chile", "Earthquake in Peru"), List.of(matches.get(0).path("title").asText(), matches.get(1).path("title").asText()));
        assertEquals(400, get("/api/alerts/" + id + "/matches?limit=lots").statusCode());
    }

    @Test
    void theAlertsPageEscapesHostileArticleTitles() throws Exception {
        postJson("{\"name\":\"<b>quakes</b>\",\"kind\":\"search\",\"search\":{\"query\":\"earthquake\"}}");
        ingest(article("evil", "<script>alert('x')</script><img src=x onerror=alert(1)> earthquake", "An earthquake struck."));

        String page = get("/alerts").body();
        assertFalse(page.contains("<script"), "no script element");
        assertFalse(page.contains("<img"), "no injected image");
        assertFalse(page.contains("<b>quakes"), "the alert's name is text too");
        assertTrue(page.contains("&lt;script&gt;alert('x')&lt;/script&gt;"), "the title is shown, as text");
        assertTrue(page.contains("href=\"/articles/"), "the match links to its article");
    }

    @Test
    void oneClickOnASearchSavesItAsAnAlertAndComesBackToTheAlertsPage() throws Exception {
        String search = get("/search?q=earthquake&language=en").body();
        assertTrue(search.contains("action=\"/alerts\"") && search.contains("Save as alert"), "the search page offers it");

        String form = "kind=search&q=" + URLEncoder.encode("earthquake OR tsunami", StandardCharsets.UTF_8) + "&language=en";
        HttpResponse<String> r = send("POST", "/alerts", "application/x-www-form-urlencoded", form);

        assertEquals(303, r.statusCode());
        var alert = alerts.registry().list().get(0);
        assertTrue(r.headers().firstValue("Location").orElse("").startsWith("/alerts?created=" + alert.id()));
        assertEquals("earthquake OR tsunami", alert.search().query());
        assertEquals("en", alert.search().language());
        assertEquals("search: earthquake OR tsunami · language en", alert.name());
    }

    @Test
    void aFormWithABadQueryIsRefusedOnAPageSayingWhy() throws Exception {
        HttpResponse<String> r = send("POST", "/alerts", "application/x-www-form-urlencoded", "kind=search&q=%22unclosed");

        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("invalid query"), r.body());
    }

    @Test
    void entityAndStoryPagesOfferToWatchAndToFollowInOneClick() throws Exception {
        String text = "Kassym-Jomart Tokayev thanked the CSTO.";
        AnalyzedArticle a = new AnalyzedArticle(new Article("t1", null, "wire", "Tokayev thanks the CSTO", "2022-01-13", List.of(), null,
                "en", text), List.of(new dev.storyline.entities.EntityMention("Kassym-Jomart Tokayev", "PER", 0, 21, "PER:kassym-jomart-tokayev")), List.of());
        ingest(a);
        String story = events.store().assignment(ArticleIdentity.of(a.article()).key()).orElseThrow().assignment().storyId();

        String entityPage = get("/entities/PER:kassym-jomart-tokayev").body();
        assertTrue(entityPage.contains("name=\"watch\" value=\"PER:kassym-jomart-tokayev\"") && entityPage.contains("Watch"), entityPage);
        String storyPage = get("/stories/" + story).body();
        assertTrue(storyPage.contains("name=\"story\" value=\"" + story + "\"") && storyPage.contains("Follow story"), storyPage);

        HttpResponse<String> r = send("POST", "/alerts", "application/x-www-form-urlencoded", "kind=entity&watch=PER%3Akassym-jomart-tokayev");
        assertEquals(303, r.statusCode());
        assertEquals("PER:kassym-jomart-tokayev", alerts.registry().list().get(0).entity());
    }
}

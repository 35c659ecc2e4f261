package dev.storyline.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.Pipeline;
import dev.storyline.StoredEvents;
import dev.storyline.entities.EmbeddedEntityRegistry;
import dev.storyline.opensearch.OpenSearchArticleStore;
import dev.storyline.opensearch.OpenSearchEventStore;
import dev.storyline.opensearch.OpenSearchLocation;
import dev.storyline.opensearch.TestCluster;
import dev.storyline.store.ArticleIdentity;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same server, pages and REST API over the store on OpenSearch (the two-node test cluster) instead of the
 * embedded one, through HTTP on a free loopback port: what `storyline serve --store opensearch://…` runs.
 */
class OpenSearchServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static OpenSearchArticleStore store;
    static StoredEvents events;
    static StorylineServer server;
    static String frenchKey;

    @BeforeAll
    static void start() throws IOException {
        OpenSearchLocation location = TestCluster.shared().freshLocation();
        store = OpenSearchArticleStore.open(location);
        store.add(Articles.french());
        store.add(Articles.english());
        store.commit();
        frenchKey = ArticleIdentity.of(Articles.french().article()).key();
        // Stored without events, as a store that only the articles' sink wrote: the server assigns them.
        events = StoredEvents.open(OpenSearchEventStore.opener(location), store);
        EmbeddedEntityRegistry registry = EmbeddedEntityRegistry.inMemory();
        server = new StorylineServer(store, events, Pipeline.standard(LocalDate.of(2022, 1, 20), registry), registry)
                .start("127.0.0.1", 0);
        StorylineServerTest.awaitStories(server);
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        events.close();
        store.close();
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(String path) throws IOException, InterruptedException {
        return JSON.readTree(get(path).body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void searchReturnsHitsAndFacets() throws Exception {
        JsonNode body = json("/api/search?q=Tokayev");
        assertEquals(2, body.get("total").asInt());
        assertEquals(1, body.at("/facets/language/fr").asInt());
        assertEquals(2, body.at("/facets/entity/" + Articles.TOKAYEV.replace("/", "~1")).asInt());
        assertEquals("fr-1", json("/api/search?language=fr").at("/hits/0/id").asText());
        assertEquals(1, json("/api/search?from=2022-01-14&to=2022-01-31").get("total").asInt());
    }

    @Test
    void aBadQueryIsAJsonErrorNamingIt() throws Exception {
        HttpResponse<String> r = get("/api/search?q=" + enc("\"unclosed"));
        assertEquals(400, r.statusCode());
        assertTrue(JSON.readTree(r.body()).get("error").asText().contains("invalid query"), r.body());
    }

    @Test
    void articleByKeyAndUnknownKey() throws Exception {
        assertEquals("Poutine et Tokayev", json("/api/articles/" + frenchKey).get("title").asText());
        assertEquals(404, get("/api/articles/no-such-key").statusCode());
    }

    @Test
    void entityCountsItsArticlesInTheStore() throws Exception {
        assertEquals(2, json("/api/entities/" + enc(Articles.TOKAYEV)).get("articles").asInt());
    }

    @Test
    void everyStoredArticleIsInExactlyOneEventOfOneStory() throws Exception {
        JsonNode feed = json("/api/stories?limit=1000");
        List<String> keys = new ArrayList<>();
        for (JsonNode story : feed.get("stories")) {
            for (JsonNode event : json("/api/stories/" + story.get("id").asText()).get("eventList")) {
                for (JsonNode a : event.get("articles")) keys.add(a.get("key").asText());
            }
        }
        assertEquals(2, keys.size());
        assertEquals(2, keys.stream().distinct().count());
        assertTrue(events.store().assignment(frenchKey).isPresent(), "the assignments are in OpenSearch");
    }

    @Test
    void theDeskPagesRender() throws Exception {
        assertEquals(2, Jsoup.parse(get("/search?q=Tokayev").body()).select("li.hit").size());
        assertEquals(200, get("/stories").statusCode());
        assertEquals(200, get("/articles/" + frenchKey).statusCode());
    }
}

package dev.storyline.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.AnalyzedArticle;
import dev.storyline.StoredEvents;
import dev.storyline.entities.EmbeddedEntityRegistry;
import dev.storyline.entities.EntityMention;
import dev.storyline.entities.Observation;
import dev.storyline.extract.Article;
import dev.storyline.store.LuceneArticleStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API's and the desk's entity filter after a re-key: an article stored while Jean Dupont was keyed
 * {@code PER:j-dupont} is found by his current key {@code PER:jean-dupont}, and by the former one. No pipeline: nothing
 * is analysed here.
 */
class SearchByFormerKeyTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path data;
    static LuceneArticleStore store;
    static StoredEvents events;
    static StorylineServer server;

    private static AnalyzedArticle naming(String id, String published, String text, String key) {
        int at = text.indexOf("Dupont");
        return new AnalyzedArticle(new Article(id, "https://example.org/" + id, "Example", "Dupont " + id, published, List.of(),
                null, "fr", text), List.of(new EntityMention("Dupont", "PER", at, at + 6, key)), List.of());
    }

    @BeforeAll
    static void start() throws Exception {
        EmbeddedEntityRegistry registry = EmbeddedEntityRegistry.inMemory();
        registry.observe(new Observation("PER:j-dupont", "PER", "J. Dupont", "j dupont", "fr", "new", LocalDate.of(2022, 1, 16), List.of(), null));
        store = LuceneArticleStore.open(data);
        store.add(naming("before", "2022-01-16", "M. J. Dupont a parlé hier.", "PER:j-dupont"));
        registry.rekey("PER:j-dupont", "PER:jean-dupont");
        store.add(naming("after", "2022-01-17", "Jean Dupont a parlé aujourd'hui.", "PER:jean-dupont"));
        store.commit();
        events = StoredEvents.open(data, store);
        server = new StorylineServer(store, events, null, registry).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        events.close();
        store.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> ids(JsonNode body) {
        List<String> ids = new ArrayList<>();
        body.get("hits").forEach(h -> ids.add(h.get("id").asText()));
        return ids;
    }

    @Test
    void theApiFindsArticlesStoredUnderTheCurrentAndTheFormerKey() throws Exception {
        for (String key : List.of("PER%3Ajean-dupont", "PER%3Aj-dupont")) {
            HttpResponse<String> r = get("/api/search?entity=" + key);
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(List.of("after", "before"), ids(JSON.readTree(r.body())), key);
        }
    }

    @Test
    void theDeskSearchPageListsBoth() throws Exception {
        HttpResponse<String> r = get("/search?entity=PER%3Ajean-dupont");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("Dupont before") && r.body().contains("Dupont after"), r.body());
    }
}

package dev.storyline.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.Ingestion;
import dev.storyline.Pipeline;
import dev.storyline.StoredEvents;
import dev.storyline.entities.EmbeddedEntityRegistry;
import dev.storyline.ingest.InputReader;
import dev.storyline.store.LuceneArticleStore;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * End to end: the two French samples (only French articles name Putin) ingested into a store, the server on a free
 * port; each reader gets the people list's spelling of a person in their language (people.tsv), and the
 * organisations list's name of an organisation (organisations.tsv: the CSTO, which the samples call "OTSC"), through
 * the REST API and on the desk's pages.
 */
class PeopleNamesOnTheDeskTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String PUTIN = "PER:vladimir-putin";
    private static final String CSTO = "ORG:csto";

    @TempDir
    static Path data;
    static LuceneArticleStore store;
    static StoredEvents events;
    static StorylineServer server;

    @BeforeAll
    static void start() throws IOException {
        Path samples = Path.of(System.getProperty("storyline.shared", "../shared"), "samples", "fr");
        assumeTrue(Files.isDirectory(samples), "skipped: no French samples at " + samples);
        store = LuceneArticleStore.open(data);
        events = StoredEvents.open(data, store);
        EmbeddedEntityRegistry registry = EmbeddedEntityRegistry.inMemory();
        Pipeline pipeline = Pipeline.standard(LocalDate.of(2022, 1, 20), registry);
        try (var pages = new InputReader().read(List.of(samples))) {
            new Ingestion(pipeline, store, events, registry, 2).ingest(pages, ack -> { });
        }
        server = new StorylineServer(store, events, pipeline, registry).start("127.0.0.1", 0);
        StorylineServerTest.awaitStories(server);
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) server.close();
        if (events != null) events.close();
        if (store != null) store.close();
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The names the stories API gives the listed person, for a reader of {@code lang}. */
    private static List<String> storyNames(String lang) throws Exception {
        return storyNames(lang, PUTIN);
    }

    /** The names the stories API gives the entity {@code key}, for a reader of {@code lang}. */
    private static List<String> storyNames(String lang, String key) throws Exception {
        HttpResponse<String> r = get("/api/stories?lang=" + lang);
        assertEquals(200, r.statusCode(), r.body());
        List<String> names = new ArrayList<>();
        for (JsonNode story : JSON.readTree(r.body()).get("stories")) {
            for (JsonNode e : story.get("entities")) {
                if (e.get("key").asText().equals(key)) names.add(e.get("name").asText());
            }
        }
        return names;
    }

    /** The REST API's entity {@code key} as a reader of {@code language} asks for it. */
    private static JsonNode entity(String key, String language) throws Exception {
        return JSON.readTree(get("/api/entities/" + key + "?lang=" + language).body());
    }

    @Test
    void theStoriesApiNamesTheListedPersonInTheReadersLanguage() throws Exception {
        assertTrue(!storyNames("fr").isEmpty(), "the samples' story names " + PUTIN);
        assertEquals(List.of("Vladimir Poutine"), storyNames("fr").stream().distinct().toList());
        assertEquals(List.of("Vladimir Putin"), storyNames("en").stream().distinct().toList());
        assertEquals(List.of("Wladimir Putin"), storyNames("de").stream().distinct().toList());
    }

    @Test
    void theEntityApiAndPageNameTheListedPersonInTheReadersLanguage() throws Exception {
        JsonNode de = entity(PUTIN, "de");
        assertEquals("Wladimir Putin", de.get("name").asText());
        JsonNode en = entity(PUTIN, "en");
        assertEquals("Vladimir Putin", en.get("name").asText());
        JsonNode fr = entity(PUTIN, "fr");
        assertEquals("Vladimir Poutine", fr.get("name").asText());
        String page = Jsoup.parse(get("/entities/" + PUTIN + "?lang=de").body()).select("h1").text();
        assertTrue(page.contains("Wladimir Putin"), page);
    }

    @Test
    void theStoriesPageNamesTheListedPersonInTheReadersLanguage() throws Exception {
        String english = get("/stories?lang=en").body();
        String german = get("/stories?lang=de").body();
        // The French headlines keep "Vladimir Poutine": the entities the page lists are named for the reader.
        assertTrue(english.contains("Vladimir Putin"), english);
        assertTrue(german.contains("Wladimir Putin"), german);
    }

    @Test
    void anOrganisationIsNamedInTheReadersLanguageByTheApiAndTheEntityPage() throws Exception {
        // Only French articles name it: a French reader gets their spelling, a German one the list's German name
        // (before organisations.tsv tagged its names' languages: "Collective Security Treaty Organization").
        JsonNode fr = entity(CSTO, "fr");
        assertEquals("OTSC", fr.get("name").asText());
        JsonNode de = entity(CSTO, "de");
        assertEquals("Organisation des Vertrags über kollektive Sicherheit", de.get("name").asText());
        assertEquals("Organisation des Vertrags über kollektive Sicherheit", de.get("displayNames").get("de").asText());
        JsonNode en = entity(CSTO, "en");
        assertEquals("Collective Security Treaty Organization", en.get("name").asText());
        String page = Jsoup.parse(get("/entities/" + CSTO + "?lang=de").body()).select("h1").text();
        assertTrue(page.contains("Organisation des Vertrags über kollektive Sicherheit"), page);
        assertEquals(List.of("Organisation des Vertrags über kollektive Sicherheit"),
                storyNames("de", CSTO).stream().distinct().toList(), "the stories API");
    }
}

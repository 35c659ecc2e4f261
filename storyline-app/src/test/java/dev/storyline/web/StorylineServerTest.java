package dev.storyline.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.Pipeline;
import dev.storyline.StoredEvents;
import dev.storyline.entities.EmbeddedEntityRegistry;
import dev.storyline.entities.Observation;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The REST API and the pages over a store of two articles, through HTTP on a free port. */
class StorylineServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path data;
    static LuceneArticleStore store;
    static StoredEvents events;
    static StorylineServer server;
    static String frenchKey;

    @BeforeAll
    static void start() throws IOException {
        store = LuceneArticleStore.open(data);
        store.add(Articles.french());
        store.add(Articles.english());
        store.commit();
        frenchKey = dev.storyline.store.ArticleIdentity.of(Articles.french().article()).key();
        // The registry knows the CSTO by the rules that joined its spellings; the other entities only the store knows.
        EmbeddedEntityRegistry registry = EmbeddedEntityRegistry.inMemory();
        registry.observe(new Observation("ORG:csto", "ORG", "CSTO", "csto", "en", "new", LocalDate.of(2022, 1, 15), List.of(), null));
        registry.observe(new Observation("ORG:csto", "ORG", "OTSC", "otsc", "fr", "alias-file", LocalDate.of(2022, 1, 16), List.of(), null));
        registry.observe(new Observation("ORG:csto", "ORG", "OTSC", "otsc", "fr", "alias-file", LocalDate.of(2022, 1, 16), List.of(), null));
        // An entity first keyed by its first spelling, then by its most used one: its first key is an alias.
        registry.observe(new Observation("PER:j-dupont", "PER", "J. Dupont", "j dupont", "fr", "new", LocalDate.of(2022, 1, 16), List.of(), null));
        registry.rekey("PER:j-dupont", "PER:jean-dupont");
        // The two articles were stored without events (as by a version that did not keep them): the server assigns them.
        events = StoredEvents.open(data, store);
        server = new StorylineServer(store, events, Pipeline.standard(LocalDate.of(2022, 1, 20), registry), registry).start("127.0.0.1", 0);
        awaitStories(server);
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

    private static HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    @Test
    void searchReturnsHitsAndFacets() throws Exception {
        HttpResponse<String> r = get("/api/search?q=Tokayev");
        assertEquals(200, r.statusCode());
        JsonNode body = json(r);
        assertEquals(2, body.get("total").asInt());
        assertEquals(1, body.at("/facets/language/fr").asInt());
        assertEquals(1, body.at("/facets/language/en").asInt());
        assertEquals(2, body.at("/facets/entity/" + Articles.TOKAYEV.replace("/", "~1")).asInt());
    }

    @Test
    void searchFiltersByLanguageSourceEntityAndDate() throws Exception {
        assertEquals("fr-1", json(get("/api/search?language=fr")).at("/hits/0/id").asText());
        assertEquals("en-1", json(get("/api/search?source=" + enc("Wire B"))).at("/hits/0/id").asText());
        assertEquals(1, json(get("/api/search?entity=ORG%3Acsto")).get("total").asInt());
        assertEquals(1, json(get("/api/search?from=2022-01-14&to=2022-01-31")).get("total").asInt());
    }

    @Test
    void badParametersAreRefusedWithAJsonError() throws Exception {
        for (String bad : List.of("from=2022-13-45", "to=yesterday", "limit=many", "limit=5000", "offset=-1",
                "from=2022-02-01&to=2022-01-01", "q=" + enc("\"unclosed"), "q=" + enc("title:(a"))) {
            HttpResponse<String> r = get("/api/search?" + bad);
            assertEquals(400, r.statusCode(), bad);
            assertTrue(json(r).get("error").asText().length() > 5, bad + ": " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        }
    }

    @Test
    void articleByKeyAsAnalyzeGivesIt() throws Exception {
        JsonNode article = json(get("/api/articles/" + frenchKey));
        assertEquals(frenchKey, article.get("key").asText());
        assertEquals("Poutine et Tokayev", article.get("title").asText());
        assertEquals(Articles.TOKAYEV, article.at("/entities/1/canonical").asText());
    }

    @Test
    void unknownArticleOrEntityIs404() throws Exception {
        HttpResponse<String> article = get("/api/articles/no-such-key");
        assertEquals(404, article.statusCode());
        assertEquals("no article with key 'no-such-key'", json(article).get("error").asText());
        assertEquals(404, get("/api/entities/PER%3Anobody").statusCode());
        assertEquals(404, get("/articles/no-such-key").statusCode());
    }

    @Test
    void aFormerEntityKeyRedirectsThePageAndAnswersInTheApi() throws Exception {
        HttpResponse<String> page = get("/entities/PER%3Aj-dupont?lang=fr");
        assertEquals(301, page.statusCode());
        assertEquals("/entities/PER%3Ajean-dupont?lang=fr", page.headers().firstValue("Location").orElseThrow());
        JsonNode entity = json(get("/api/entities/PER%3Aj-dupont"));
        assertEquals("PER:jean-dupont", entity.get("canonical").asText());
        assertEquals("J. Dupont", entity.get("name").asText());
    }

    @Test
    void entityListsEverySpellingWithCountsAndLanguages() throws Exception {
        JsonNode entity = json(get("/api/entities/" + enc(Articles.TOKAYEV)));
        assertEquals("Kassym-Jomart Tokayev", entity.get("name").asText());
        assertEquals(3, entity.get("mentions").asInt());
        assertEquals(2, entity.get("articles").asInt());
        assertEquals("Kassym-Jomart Tokayev", entity.at("/variants/0/text").asText());
        assertEquals(2, entity.at("/variants/0/count").asInt());
        assertEquals("fr", entity.at("/variants/0/languages/0").asText());
        assertEquals("Kasim Jomart Tokayev", entity.at("/variants/1/text").asText());
        assertEquals("en", entity.at("/variants/1/languages/0").asText());
        List<String> together = new ArrayList<>();
        entity.get("cooccurring").forEach(c -> together.add(c.get("canonical").asText()));
        assertTrue(together.containsAll(List.of("PER:vladimir-putin", "ORG:csto", "LOC:KZ", "LOC:moscow")), together.toString());
    }

    @Test
    void aRegisteredEntityShowsTheRegistrysSpellingsAndTheRuleThatJoinedEach() throws Exception {
        JsonNode entity = json(get("/api/entities/ORG%3Acsto"));
        assertEquals("OTSC", entity.at("/variants/0/text").asText());
        assertEquals(2, entity.at("/variants/0/count").asInt());
        assertEquals("alias-file", entity.at("/variants/0/rule").asText());
        assertEquals("CSTO", entity.at("/variants/1/text").asText());
        assertEquals(1, entity.get("articles").asInt());
    }

    @Test
    void anEntityIsNamedInTheReadersLanguageOnTheDeskAndInTheApi() throws Exception {
        HttpResponse<String> english = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + "/api/entities/ORG%3Acsto")).header("Accept-Language", "en-GB,en;q=0.9").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("CSTO", json(english).get("name").asText());
        assertEquals("OTSC", json(english).at("/displayNames/fr").asText());
        assertEquals("Accept-Language, Cookie", english.headers().firstValue("Vary").orElse(""));
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + "/entities/ORG%3Acsto")).header("Accept-Language", "fr").build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(org.jsoup.Jsoup.parse(page.body()).select("h1").text().contains("OTSC"), page.body());
        assertEquals("CSTO", json(get("/api/entities/ORG%3Acsto?lang=en")).get("name").asText());
    }

    @Test
    void storiesAndEventsNameTheirEntitiesInTheReadersLanguageInTheApi() throws Exception {
        assertEquals(List.of("CSTO"), namesOf("ORG:csto", "en"));
        assertEquals(List.of("OTSC"), namesOf("ORG:csto", "fr"));
        assertEquals("Accept-Language, Cookie", get("/api/stories?lang=en").headers().firstValue("Vary").orElse(""));
    }

    /** Every name the stories API, a story's detail and its events' detail give the entity, for a reader of {@code lang}. */
    private static List<String> namesOf(String key, String lang) throws Exception {
        List<String> names = new ArrayList<>();
        for (JsonNode story : json(get("/api/stories?limit=1000&lang=" + lang)).get("stories")) {
            story.get("entities").forEach(e -> { if (key.equals(e.get("key").asText())) names.add(e.get("name").asText()); });
            for (JsonNode event : json(get("/api/stories/" + story.get("id").asText() + "?lang=" + lang)).get("eventList")) {
                json(get("/api/events/" + event.get("id").asText() + "?lang=" + lang)).get("entities")
                        .forEach(e -> { if (key.equals(e.get("key").asText())) names.add(e.get("name").asText()); });
            }
        }
        assertFalse(names.isEmpty(), key + " is in no story or event");
        return names.stream().distinct().toList();
    }

    @Test
    void entityTimelineCountsMentionsPerPublicationDay() throws Exception {
        JsonNode timeline = json(get("/api/entities/" + enc(Articles.TOKAYEV) + "/timeline")).get("timeline");
        assertEquals("2022-01-13", timeline.at("/0/day").asText());
        assertEquals(2, timeline.at("/0/mentions").asInt());
        assertEquals("2022-01-15", timeline.at("/1/day").asText());
        assertEquals(1, timeline.at("/1/mentions").asInt());
    }

    @Test
    void postedArticleIsAnalysedStoredAndThenADuplicate() throws Exception {
        String record = "{\"id\":\"posted-1\",\"title\":\"Astana\",\"published\":\"2022-01-16\",\"source\":\"Posted\","
                + "\"text\":\"Des soldats ont commencé à quitter le pays dimanche, selon le ministère de la défense.\"}";
        HttpResponse<String> first = post("/api/articles", record);
        assertEquals(201, first.statusCode(), first.body());
        String key = json(first).get("key").asText();
        assertEquals("added", json(first).get("status").asText());
        assertEquals("fr", json(get("/api/articles/" + key)).get("language").asText());
        HttpResponse<String> again = post("/api/articles", record);
        assertEquals(200, again.statusCode());
        assertEquals("duplicate", json(again).get("status").asText());
        assertEquals(key, json(again).get("key").asText());
    }

    @Test
    void malformedOrEmptyPostsAreRefused() throws Exception {
        for (String bad : List.of("{\"title\": ", "[1,2]", "{\"title\":\"no content\"}", "{\"text\":\"   \"}", "")) {
            HttpResponse<String> r = post("/api/articles", bad);
            assertEquals(400, r.statusCode(), bad + " → " + r.body());
            assertNotNull(json(r).get("error"), bad);
        }
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicyAndLinkTheOpenApiDocument() throws Exception {
        HttpResponse<String> page = get("/search?q=Tokayev");
        assertEquals(200, page.statusCode());
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("script-src 'self'") && csp.contains("default-src 'none'"), csp);
        Document doc = Jsoup.parse(page.body());
        assertNotNull(doc.selectFirst("a[href=/api/openapi.json]"));
        assertEquals(2, doc.select("li.hit").size());
        JsonNode openApi = json(get("/api/openapi.json"));
        for (String path : List.of("/api/search", "/api/articles", "/api/articles/{key}", "/api/entities/{canonical}",
                "/api/entities/{canonical}/timeline", "/api/stories", "/api/stories/{id}", "/api/events/{id}")) {
            assertTrue(openApi.at("/paths").has(path), path + " is documented");
        }
        assertEquals(200, get("/static/storyline.css").statusCode());
    }

    @Test
    void searchPageFacetsAreLinksThatFilter() throws Exception {
        Document doc = Jsoup.parse(get("/search").body());
        String english = doc.select("aside.facets a").stream().filter(a -> a.text().equals("en")).findFirst().orElseThrow().attr("href");
        assertEquals("/search?language=en", english);
        Document filtered = Jsoup.parse(get(english).body());
        assertEquals(1, filtered.select("li.hit").size());
        assertEquals("Troops to leave Kazakhstan", filtered.selectFirst("a.hit-title").text());
    }

    @Test
    void articleAndEntityPagesLinkToEachOther() throws Exception {
        Document article = Jsoup.parse(get("/articles/" + frenchKey).body());
        String entityLink = article.select("article a.entity").stream()
                .filter(a -> a.text().equals("Kassym-Jomart Tokayev")).findFirst().orElseThrow().attr("href");
        Document entity = Jsoup.parse(get(entityLink).body());
        assertEquals(List.of("Kassym-Jomart Tokayev", "Kasim Jomart Tokayev"), entity.select("td.variant-text").eachText());
        assertEquals(1, entity.select("svg.timeline").size());
        assertTrue(entity.select("a.hit-title").eachAttr("href").contains("/articles/" + frenchKey));
    }

    @Test
    void articleAndEntityPagesLinkToTheirStories() throws Exception {
        Document article = Jsoup.parse(get("/articles/" + frenchKey).body());
        String storyLink = article.select("dl.facts dd a").stream().map(a -> a.attr("href"))
                .filter(h -> h.startsWith("/stories/")).findFirst().orElseThrow();
        Document story = Jsoup.parse(get(storyLink.substring(0, storyLink.indexOf('#'))).body());
        assertTrue(story.select("a.hit-title").eachAttr("href").contains("/articles/" + frenchKey));
        assertTrue(story.select("a[href]").eachAttr("href").contains("/entities/" + enc(Articles.TOKAYEV)),
                "the story's entities link to their entity pages");
        Document entity = Jsoup.parse(get("/entities/" + enc(Articles.TOKAYEV)).body());
        assertTrue(entity.select("a.story-link").eachAttr("href").contains(storyLink.substring(0, storyLink.indexOf('#'))));
    }

    @Test
    void everyStoredArticleIsInExactlyOneEventOfOneStory() throws Exception {
        JsonNode feed = json(get("/api/stories?limit=1000"));
        long stored = json(get("/api/search?limit=0")).get("total").asLong();
        int articles = 0;
        List<String> keys = new ArrayList<>();
        for (JsonNode story : feed.get("stories")) {
            articles += story.get("articles").asInt();
            JsonNode detail = json(get("/api/stories/" + story.get("id").asText()));
            for (JsonNode event : detail.get("eventList")) {
                assertEquals(story.get("id").asText(), event.get("story").asText());
                for (JsonNode a : event.get("articles")) {
                    keys.add(a.get("key").asText());
                    assertTrue(a.at("/why/text").asText().length() > 10, a.toString());
                }
                assertEquals(event.get("size").asInt(), json(get("/api/events/" + event.get("id").asText())).get("articles").size());
            }
        }
        assertEquals(stored, articles);
        assertEquals(stored, keys.stream().distinct().count());
    }

    @Test
    void storiesComeLatestFirst() throws Exception {
        List<String> lasts = new ArrayList<>();
        json(get("/api/stories")).get("stories").forEach(s -> lasts.add(s.get("last").asText()));
        List<String> sorted = new ArrayList<>(lasts);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, lasts);
    }

    @Test
    void unknownStoryOrEventIs404AndBadPagingIs400() throws Exception {
        assertEquals(404, get("/api/stories/s999999").statusCode());
        assertEquals(404, get("/api/events/e999999").statusCode());
        assertEquals(404, get("/stories/s999999").statusCode());
        assertEquals(400, get("/api/stories?offset=-3").statusCode());
        assertEquals(400, get("/api/stories?limit=lots").statusCode());
    }

    @Test
    void theStoryPageListsEachArticleWithWhyItBelongs() throws Exception {
        Document feed = Jsoup.parse(get("/stories").body());
        String storyLink = feed.selectFirst("a.story-title").attr("href");
        Document story = Jsoup.parse(get(storyLink).body());
        assertTrue(story.select(".event").size() >= 1);
        for (var hit : story.select(".event li.hit")) {
            assertTrue(hit.selectFirst("a.hit-title").attr("href").startsWith("/articles/"));
            assertTrue(hit.selectFirst("p.why").text().matches("(Started this event|Joined at similarity).*"), hit.text());
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The server rebuilds its stories in the background after a start; the tests look at complete ones. */
    static void awaitStories(StorylineServer server) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!server.storiesReady()) {
            if (System.nanoTime() > deadline) throw new AssertionError("stories not rebuilt within a minute");
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}

package dev.storyline.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.AnalyzedArticle;
import dev.storyline.CommitListener;
import dev.storyline.StoredEvents;
import dev.storyline.entities.EmbeddedEntityRegistry;
import dev.storyline.entities.EntityMention;
import dev.storyline.extract.Article;
import dev.storyline.store.ArticleIdentity;
import dev.storyline.store.ArticleStore;
import dev.storyline.store.LuceneArticleStore;
import dev.storyline.summaries.SummaryUpdater;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Event summaries in the API and on the story page, for a server reading a store whose summaries are kept by the
 * updater (the server posts nothing here, so it runs without the analysis pipeline and its models).
 */
class EventSummariesOnTheDeskTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path data;
    static LuceneArticleStore store;
    static StoredEvents events;
    static StorylineServer server;
    static String eventId, storyId;

    /** Written for this test: an invented earthquake reported by two English outlets and one French. */
    private static AnalyzedArticle article(String id, String source, String language, String title, String text) {
        List<EntityMention> mentions = new ArrayList<>();
        for (int at = text.indexOf("Lindau"); at >= 0; at = text.indexOf("Lindau", at + 1)) {
            mentions.add(new EntityMention("Lindau", "LOC", at, at + 6, "LOC:lindau"));
        }
        return new AnalyzedArticle(new Article(id, "https://" + source + "/" + id, source, title, "2026-03-02",
                List.of(), null, language, text), mentions, List.of());
    }

    static final List<AnalyzedArticle> ARTICLES = List.of(
            article("w1", "wire.example", "en", "Earthquake in Lindau leaves 12 dead",
                    "An earthquake of magnitude 6.1 struck Lindau on Monday morning, killing 12 people in the old town.\n"
                            + "Rescue teams searched collapsed buildings in the old town of Lindau through the night."),
            article("d1", "daily.example", "en", "Lindau earthquake kills 12 as buildings collapse",
                    "Twelve people were killed when an earthquake of magnitude 6.1 struck Lindau on Monday, officials said.\n"
                            + "The Red Cross sent <b>forty</b> volunteers and two field hospitals to the stricken town of Lindau."),
            article("f1", "quotidien.example", "fr", "Séisme à Lindau : 12 morts",
                    "Un séisme de magnitude 6.1 a frappé Lindau lundi matin, faisant 12 morts dans la vieille ville.\n"
                            + "Les secours ont fouillé toute la nuit les immeubles effondrés de la vieille ville de Lindau."));

    @BeforeAll
    static void start() throws Exception {
        store = LuceneArticleStore.open(data);
        events = StoredEvents.open(data, store);
        SummaryUpdater summaries = SummaryUpdater.open(data, store, events);
        for (AnalyzedArticle a : ARTICLES) {
            if (store.add(a) == ArticleStore.Added.ADDED) events.assign(ArticleIdentity.of(a.article()).key(), store.lastSequence(), a);
        }
        store.commit();
        events.commit();
        summaries.committed();
        var assigned = events.store().assignment(ArticleIdentity.of(ARTICLES.get(0).article()).key()).orElseThrow().assignment();
        eventId = assigned.eventId();
        storyId = assigned.storyId();
        server = new StorylineServer(store, events, null, EmbeddedEntityRegistry.inMemory(), summaries, List.of(),
                AccessControl.open(), summaries).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        events.close();
        store.close();
    }

    private static HttpResponse<String> get(String path, String acceptLanguage) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (acceptLanguage != null) r.header("Accept-Language", acceptLanguage);
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theEventsApiCarriesTheHeadlineAndSentencesWithTheirArticleAndOutlet() throws Exception {
        JsonNode event = JSON.readTree(get("/api/events/" + eventId, null).body());
        assertEquals(3, event.get("size").asInt(), "the fixture's three reports are one event");
        assertTrue(event.get("headline").asText().contains("Lindau"), event.toString());
        Set<String> sources = new HashSet<>();
        for (JsonNode s : event.at("/summary/sentences")) {
            sources.add(s.get("source").asText());
            assertTrue(s.get("article").asText().length() > 0);
            assertTrue(s.has("isNew"));
        }
        assertTrue(sources.size() >= 2, event.get("summary").toString());
        assertEquals(Set.of("en", "fr"), iterable(event.at("/summary/byLanguage").fieldNames()));
    }

    @Test
    void theStoriesApiHasATimelineOfHeadlinesAndOneLineSummaries() throws Exception {
        JsonNode story = JSON.readTree(get("/api/stories/" + storyId, null).body());
        JsonNode first = story.get("timeline").get(0);
        assertEquals(eventId, first.get("event").asText());
        assertTrue(first.get("headline").asText().contains("Lindau"));
        assertTrue(first.get("summary").asText().length() > 20, first.toString());
    }

    @Test
    void theStoryHasASummaryAtAGlanceDrawnFromSeveralOutlets() throws Exception {
        JsonNode story = JSON.readTree(get("/api/stories/" + storyId, null).body());
        Set<String> sources = new HashSet<>();
        story.at("/summary/sentences").forEach(s -> sources.add(s.get("source").asText()));
        assertTrue(sources.size() >= 2, story.get("summary").toString());
        Document page = Jsoup.parse(get("/stories/" + storyId, "en").body());
        assertTrue(page.select("section.story-summary li").size() >= 2, page.select("section.story-summary").toString());
    }

    @Test
    void theStoryPageShowsTheReadersLanguageFirst() throws Exception {
        Document fr = Jsoup.parse(get("/stories/" + storyId, "fr-FR,fr;q=0.9,en;q=0.5").body());
        assertEquals("Séisme à Lindau : 12 morts", fr.selectFirst("#" + eventId + " h3 span:not(.event-date)").text());
        assertTrue(fr.select("#" + eventId + " > ul.summary a.source").eachText().stream().allMatch("quotidien.example"::equals));
        Document en = Jsoup.parse(get("/stories/" + storyId, "en-GB,en;q=0.8").body());
        assertTrue(en.select("#" + eventId + " > ul.summary a.source").eachText().stream().noneMatch("quotidien.example"::equals));
    }

    @Test
    void theEventsWordsAreShownInTheReadersLanguageNotAsThePivotStem() throws Exception {
        Document fr = Jsoup.parse(get("/stories/" + storyId, "fr-FR,fr;q=0.9").body());
        assertTrue(fr.select("#" + eventId + " span.term").eachText().contains("séisme"), fr.select("#" + eventId + " span.term").toString());
        Document en = Jsoup.parse(get("/stories/" + storyId, "en-GB,en;q=0.8").body());
        assertTrue(en.select("#" + eventId + " span.term").eachText().contains("earthquake"), en.select("#" + eventId + " span.term").toString());
        JsonNode event = JSON.readTree(get("/api/events/" + eventId, null).body());
        JsonNode quake = null;
        for (JsonNode t : event.get("terms")) if (t.get("key").asText().equals("earthquak")) quake = t;
        assertTrue(quake != null, event.get("terms").toString());
        assertEquals("séisme", quake.at("/words/fr").asText());
        assertEquals("earthquake", quake.at("/words/en").asText());
    }

    private static HttpResponse<String> get(String path, String acceptLanguage, String cookie) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Accept-Language", acceptLanguage);
        if (cookie != null) r.header("Cookie", cookie);
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String headline(HttpResponse<String> page) {
        return Jsoup.parse(page.body()).selectFirst("#" + eventId + " h3 span:not(.event-date)").text();
    }

    @Test
    void aLanguageChosenOnThePageIsRememberedByACookieAndRenderedFirstByTheServer() throws Exception {
        HttpResponse<String> chosen = get("/stories/" + storyId + "?lang=fr", "en-GB,en;q=0.8", null);
        assertEquals("Séisme à Lindau : 12 morts", headline(chosen));
        String setCookie = chosen.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(setCookie.startsWith("storyline-lang=fr;") && setCookie.contains("Path=/") && setCookie.contains("Max-Age="), setCookie);
        // A later visit without ?lang: the remembered choice wins over the browser's English.
        assertEquals("Séisme à Lindau : 12 morts", headline(get("/stories/" + storyId, "en-GB,en;q=0.8", "storyline-lang=fr")));
    }

    @Test
    void forgettingTheChoiceGoesBackToTheBrowsersLanguages() throws Exception {
        HttpResponse<String> forgot = get("/stories/" + storyId + "?lang=", "en-GB,en;q=0.8", "storyline-lang=fr");
        String expired = forgot.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(expired.startsWith("storyline-lang=;") && (expired.contains("Max-Age=0") || expired.contains("Expires=Thu, 01 Jan 1970")), expired);
        assertTrue(headline(forgot).contains("Lindau") && !headline(forgot).startsWith("Séisme"), headline(forgot));
    }

    @Test
    void thePickerLinksEachLanguageOfTheStoryAndMarksTheOneShown() throws Exception {
        Document page = Jsoup.parse(get("/stories/" + storyId, "en", "storyline-lang=fr").body());
        assertEquals(List.of("?lang=en", "?lang=fr", "?lang="), page.select("nav.language-picker a").eachAttr("href"));
        assertEquals("fr", page.selectFirst("nav.language-picker a.current").attr("hreflang"));
    }

    @Test
    void aCookieThatIsNoLanguageIsIgnoredAndNeverEchoed() throws Exception {
        HttpResponse<String> page = get("/stories/" + storyId, "en", "storyline-lang=\"><script>x</script>");
        assertEquals(200, page.statusCode());
        assertTrue(!page.body().contains("<script>x"), "nothing of the cookie is written into the page");
        assertTrue(headline(page).contains("Lindau") && !headline(page).startsWith("Séisme"), headline(page));
    }

    @Test
    void summarySentencesAreTextNotMarkup() throws Exception {
        Document page = Jsoup.parse(get("/stories/" + storyId, "en").body());
        assertTrue(page.select(".summary-sentence").eachText().stream().anyMatch(t -> t.contains("<b>forty</b>")),
                page.select(".summary").toString());
        assertTrue(page.select(".summary b").isEmpty(), "a sentence's '<b>' stays text");
    }

    private static Set<String> iterable(java.util.Iterator<String> it) {
        Set<String> out = new HashSet<>();
        it.forEachRemaining(out::add);
        return out;
    }
}

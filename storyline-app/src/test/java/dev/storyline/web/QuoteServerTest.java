package dev.storyline.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.AnalyzedArticle;
import dev.storyline.Pipeline;
import dev.storyline.StoredEvents;
import dev.storyline.entities.EmbeddedEntityRegistry;
import dev.storyline.extract.Article;
import dev.storyline.quotes.Quote;
import dev.storyline.store.LuceneArticleStore;
import org.jsoup.Jsoup;
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

/** The served desk: an event's quotes in /api/events/{id} and on its story page, with their speaker. */
class QuoteServerTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void anEventShowsItsQuotesWithTheirSpeaker(@TempDir Path data) throws Exception {
        String text = "Kassym-Jomart Tokayev a parlé vendredi à Almaty.\n« Est-il possible de négocier avec des criminels ? », s'est-il demandé.";
        int start = text.indexOf("Est-il");
        int end = text.indexOf(" ? »") + 2;
        AnalyzedArticle a = new AnalyzedArticle(
                new Article("q1", null, "Outlet", "Tokayev parle", "2022-01-07", List.of(), null, "fr", text),
                List.of(Articles.mention(text, "Kassym-Jomart Tokayev", "PER", Articles.TOKAYEV, 0),
                        Articles.mention(text, "Almaty", "LOC", "LOC:almaty", 0)),
                List.of(), List.of(new Quote(text.substring(start, end), start, end, Articles.TOKAYEV, "il")));
        try (LuceneArticleStore store = LuceneArticleStore.open(data)) {
            store.add(a);
            store.commit();
            EmbeddedEntityRegistry registry = EmbeddedEntityRegistry.inMemory();
            try (StoredEvents events = StoredEvents.open(data, store);
                 StorylineServer server = new StorylineServer(store, events, Pipeline.standard(LocalDate.of(2022, 1, 20), registry), registry)
                         .start("127.0.0.1", 0)) {
                StorylineServerTest.awaitStories(server);
                String base = "http://127.0.0.1:" + server.port();
                ObjectMapper json = new ObjectMapper();
                JsonNode story = json.readTree(get(base + "/api/stories")).at("/stories/0");
                String eventId = json.readTree(get(base + "/api/stories/" + enc(story.get("id").asText()))).at("/eventList/0/id").asText();

                JsonNode quote = json.readTree(get(base + "/api/events/" + enc(eventId))).at("/quotes/0");
                assertEquals("Est-il possible de négocier avec des criminels ?", quote.get("text").asText());
                assertEquals(Articles.TOKAYEV, quote.get("speaker").asText());

                var page = Jsoup.parse(get(base + "/stories/" + enc(story.get("id").asText())));
                assertEquals(Links.entity(Articles.TOKAYEV), page.select(".event-quotes li.quote a.entity").attr("href"));
            }
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), url + " answered " + r.body());
        return r.body();
    }
}

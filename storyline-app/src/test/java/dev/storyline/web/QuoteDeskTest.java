package dev.storyline.web;

import dev.storyline.AnalyzedArticle;
import dev.storyline.entities.EmbeddedEntityRegistry;
import dev.storyline.extract.Article;
import dev.storyline.quotes.Quote;
import dev.storyline.store.LuceneArticleStore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a person said, on the entity page and in its API: quotes attributed to it, across articles, newest first. */
class QuoteDeskTest {

    /** An article of the given day in which Tokayev says {@code words} (and someone unknown says something else). */
    private static AnalyzedArticle saying(String id, String day, String language, String words) {
        String text = "Kassym-Jomart Tokayev a parlé.\n« " + words + " », a-t-il dit.\n« Rien ne va plus ici », a dit un témoin.";
        Article a = new Article(id, null, "Outlet " + id, "Titre " + id, day, List.of(), null, language, text);
        int start = text.indexOf(words);
        int other = text.indexOf("Rien ne va plus ici");
        return new AnalyzedArticle(a, List.of(Articles.mention(text, "Kassym-Jomart Tokayev", "PER", Articles.TOKAYEV, 0)),
                List.of(), List.of(new Quote(words, start, start + words.length(), Articles.TOKAYEV, "il"),
                new Quote("Rien ne va plus ici", other, other + 19, null, "un témoin")));
    }

    @Test
    void theEntityPageListsWhatThePersonSaidNewestFirst(@TempDir Path dir) throws IOException {
        try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
            store.add(saying("old", "2022-01-07", "fr", "Est-il possible de négocier avec des criminels ?"));
            store.add(saying("new", "2022-01-13", "en", "The mission is accomplished <b>now</b>"));
            store.commit();
            EntityProfile profile = new EntityProfiles(store, EmbeddedEntityRegistry.inMemory(), 100).profile(Articles.TOKAYEV).orElseThrow();
            assertEquals(List.of("The mission is accomplished <b>now</b>", "Est-il possible de négocier avec des criminels ?"),
                    profile.said().stream().map(QuoteSeen::text).toList(), "only his quotes, newest first");

            Document page = Jsoup.parse(EntityPage.render(profile, false));
            assertEquals(2, page.select("#said li.quote").size());
            assertTrue(page.select("#said b").isEmpty(), "quoted text is escaped, not markup");
            assertEquals(Links.article(profile.said().get(0).articleKey()), page.select("#said li.quote a").first().attr("href"));
        }
    }

    @Test
    void theEntityApiCarriesTheQuotesWithTheirArticle(@TempDir Path dir) throws IOException {
        try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
            store.add(saying("one", "2022-01-07", "fr", "Nous avons rétabli l'ordre constitutionnel"));
            store.commit();
            var json = RestApi.entity(new EntityProfiles(store, EmbeddedEntityRegistry.inMemory(), 100).profile(Articles.TOKAYEV).orElseThrow());
            assertEquals("Nous avons rétabli l'ordre constitutionnel", json.get("quotes").get(0).get("text").asText());
            assertEquals(Articles.TOKAYEV, json.get("quotes").get(0).get("speaker").asText());
            assertEquals("Outlet one", json.get("quotes").get(0).get("source").asText());
        }
    }

    @Test
    void anEventsQuotesShowTheirSpeakerOrHowTheTextNamedThem() {
        QuoteSeen named = new QuoteSeen("Nous tiendrons", "PER:x", "Jean X", "il", "k1", "T", "S", "fr", "2022-01-07");
        QuoteSeen unnamed = new QuoteSeen("Tout est calme", null, null, "la présidence russe", "k2", "T", "S", "fr", "2022-01-06");
        org.jsoup.nodes.Element div = new org.jsoup.nodes.Element("div");
        QuoteSeen.render(div, List.of(named, unnamed), true);
        assertEquals(Links.entity("PER:x"), div.select("li.quote").get(0).select("a.entity").attr("href"));
        assertTrue(div.select("li.quote").get(1).text().contains("la présidence russe"));
    }
}

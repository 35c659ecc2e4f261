package dev.storyline.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.AnalysisJson;
import dev.storyline.AnalyzedArticle;
import dev.storyline.extract.Article;
import dev.storyline.store.LuceneArticleStore;
import dev.storyline.store.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The "quotes" field of the analyze contract, and quotes surviving the article store. */
class QuoteContractTest {

    @TempDir
    Path data;

    private static final String TEXT = "« Nous ne céderons pas », a déclaré Tokayev.";
    private static final AnalyzedArticle ARTICLE = new AnalyzedArticle(
            new Article("a1", "https://example.org/a1", "Example", "Titre", "2022-01-07", List.of(), null, "fr", TEXT),
            List.of(), List.of(), List.of(new Quote("Nous ne céderons pas", 2, 22, "tokayev", "Tokayev"),
            new Quote("Un propos rapporté sans auteur connu", 0, 5, null, null)));

    @Test
    void theJsonCarriesEachQuoteWithItsSpeakerOrNull() throws Exception {
        JsonNode quotes = new ObjectMapper().readTree(AnalysisJson.line(AnalysisJson.of(ARTICLE))).get("quotes");
        assertEquals("Nous ne céderons pas", quotes.get(0).get("text").asText());
        assertEquals(2, quotes.get(0).get("start").asInt());
        assertEquals(22, quotes.get(0).get("end").asInt());
        assertEquals("tokayev", quotes.get(0).get("speaker").asText());
        assertEquals("Tokayev", quotes.get(0).get("speakerText").asText());
        assertTrue(quotes.get(1).get("speaker").isNull(), "an unknown speaker is null, not absent");
    }

    @Test
    void quotesSurviveTheJsonRoundTrip() {
        assertEquals(ARTICLE.quotes(), AnalysisJson.read(AnalysisJson.line(AnalysisJson.of(ARTICLE))).quotes());
    }

    @Test
    void anArticleWrittenBeforeQuotesReadsBackWithNone() {
        String old = "{\"id\":\"a0\",\"language\":\"fr\",\"text\":\"Rien.\",\"entities\":[],\"dates\":[]}";
        assertEquals(List.of(), AnalysisJson.read(old).quotes());
    }

    @Test
    void quotesSurviveTheArticleStore() throws Exception {
        List<StoredArticle> back = new ArrayList<>();
        try (LuceneArticleStore store = LuceneArticleStore.open(data)) {
            store.add(ARTICLE);
            store.commit();
        }
        try (LuceneArticleStore store = LuceneArticleStore.open(data)) {
            store.forEach(back::add);
        }
        assertEquals(ARTICLE.quotes(), back.get(0).analyzed().quotes());
    }
}

package dev.storyline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storyline.entities.EntityMention;
import dev.storyline.extract.Article;
import dev.storyline.ingest.IngestFailure;
import dev.storyline.quotes.Quote;
import dev.storyline.time.TimeExpression;

import java.util.ArrayList;
import java.util.List;

/**
 * The JSON form of an analysed article: the contract that users script against (see README), one object
 * per line. Fields are always present, in this order, null when unknown.
 */
public final class AnalysisJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AnalysisJson() {
    }

    /** An empty object, for other lines of the same JSON Lines streams. */
    public static ObjectNode object() {
        return JSON.createObjectNode();
    }

    public static ObjectNode of(AnalyzedArticle analyzed) {
        Article a = analyzed.article();
        ObjectNode o = JSON.createObjectNode();
        o.put("id", a.id());
        o.put("url", a.url());
        o.put("source", a.source());
        o.put("title", a.title());
        o.put("published", a.published());
        ArrayNode authors = o.putArray("authors");
        a.authors().forEach(authors::add);
        o.put("dateline", a.dateline());
        o.put("language", a.language());
        o.put("text", a.text());
        ArrayNode entities = o.putArray("entities");
        for (EntityMention m : analyzed.entities()) {
            entities.addObject().put("text", m.text()).put("type", m.type()).put("start", m.start())
                    .put("end", m.end()).put("canonical", m.canonical());
        }
        ArrayNode dates = o.putArray("dates");
        for (TimeExpression t : analyzed.dates()) {
            dates.addObject().put("text", t.text()).put("start", t.start()).put("end", t.end())
                    .put("type", t.type()).put("value", t.value());
        }
        ArrayNode quotes = o.putArray("quotes");
        for (Quote q : analyzed.quotes()) {
            quotes.addObject().put("text", q.text()).put("start", q.start()).put("end", q.end())
                    .put("speaker", q.speaker()).put("speakerText", q.speakerText());
        }
        return o;
    }

    public static ObjectNode of(IngestFailure failure) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", failure.id());
        o.put("input", failure.input());
        o.put("error", failure.reason());
        return o;
    }

    /** Reads back what {@link #of(AnalyzedArticle)} wrote (fields it does not know are ignored). */
    public static AnalyzedArticle read(JsonNode o) {
        List<String> authors = new ArrayList<>();
        o.path("authors").forEach(a -> authors.add(a.asText()));
        Article article = new Article(text(o, "id"), text(o, "url"), text(o, "source"), text(o, "title"),
                text(o, "published"), authors, text(o, "dateline"), text(o, "language"), text(o, "text"));
        List<EntityMention> entities = new ArrayList<>();
        for (JsonNode m : o.path("entities")) {
            entities.add(new EntityMention(text(m, "text"), text(m, "type"), m.path("start").asInt(),
                    m.path("end").asInt(), text(m, "canonical")));
        }
        List<TimeExpression> dates = new ArrayList<>();
        for (JsonNode t : o.path("dates")) {
            dates.add(new TimeExpression(text(t, "text"), t.path("start").asInt(), t.path("end").asInt(),
                    text(t, "type"), text(t, "value")));
        }
        List<Quote> quotes = new ArrayList<>();
        for (JsonNode q : o.path("quotes")) { // absent from articles stored before quotes were found
            quotes.add(new Quote(text(q, "text"), q.path("start").asInt(), q.path("end").asInt(), text(q, "speaker"),
                    text(q, "speakerText")));
        }
        return new AnalyzedArticle(article, entities, dates, quotes);
    }

    public static AnalyzedArticle read(String line) {
        try {
            return read(JSON.readTree(line));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not an analysed article: " + e.getOriginalMessage(), e);
        }
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    public static String line(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }
}

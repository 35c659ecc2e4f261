package dev.storyline.summaries;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** An {@link EventSummary} as JSON: what the summary store keeps and what the API shows. */
public final class SummaryJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SummaryJson() {
    }

    public static ObjectNode write(EventSummary s) {
        ObjectNode o = JSON.createObjectNode();
        o.put("headline", s.headline());
        o.put("headlineArticle", s.headlineArticleKey());
        o.set("sentences", sentences(s.sentences()));
        ObjectNode languages = o.putObject("byLanguage");
        new TreeMap<>(s.byLanguage()).forEach((language, l) -> {
            ObjectNode lo = languages.putObject(language);
            lo.put("headline", l.headline());
            lo.put("headlineArticle", l.headlineArticleKey());
            lo.set("sentences", sentences(l.sentences()));
        });
        return o;
    }

    private static ArrayNode sentences(List<SummarySentence> sentences) {
        ArrayNode a = JSON.createArrayNode();
        for (SummarySentence s : sentences) {
            a.addObject().put("text", s.text()).put("article", s.articleKey()).put("source", s.source())
                    .put("language", s.language()).put("isNew", s.isNew());
        }
        return a;
    }

    /** Reads what {@link #write} wrote; an {@link IllegalArgumentException} says what is missing. */
    public static EventSummary read(JsonNode o) {
        if (!o.path("sentences").isArray()) throw new IllegalArgumentException("a summary needs 'sentences'");
        Map<String, LanguageSummary> languages = new TreeMap<>();
        o.path("byLanguage").properties().forEach(e -> languages.put(e.getKey(), new LanguageSummary(
                e.getValue().path("headline").asText(""), text(e.getValue().path("headlineArticle")), sentences(e.getValue().path("sentences")))));
        return new EventSummary(o.path("headline").asText(""), text(o.path("headlineArticle")), sentences(o.path("sentences")), languages);
    }

    private static List<SummarySentence> sentences(JsonNode a) {
        List<SummarySentence> out = new ArrayList<>();
        for (JsonNode s : a) {
            out.add(new SummarySentence(s.path("text").asText(""), text(s.path("article")), text(s.path("source")),
                    text(s.path("language")), s.path("isNew").asBoolean(false)));
        }
        return out;
    }

    private static String text(JsonNode n) {
        return n.isTextual() ? n.asText() : null;
    }

    static ObjectMapper mapper() {
        return JSON;
    }
}

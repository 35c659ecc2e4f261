package dev.storyline.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storyline.AnalysisJson;
import dev.storyline.store.SearchResults;
import dev.storyline.store.StoredArticle;

import java.time.LocalDate;
import java.util.Map;
import java.util.SortedMap;

/** The JSON bodies of the REST API (documented in {@code /api/openapi.json}). */
final class RestApi {

    static final ObjectMapper JSON = new ObjectMapper();

    private RestApi() {
    }

    static ObjectNode search(SearchResults results, int offset, int limit) {
        ObjectNode o = JSON.createObjectNode();
        o.put("total", results.total());
        o.put("offset", offset);
        o.put("limit", limit);
        ArrayNode hits = o.putArray("hits");
        for (StoredArticle hit : results.hits()) {
            ArticleSummary a = ArticleSummary.of(hit);
            hits.addObject().put("key", a.key()).put("id", hit.analyzed().article().id()).put("title", a.title())
                    .put("url", hit.analyzed().article().url()).put("source", a.source()).put("published", a.published())
                    .put("language", a.language()).put("snippet", a.snippet());
        }
        ObjectNode facets = o.putObject("facets");
        for (String dimension : new String[]{"language", "source", "entity"}) {
            ObjectNode values = facets.putObject(dimension);
            results.facets().getOrDefault(dimension, Map.of()).forEach(values::put);
        }
        return o;
    }

    /** The article as {@code storyline analyze} prints it, with the store's key and ingestion time. */
    static ObjectNode article(StoredArticle stored) {
        ObjectNode o = JSON.createObjectNode();
        o.put("key", stored.key());
        o.put("ingested", stored.ingested().toString());
        o.setAll(AnalysisJson.of(stored.analyzed()));
        return o;
    }

    static ObjectNode entity(EntityProfile p) {
        ObjectNode o = JSON.createObjectNode();
        o.put("canonical", p.canonical());
        o.put("name", p.name());
        o.put("type", p.type());
        o.put("mentions", p.mentions());
        o.put("articles", p.totalArticles());
        o.put("scannedArticles", p.scannedArticles());
        ArrayNode variants = o.putArray("variants");
        for (EntityProfile.Variant v : p.variants()) {
            ObjectNode vo = variants.addObject().put("text", v.text()).put("count", v.count()).put("rule", v.rule());
            v.languages().forEach(vo.putArray("languages")::add);
        }
        ObjectNode languages = o.putObject("languages");
        p.languages().forEach(languages::put);
        o.set("timeline", timelineArray(p.timeline()));
        ArrayNode together = o.putArray("cooccurring");
        for (EntityProfile.Cooccurrence c : p.cooccurring()) {
            together.addObject().put("canonical", c.canonical()).put("name", c.name()).put("articles", c.articles());
        }
        ArrayNode articles = o.putArray("latestArticles");
        for (ArticleSummary a : p.articles()) {
            articles.addObject().put("key", a.key()).put("title", a.title()).put("source", a.source())
                    .put("published", a.published()).put("language", a.language());
        }
        return o;
    }

    static ObjectNode timeline(EntityProfile p) {
        ObjectNode o = JSON.createObjectNode();
        o.put("canonical", p.canonical());
        o.set("timeline", timelineArray(p.timeline()));
        return o;
    }

    private static ArrayNode timelineArray(SortedMap<LocalDate, Integer> perDay) {
        ArrayNode days = JSON.createArrayNode();
        perDay.forEach((day, n) -> days.addObject().put("day", day.toString()).put("mentions", n));
        return days;
    }

    static ObjectNode error(String message) {
        return JSON.createObjectNode().put("error", message);
    }

    static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }
}

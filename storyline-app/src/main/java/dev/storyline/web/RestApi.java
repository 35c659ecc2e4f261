package dev.storyline.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storyline.AnalysisJson;
import dev.storyline.store.SearchResults;
import dev.storyline.store.StoredArticle;

import dev.storyline.events.EventState;
import dev.storyline.summaries.EventSummary;
import dev.storyline.summaries.SummaryJson;
import java.util.function.Function;
import dev.storyline.events.Explanation;
import dev.storyline.events.Family;

import java.time.LocalDate;
import java.util.List;
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
        ObjectNode displayNames = o.putObject("displayNames");
        p.displayNames().forEach(displayNames::put);
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
        o.set("quotes", quotes(p.said()));
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

    /**
     * The stories of a page. {@code nameOf} gives each entity and place its name for the reader (the display name in
     * the reader's language for a known entity, else as the events wrote it).
     */
    static ObjectNode stories(List<StoryIndex.Story> stories, int total, int offset, int limit, Function<StoryIndex.Named, String> nameOf) {
        ObjectNode o = JSON.createObjectNode();
        o.put("total", total);
        o.put("offset", offset);
        o.put("limit", limit);
        ArrayNode list = o.putArray("stories");
        for (StoryIndex.Story s : stories) list.add(storySummary(s, nameOf));
        return o;
    }

    static ObjectNode storySummary(StoryIndex.Story s, Function<StoryIndex.Named, String> nameOf) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", s.state().id());
        o.put("label", s.label());
        o.put("first", s.state().first() == null ? null : s.state().first().toString());
        o.put("last", s.state().last() == null ? null : s.state().last().toString());
        o.put("events", s.events().size());
        o.put("articles", s.articles());
        s.sources().forEach(o.putArray("sources")::add);
        s.languages().forEach(o.putArray("languages")::add);
        o.set("entities", named(s.entities(), nameOf));
        o.set("places", named(s.places(), nameOf));
        return o;
    }

    static ObjectNode story(StoryIndex.Story s, EventSummary storySummary, StoryIndex index, Function<String, EventSummary> summaries,
                            Function<StoryIndex.Named, String> nameOf) {
        ObjectNode o = storySummary(s, nameOf);
        o.set("summary", SummaryJson.write(storySummary));
        // The story top to bottom: each event, in time order, with its headline and its first summary sentence.
        ArrayNode timeline = o.putArray("timeline");
        for (EventState e : StoriesPage.inTimeOrder(s.events())) {
            EventSummary summary = summaries.apply(e.id());
            timeline.addObject().put("event", e.id())
                    .put("first", e.first() == null ? null : e.first().toString())
                    .put("last", e.last() == null ? null : e.last().toString())
                    .put("headline", headline(e, summary)).put("summary", summary.firstSentence());
        }
        ArrayNode events = o.putArray("eventList");
        for (EventState e : s.events()) events.add(event(e, index, summaries.apply(e.id()), nameOf));
        return o;
    }

    private static String headline(EventState e, EventSummary summary) {
        return summary.headline().isBlank() ? e.label() : summary.headline();
    }

    /** An event with its summary and its quotes (the latest, newest first). */
    static ObjectNode event(EventState e, StoryIndex index, EventSummary summary, List<QuoteSeen> quotes,
                            Function<StoryIndex.Named, String> nameOf) {
        ObjectNode o = event(e, index, summary, nameOf);
        o.set("quotes", quotes(quotes));
        return o;
    }

    /** Quotes with their speakers and the article each comes from. */
    static ArrayNode quotes(List<QuoteSeen> quotes) {
        ArrayNode list = JSON.createArrayNode();
        for (QuoteSeen q : quotes) {
            list.addObject().put("text", q.text()).put("speaker", q.speaker()).put("speakerName", q.speakerName())
                    .put("speakerText", q.speakerText()).put("article", q.articleKey()).put("title", q.title())
                    .put("source", q.source()).put("language", q.language()).put("published", q.published());
        }
        return list;
    }

    static ObjectNode event(EventState e, StoryIndex index, EventSummary summary, Function<StoryIndex.Named, String> nameOf) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", e.id());
        o.put("story", e.storyId());
        o.put("label", e.label());
        o.put("headline", headline(e, summary));
        o.set("summary", SummaryJson.write(summary));
        o.put("first", e.first() == null ? null : e.first().toString());
        o.put("last", e.last() == null ? null : e.last().toString());
        o.put("size", e.size());
        o.set("entities", named(index.top(e, Family.ENTITY, 8), nameOf));
        o.set("places", named(index.top(e, Family.PLACE, 5), nameOf));
        o.set("dates", named(index.top(e, Family.DATE, 5), StoryIndex.Named::name));
        ArrayNode terms = o.putArray("terms");
        for (StoryIndex.Named n : index.top(e, Family.TERM, 10)) {
            ObjectNode t = terms.addObject().put("key", n.key()).put("name", n.name());
            // Each language's own word for the shared (pivot) key: "president" is "président" in French.
            ObjectNode words = t.putObject("words");
            StoryIndex.wordsByLanguage(e, n.key()).forEach(words::put);
        }
        ArrayNode articles = o.putArray("articles");
        for (StoryIndex.Member m : index.members(e.id())) {
            ObjectNode a = articles.addObject();
            a.put("key", m.key()).put("id", m.assignment().articleId()).put("title", m.title()).put("source", m.source())
                    .put("published", m.published()).put("language", m.language())
                    .put("startedEvent", m.assignment().newEvent()).put("startedStory", m.assignment().newStory());
            Explanation w = m.assignment().why();
            ObjectNode why = a.putObject("why");
            why.put("text", StoryIndex.why(m.assignment()));
            why.put("comparedEvent", w.comparedEvent());
            why.put("similarity", w.similarity());
            ObjectNode byFamily = why.putObject("byFamily");
            w.byFamily().forEach((family, v) -> byFamily.put(family.name().toLowerCase(java.util.Locale.ROOT), v));
            w.entities().forEach(why.putArray("entities")::add);
            w.places().forEach(why.putArray("places")::add);
            w.dates().forEach(why.putArray("dates")::add);
            w.numbers().forEach(why.putArray("numbers")::add);
            w.terms().forEach(why.putArray("terms")::add);
            w.storyShared().forEach(why.putArray("storyShared")::add);
        }
        return o;
    }

    private static ArrayNode named(List<StoryIndex.Named> names, Function<StoryIndex.Named, String> nameOf) {
        ArrayNode a = JSON.createArrayNode();
        for (StoryIndex.Named n : names) a.addObject().put("key", n.key()).put("name", nameOf.apply(n));
        return a;
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

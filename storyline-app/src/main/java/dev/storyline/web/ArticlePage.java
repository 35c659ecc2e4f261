package dev.storyline.web;

import dev.storyline.AnalyzedArticle;
import dev.storyline.entities.EntityMention;
import dev.storyline.extract.Article;
import dev.storyline.store.StoredArticle;
import dev.storyline.time.TimeExpression;
import org.jsoup.nodes.Element;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An article: its metadata, its clean text with entities and dates marked, and lists of both. */
final class ArticlePage {

    /** The story an article is in, and its event there. */
    record StoryLink(String storyId, String eventId, String label) {
    }

    private ArticlePage() {
    }

    /** @param entityNames canonical key → the name to list it under (the registry's display name) */
    static String render(StoredArticle stored, java.util.function.Function<String, String> entityNames, boolean storiesEnabled) {
        return render(stored, entityNames, null, storiesEnabled);
    }

    /** @param story the story the article is in, with the event it joined, or null when not (yet) known */
    static String render(StoredArticle stored, java.util.function.Function<String, String> entityNames,
                         StoryLink story, boolean storiesEnabled) {
        AnalyzedArticle analyzed = stored.analyzed();
        Article a = analyzed.article();
        String title = a.title() == null || a.title().isBlank() ? "Untitled article" : a.title();
        Page page = new Page(title, Page.Section.NONE, storiesEnabled);
        Element main = page.main();
        page.heading().addClass("article-title");

        Element facts = main.appendElement("dl").addClass("facts");
        if (a.source() != null && !a.source().isBlank()) {
            Page.fact(facts, "Outlet").appendElement("a").attr("href", Links.search(Map.of("source", a.source()))).text(a.source());
        }
        Page.fact(facts, "Published", a.published());
        Page.fact(facts, "Language", a.language());
        if (!a.authors().isEmpty()) Page.fact(facts, "By", String.join(", ", a.authors()));
        Page.fact(facts, "Dateline", a.dateline());
        String external = Links.safeExternal(a.url());
        if (external != null) {
            Page.fact(facts, "Original").appendElement("a").attr("href", external)
                    .attr("rel", "noopener noreferrer nofollow").attr("referrerpolicy", "no-referrer").text(external);
        } else if (a.url() != null) {
            Page.fact(facts, "Original", a.url());
        }
        if (story != null) {
            Page.fact(facts, "Story").appendElement("a").attr("href", Links.story(story.storyId()) + "#" + story.eventId())
                    .text(story.label());
        }
        Page.fact(facts, "Store key", stored.key());

        Element layout = main.appendElement("div").addClass("with-sidebar").addClass("article-layout");
        Element body = layout.appendElement("article").addClass("article-text");
        AnnotatedText.render(analyzed, body);

        Element side = layout.appendElement("aside").addClass("facets");
        Map<String, EntityMention> entities = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (EntityMention m : analyzed.entities()) {
            String k = m.canonical() != null ? m.canonical() : "?" + m.text();
            entities.putIfAbsent(k, m);
            counts.merge(k, 1, Integer::sum);
        }
        Element es = side.appendElement("section");
        es.appendElement("h2").text("Entities");
        if (entities.isEmpty()) es.appendElement("p").addClass("muted").text("None found.");
        Element list = es.appendElement("ul");
        entities.forEach((k, m) -> {
            Element li = list.appendElement("li");
            Element name = m.canonical() == null ? li.appendElement("span") : li.appendElement("a").attr("href", Links.entity(m.canonical()));
            name.addClass("entity").addClass("entity-" + (m.type() == null ? "misc" : m.type().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "")))
                    .text(m.canonical() == null ? m.text() : entityNames.apply(m.canonical()));
            li.appendElement("span").addClass("count").text(String.valueOf(counts.get(k)));
        });
        List<TimeExpression> dates = analyzed.dates();
        Element ds = side.appendElement("section");
        ds.appendElement("h2").text("Dates");
        if (dates.isEmpty()) ds.appendElement("p").addClass("muted").text("None found.");
        Element dl = ds.appendElement("ul");
        for (TimeExpression t : dates) {
            Element li = dl.appendElement("li");
            li.appendElement("span").addClass("date").text(t.text());
            if (t.value() != null) li.appendElement("span").addClass("count").text(t.value());
        }
        side.appendElement("p").appendElement("a").attr("href", "/api/articles/" + java.net.URLEncoder.encode(stored.key(), java.nio.charset.StandardCharsets.UTF_8))
                .text("This article as JSON");
        return page.html();
    }
}

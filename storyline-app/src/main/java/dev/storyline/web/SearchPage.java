package dev.storyline.web;

import dev.storyline.store.SearchRequest;
import dev.storyline.store.SearchResults;
import dev.storyline.store.StoredArticle;
import org.jsoup.nodes.Element;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** The search page: a query form, facets (language, source, entity) as filters, and a page of hits. */
final class SearchPage {

    private static final Map<String, String> FACET_TITLES = Map.of("language", "Language", "source", "Outlet", "entity", "Entity");

    private SearchPage() {
    }

    static String render(SearchRequest request, SearchResults results, Function<String, String> entityNames,
                         boolean storiesEnabled) {
        Map<String, String> parameters = parameters(request);
        Page page = new Page("Search", Page.Section.SEARCH, storiesEnabled);
        Element main = page.main();

        Element form = main.appendElement("form").addClass("search-form").attr("action", "/search").attr("method", "get");
        form.appendElement("input").attr("type", "search").attr("name", "q").attr("value", nullToEmpty(request.query()))
                .attr("placeholder", "Words, \"a phrase\", -excluded, a OR b").attr("aria-label", "Query");
        dateInput(form, "from", "From", request.from() == null ? null : request.from().toString());
        dateInput(form, "to", "To", request.to() == null ? null : request.to().toString());
        for (String kept : new String[]{"language", "source", "entity"}) {
            if (parameters.get(kept) != null) form.appendElement("input").attr("type", "hidden").attr("name", kept).attr("value", parameters.get(kept));
        }
        form.appendElement("button").attr("type", "submit").text("Search");

        if (request.query() != null || !parameters.isEmpty()) {
            // One click saves this search, its filters included, as an alert (POST /alerts, then back to the Alerts page).
            AlertsPage.oneClick(main, "Save as alert", "kind", "search", "q", parameters.get("q"),
                    "language", parameters.get("language"), "source", parameters.get("source"),
                    "entity", parameters.get("entity"), "from", parameters.get("from"), "to", parameters.get("to"));
        }
        Element active = main.appendElement("div").addClass("active-filters");
        for (String name : new String[]{"language", "source", "entity"}) {
            String value = parameters.get(name);
            if (value == null) continue;
            String label = name.equals("entity") ? entityNames.apply(value) : value;
            active.appendElement("a").addClass("chip").attr("href", Links.search(Links.with(parameters, name, null)))
                    .attr("title", "Remove this filter").text(FACET_TITLES.get(name) + ": " + label + " ✕");
        }

        Element layout = main.appendElement("div").addClass("with-sidebar");
        Element facets = layout.appendElement("aside").addClass("facets");
        for (String dimension : new String[]{"language", "source", "entity"}) {
            Map<String, Integer> values = results.facets().getOrDefault(dimension, Map.of());
            if (values.isEmpty()) continue;
            Element section = facets.appendElement("section");
            section.appendElement("h2").text(FACET_TITLES.get(dimension));
            Element list = section.appendElement("ul");
            values.forEach((value, count) -> {
                Element li = list.appendElement("li");
                boolean selected = value.equals(parameters.get(dimension));
                String label = dimension.equals("entity") ? entityNames.apply(value) : value;
                Element a = li.appendElement("a").attr("href", Links.search(Links.with(parameters, dimension, selected ? null : value)))
                        .attr("title", label).text(label);
                if (selected) a.addClass("selected");
                li.appendElement("span").addClass("count").text(String.valueOf(count));
            });
        }

        Element results_ = layout.appendElement("section").addClass("results");
        results_.appendElement("p").addClass("summary").text(results.total() == 0 ? "No articles match."
                : String.format("%,d article%s%s", results.total(), results.total() == 1 ? "" : "s",
                results.total() > request.limit() ? String.format(" · showing %,d–%,d", request.offset() + 1,
                        request.offset() + results.hits().size()) : ""));
        Element list = results_.appendElement("ol").addClass("hits");
        for (StoredArticle hit : results.hits()) ArticleList.item(list, ArticleSummary.of(hit));
        Element pager = results_.appendElement("nav").addClass("pager");
        if (request.offset() > 0) {
            Map<String, String> previous = new LinkedHashMap<>(parameters);
            previous.put("offset", String.valueOf(Math.max(0, request.offset() - request.limit())));
            pager.appendElement("a").attr("href", Links.search(previous)).text("← Newer / better");
        }
        if (request.offset() + results.hits().size() < results.total()) {
            Map<String, String> next = new LinkedHashMap<>(parameters);
            next.put("offset", String.valueOf(request.offset() + request.limit()));
            pager.appendElement("a").attr("href", Links.search(next)).text("More →");
        }
        return page.html();
    }

    private static void dateInput(Element form, String name, String label, String value) {
        Element l = form.appendElement("label").addClass("date-input").text(label + " ");
        l.appendElement("input").attr("type", "date").attr("name", name).attr("value", nullToEmpty(value));
    }

    private static Map<String, String> parameters(SearchRequest r) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("q", r.query());
        p.put("language", r.language());
        p.put("source", r.source());
        p.put("entity", r.entity());
        p.put("from", r.from() == null ? null : r.from().toString());
        p.put("to", r.to() == null ? null : r.to().toString());
        p.values().removeIf(java.util.Objects::isNull);
        return p;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}

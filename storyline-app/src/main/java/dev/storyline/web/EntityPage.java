package dev.storyline.web;

import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Map;

/** An entity: its spellings with counts and languages, a timeline of mentions, its articles and company. */
final class EntityPage {

    private EntityPage() {
    }

    static String render(EntityProfile profile, boolean storiesEnabled) {
        return render(profile, List.of(), storiesEnabled);
    }

    /** @param stories the stories of its latest articles, latest first */
    static String render(EntityProfile profile, List<StoryIndex.Story> stories, boolean storiesEnabled) {
        Page page = new Page(profile.name(), Page.Section.NONE, storiesEnabled);
        Element main = page.main();
        page.heading().appendElement("span").addClass("type-badge").addClass("entity-" + profile.type().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", ""))
                .text(profile.type());
        AlertsPage.oneClick(main, "Watch", "kind", "entity", "watch", profile.canonical());
        Element facts = main.appendElement("dl").addClass("facts");
        Page.fact(facts, "Key", profile.canonical());
        Page.fact(facts, "Mentions", String.format("%,d", profile.mentions()));
        Element articles = Page.fact(facts, "Articles", String.format("%,d", profile.totalArticles()));
        articles.appendText(" · ").appendElement("a").attr("href", Links.search(Map.of("entity", profile.canonical())))
                .text("search them");
        if (profile.scannedArticles() < profile.totalArticles()) {
            main.appendElement("p").addClass("note").text(String.format(
                    "Figures below come from the latest %,d of its %,d articles.", profile.scannedArticles(), profile.totalArticles()));
        }

        Element timeline = main.appendElement("section").addClass("panel");
        timeline.appendElement("h2").text("Mentions over time");
        TimelineChart.render(profile.timeline(), timeline);

        Element grid = main.appendElement("div").addClass("grid-2");
        Element variants = grid.appendElement("section").addClass("panel");
        variants.appendElement("h2").text("Names used");
        Element table = variants.appendElement("table").addClass("variants");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").text("Spelling");
        head.appendElement("th").addClass("num").text("Mentions");
        head.appendElement("th").text("Languages");
        head.appendElement("th").text("Joined by");
        Element tbody = table.appendElement("tbody");
        for (EntityProfile.Variant v : profile.variants()) {
            Element tr = tbody.appendElement("tr").addClass("variant");
            tr.appendElement("td").addClass("variant-text").text(v.text());
            tr.appendElement("td").addClass("num").text(String.valueOf(v.count()));
            tr.appendElement("td").text(String.join(", ", v.languages()));
            tr.appendElement("td").addClass("muted").text(v.rule() == null ? "" : v.rule());
        }
        Element languages = variants.appendElement("p").addClass("muted");
        languages.text("By language: ");
        profile.languages().forEach((lang, n) -> languages.appendText(lang + " " + n + "  "));

        Element company = grid.appendElement("section").addClass("panel");
        company.appendElement("h2").text("Named alongside");
        if (profile.cooccurring().isEmpty()) company.appendElement("p").addClass("muted").text("No other entity.");
        Element ul = company.appendElement("ul").addClass("plain");
        for (EntityProfile.Cooccurrence c : profile.cooccurring()) {
            Element li = ul.appendElement("li");
            li.appendElement("a").addClass("entity").attr("href", Links.entity(c.canonical())).text(c.name());
            li.appendElement("span").addClass("count").attr("title", "articles shared").text(String.valueOf(c.articles()));
        }

        if (!stories.isEmpty()) {
            Element in = main.appendElement("section").addClass("panel");
            in.appendElement("h2").text("In stories");
            Element storyList = in.appendElement("ul").addClass("plain");
            for (StoryIndex.Story s : stories) {
                Element li = storyList.appendElement("li");
                li.appendElement("a").addClass("story-link").attr("href", Links.story(s.state().id())).text(s.label());
                li.appendElement("span").addClass("count").text(StoriesPage.span(s.state().first(), s.state().last())
                        + " · " + s.articles() + " articles");
            }
        }
        if (!profile.said().isEmpty()) {
            Element said = main.appendElement("section").addClass("panel").attr("id", "said");
            said.appendElement("h2").text("What " + profile.name() + " said");
            QuoteSeen.render(said, profile.said(), false);
        }

        Element list = main.appendElement("section").addClass("panel");
        list.appendElement("h2").text("Latest articles");
        Element ol = list.appendElement("ol").addClass("hits");
        for (ArticleSummary a : profile.articles()) ArticleList.item(ol, a);
        return page.html();
    }
}

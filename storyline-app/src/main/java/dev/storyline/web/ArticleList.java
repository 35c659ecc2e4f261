package dev.storyline.web;

import org.jsoup.nodes.Element;

/** One article in a list: title linking to its page, outlet, date, language, and the start of its text. */
final class ArticleList {

    private ArticleList() {
    }

    static Element item(Element list, ArticleSummary a) {
        Element li = list.appendElement("li").addClass("hit");
        li.appendElement("a").addClass("hit-title").attr("href", Links.article(a.key())).text(a.heading());
        Element meta = li.appendElement("div").addClass("meta");
        if (a.source() != null) meta.appendElement("span").addClass("source").text(a.source());
        if (a.published() != null) meta.appendElement("span").addClass("published").text(a.published());
        if (a.language() != null) meta.appendElement("span").addClass("lang").text(a.language());
        li.appendElement("p").addClass("snippet").text(a.snippet());
        return li;
    }
}

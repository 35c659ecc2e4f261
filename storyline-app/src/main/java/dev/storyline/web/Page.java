package dev.storyline.web;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * The frame every UI page shares: head, navigation, main column. Pages are built as jsoup elements, and every
 * piece of article content goes in through {@link Element#text(String)} or {@link Element#attr(String, String)},
 * which escape: content is escaped by construction, never concatenated into markup.
 */
final class Page {

    enum Section { STORIES, SEARCH, SOURCES, ALERTS, NONE }

    private final Document document;
    private final Element main;

    Page(String title, Section active, boolean storiesEnabled) {
        document = Document.createShell("");
        document.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);
        Element html = document.selectFirst("html");
        html.attr("lang", "en");
        Element head = document.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(title + " · Storyline");
        head.appendElement("link").attr("rel", "stylesheet").attr("href", "/static/storyline.css");
        Element body = document.body();
        Element header = body.appendElement("header").addClass("top");
        header.appendElement("a").addClass("brand").attr("href", "/").text("Storyline");
        Element nav = header.appendElement("nav");
        if (storiesEnabled) navLink(nav, "/stories", "Stories", active == Section.STORIES);
        navLink(nav, "/search", "Search", active == Section.SEARCH);
        navLink(nav, "/sources", "Sources", active == Section.SOURCES);
        navLink(nav, "/alerts", "Alerts", active == Section.ALERTS);
        navLink(nav, "/api/openapi.json", "API", false);
        Element form = header.appendElement("form").addClass("quick-search").attr("action", "/search").attr("method", "get");
        form.appendElement("input").attr("type", "search").attr("name", "q").attr("placeholder", "Search articles…")
                .attr("aria-label", "Search articles");
        main = body.appendElement("main");
        main.appendElement("h1").text(title);
    }

    private static void navLink(Element nav, String href, String label, boolean active) {
        Element a = nav.appendElement("a").attr("href", href).text(label);
        if (active) a.addClass("active").attr("aria-current", "page");
    }

    Element main() {
        return main;
    }

    Element heading() {
        return main.selectFirst("h1");
    }

    String html() {
        return "<!DOCTYPE html>" + document.outerHtml();
    }

    /** A definition-list row "label: value" appended to {@code list}; a null or blank value adds nothing. */
    static Element fact(Element list, String label, String value) {
        if (value == null || value.isBlank()) return null;
        list.appendElement("dt").text(label);
        return list.appendElement("dd").text(value);
    }

    /** A definition-list row whose value the caller fills (with a link, say). */
    static Element fact(Element list, String label) {
        list.appendElement("dt").text(label);
        return list.appendElement("dd");
    }

    static String errorPage(int status, String message, boolean storiesEnabled) {
        Page page = new Page(status == 404 ? "Not found" : "Cannot do that", Section.NONE, storiesEnabled);
        page.main().appendElement("p").addClass("error").text(message);
        page.main().appendElement("p").appendElement("a").attr("href", "/search").text("Back to search");
        return page.html();
    }
}

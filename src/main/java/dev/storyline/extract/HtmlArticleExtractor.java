package dev.storyline.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.stream.Collectors;

/** Main text and metadata of an HTML page. */
public final class HtmlArticleExtractor {

    public Article extract(String id, String url, String html) {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        Element og = doc.selectFirst("meta[property=og:title]");
        String title = og != null ? og.attr("content") : doc.title();
        String text = doc.select("p").stream().map(Element::text).filter(t -> !t.isBlank())
                .collect(Collectors.joining("\n"));
        return new Article(id, url, null, title.isBlank() ? null : title, null, List.of(), null, null, text);
    }
}

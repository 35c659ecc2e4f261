package dev.storyline.extract;

import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Main text and metadata of an HTML page: jsoup parses it, {@link HtmlMetadata} reads what the page says about
 * itself, {@link MainText} finds the article body. Thread-safe: every call works on its own document.
 */
public final class HtmlArticleExtractor {

    /** How much non-article text a container's article text must outweigh (tuned on the extraction evaluation). */
    private static final double OTHER_TEXT_PENALTY = 0.5;

    private final HtmlMetadata metadata = new HtmlMetadata();
    private final BoilerplateLexicon lexicon = BoilerplateLexicon.standard();

    public Article extract(String id, String url, String html) {
        Document doc = Parser.htmlParser().parseInput(html, url == null ? "" : url);
        HtmlMetadata.Found found = metadata.read(doc, url);
        String text = new MainText(OTHER_TEXT_PENALTY, lexicon).extract(doc.body(), found.title());
        return new Article(id, url, found.source(), found.title(), found.published(), found.authors(), null, null, text);
    }
}

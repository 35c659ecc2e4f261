package dev.storyline.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Main text and metadata of an HTML page: jsoup parses it, {@link HtmlMetadata} reads what the page says about
 * itself, {@link MainText} finds the article body. Thread-safe: every call works on its own document.
 */
public final class HtmlArticleExtractor {

    /** How much non-article text a container's article text must outweigh (tuned on the extraction evaluation). */
    private static final double OTHER_TEXT_PENALTY = 0.5;

    /**
     * A title longer than this that holds markup swallowed the page: its end tag was lost or garbled
     * ({@code </titlevalue="true" -->}, a page saved cut short), so the parser read the whole page as title text.
     */
    private static final int SWALLOWING_TITLE_CHARS = 1000;

    private final HtmlMetadata metadata = new HtmlMetadata();
    private final BoilerplateLexicon lexicon = BoilerplateLexicon.standard();

    public Article extract(String id, String url, String html) {
        String base = url == null ? "" : url;
        Document doc = Parser.htmlParser().parseInput(html, base);
        String repaired = withTitleClosed(doc, html);
        if (repaired != null) doc = Parser.htmlParser().parseInput(repaired, base);
        HtmlMetadata.Found found = metadata.read(doc, url);
        String text = new MainText(OTHER_TEXT_PENALTY, lexicon).extract(doc.body(), found.title());
        return new Article(id, url, found.source(), found.title(), found.published(), found.authors(), null, null, text);
    }

    /**
     * The page with its title closed before the first tag inside it, when the title swallowed the page; else null.
     * Checked on the parsed document, so the raw markup is searched only on such broken pages.
     */
    static String withTitleClosed(Document doc, String html) {
        Element title = doc.selectFirst("title");
        if (title == null) return null;
        String text = title.text();
        if (text.length() < SWALLOWING_TITLE_CHARS || text.indexOf('<') < 0) return null;
        int open = indexOfIgnoreCase(html, "<title", 0);
        if (open < 0) return null;
        int tagEnd = html.indexOf('>', open);
        if (tagEnd < 0) return null;
        int firstTag = html.indexOf('<', tagEnd + 1);
        if (firstTag < 0) return null;
        return html.substring(0, firstTag) + "</title>" + html.substring(firstTag);
    }

    private static int indexOfIgnoreCase(String s, String what, int from) {
        for (int i = from; i + what.length() <= s.length(); i++) {
            if (s.regionMatches(true, i, what, 0, what.length())) return i;
        }
        return -1;
    }
}

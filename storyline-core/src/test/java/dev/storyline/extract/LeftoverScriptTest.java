package dev.storyline.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Script text that broken or truncated markup leaves outside any script element, so that the parser reads it as
 * text (seen on archived 2008 news pages of the L3S-GN1 set: image preloaders and page counters above the
 * article). Hand-written pages; the script lines are invented in the style of such preloaders.
 */
class LeftoverScriptTest {

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private String text(String body) {
        return BridgeArticle.text(extractor, body);
    }

    @Test
    void scriptStatementsLeftAsTextAreDropped() {
        String text = text("<div>function preloadImages() { if (document.images) { menu_over = newImage("
                + "\"img/menu-over.gif\"); tools_over = newImage(\"img/tools-over.gif\"); } }</div>"
                + "<article><h1>Harbour bridge reopens after repairs</h1>" + BridgeArticle.PARAGRAPHS
                + "</article>");
        assertTrue(text.contains("Engineers replaced forty tonnes"), text);
        assertFalse(text.contains("newImage"), text);
    }

    @Test
    void codeInsideACodeElementStays() {
        String text = text("<article><h1>Harbour bridge reopens after repairs</h1>" + BridgeArticle.PARAGRAPHS
                + "<p>The council's open-data page counts the crossings with a short script:</p>"
                + "<pre><code>for (int i = 0; i &lt; sensors.length; i++) { total += sensors[i].count(); }"
                + "</code></pre></article>");
        assertTrue(text.contains("total += sensors[i].count();"), text);
    }

    @Test
    void proseQuotingSymbolsStays() {
        String quote = "<p>\u201cThe bridge is <<open>> again, and the ferry [is] too,\u201d she said; \u201cit "
                + "took long enough.\u201d</p>";
        String text = text("<article><h1>Harbour bridge reopens after repairs</h1>" + BridgeArticle.PARAGRAPHS
                + quote + "</article>");
        assertTrue(text.contains("took long enough"), text);
    }
}

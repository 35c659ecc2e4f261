package dev.storyline.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Program source in scraped text: a page's minified scripts, which some text browsers print when a page keeps them
 * where they expect text, weigh nothing, so a short article beside them is still found; a code sample inside an
 * article stays in it. Lines hand-written for the rule.
 */
class ScrapedCodeLinesTest {

    private final ScrapedTextExtractor extractor = new ScrapedTextExtractor(LocalDate.of(2026, 11, 22));

    private static final String SCRIPT = "function r(e,t){if(!(e instanceof t))throw new TypeError(\"Cannot call a "
            + "class as a function\")}var o = e.body, u = n[0] || []; if (\"loading\" === e.readyState) { var a = "
            + "function () { return document.body }; e.addEventListener(\"DOMContentLoaded\", a) } else { r(o) } for "
            + "(var i = 0; i < u.length; i++) { if (u[i].type === \"x\" && u[i].id !== t.id) { u[i].remove() } }";

    private static final String ARTICLE = """
            Harbour bridge reopens after repairs
            The harbour bridge in Lakeside reopened to traffic on Monday after eight months of repairs to its steel deck.
            Engineers replaced forty tonnes of corroded plates and repainted the whole span, the town council said.
            Night closures will continue until Friday while the last lamps are installed, the council added.
            """;

    @Test
    void minifiedScriptLinesAreCode() {
        assertTrue(ScrapedLineClassifier.looksLikeCode(SCRIPT));
        assertFalse(ScrapedLineClassifier.looksLikeCode("The council (which met on Monday) approved the budget of "
                + "4.2 million euros; the mayor abstained."));
        assertFalse(ScrapedLineClassifier.looksLikeCode("1- Pérez Zeledón: 22- Jussef Delgado(8), 3- Randall "
                + "Cordero(6.5), 2- Diego Mesén(6), 29- Henrique Moura(7)"));
    }

    @Test
    void aShortArticleBesideLeakedScriptsIsFound() {
        StringBuilder scripts = new StringBuilder();
        for (int i = 0; i < 6; i++) scripts.append(SCRIPT.replace("u[i]", "u[" + i + "]")).append('\n');
        String page = ARTICLE + "Home News Sport\n" + scripts;
        String text = extractor.extract("p", null, page).text();
        assertTrue(text.startsWith("The harbour bridge in Lakeside reopened"), text);
        assertFalse(text.contains("TypeError"), text);
    }

    @Test
    void aCodeSampleBetweenAnArticlesParagraphsStays() {
        String code = "for (int i = 0; i < plates.length; i++) { if (plates[i].corroded) { replace(plates[i]); } }";
        String page = ARTICLE.replace("Engineers replaced", code + "\nEngineers replaced");
        String text = extractor.extract("p", null, page).text();
        assertEquals(4, text.lines().count(), text);
        assertTrue(text.contains(code), text);
    }
}

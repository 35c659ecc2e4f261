package dev.storyline.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scraped text: what stands just outside the densest run of prose and is still the article's. A standfirst above
 * the byline, date and share buttons, and a list of points that closes the article. Pages hand-written in the
 * shape w3m prints (one line per block), the article invented.
 */
class ScrapedBodyEdgesTest {

    private final ScrapedTextExtractor extractor = new ScrapedTextExtractor(LocalDate.of(2024, 3, 5));

    private static final String BODY = """
            The harbour bridge in Lakeside reopened to traffic on Monday after eight months of repairs to its steel deck, the town council said in a statement.
            Engineers replaced forty tonnes of corroded plates and repainted the whole span, which carries about twelve thousand vehicles a day between the old town and the ferry terminal.
            Night closures will continue until Friday while the last lamps are installed, the council added, and buses will keep their detour until then.
            """;

    private String text(String page) {
        return extractor.extract("p", "https://courier.example/news/bridge", page).text();
    }

    @Test
    void aStandfirstAboveTheBylineAndShareButtonsIsKept() {
        String text = text("""
                Home
                News
                Harbour bridge reopens after repairs
                After eight months of works the town gets its busiest crossing back, a week before the ferry season opens.
                By Anna Berg
                4 March 2024
                Share on Facebook
                Share on Twitter
                """ + BODY + """
                Sign up for our newsletter
                """);
        assertTrue(text.startsWith("After eight months of works"), text);
        assertTrue(text.contains("Night closures will continue"), text);
        assertFalse(text.contains("Anna Berg"), text);
    }

    @Test
    void aParagraphAboveAHeadlineIsNotAStandfirst() {
        String text = text("""
                The council also approved the budget for the new swimming pool, which will open next summer in the park.
                Harbour bridge reopens after repairs after a long winter of closures in the town
                By Anna Berg
                """ + BODY);
        assertFalse(text.contains("swimming pool"), text);
    }

    @Test
    void aListOfPointsThatClosesTheArticleIsKept() {
        String text = text(BODY + """
                  • the speed limit on the bridge is now 30 kilometres an hour
                  • lorries over 20 tonnes must use the ring road at night
                  • the cycle lane on the eastern side opens in the spring
                Share on Facebook
                """);
        assertTrue(text.contains("lorries over 20 tonnes must use the ring road"), text);
        assertTrue(text.contains("the cycle lane on the eastern side"), text);
    }

    @Test
    void aMenuAfterTheArticleIsNot() {
        String text = text(BODY + """
                  • Home
                  • Local news
                  • Sport
                  • Contact us
                """);
        assertFalse(text.contains("Local news"), text);
    }
}

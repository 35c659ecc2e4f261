package dev.storyline.extract;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlArticleExtractorTest {

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private static String fixture(String name) throws IOException {
        try (InputStream in = HtmlArticleExtractorTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Article boilerplatePage() throws IOException {
        return extractor.extract("bridge", "https://www.lakeside-courier.example/news/bridge",
                fixture("boilerplate-page.html"));
    }

    @Test
    void keepsTheArticleParagraphsHeadingsAndListItemsOneALine() throws IOException {
        List<String> lines = boilerplatePage().text().lines().toList();
        assertTrue(lines.contains("Cyclists get a lane of their own"), lines::toString);
        assertTrue(lines.contains("Speed limit lowered to 40 km/h on the bridge."), lines::toString);
        assertTrue(lines.contains("The harbour bridge in Lakeside reopened to traffic on Monday morning after eight "
                + "months of repairs to its steel deck, the town council said."), lines::toString);
        assertTrue(lines.get(lines.size() - 1).startsWith("Night closures end on Friday."), lines::toString);
    }

    @Test
    void dropsNavigationFooterCookieBannerAndSidebar() throws IOException {
        String text = boilerplatePage().text();
        for (String boilerplate : List.of("Sport", "Weather", "Home", "cookies", "All rights reserved", "Most read",
                "Storm warning")) {
            assertFalse(text.contains(boilerplate), () -> boilerplate + " in:\n" + text);
        }
    }

    @Test
    void dropsShareButtonsRelatedLinksNewsletterBoxAndComments() throws IOException {
        String text = boilerplatePage().text();
        for (String boilerplate : List.of("Share on Facebook", "Tweet this", "Related articles", "Ferry timetable",
                "newsletter", "morning briefing", "comments", "waiting for this bridge")) {
            assertFalse(text.contains(boilerplate), () -> boilerplate + " in:\n" + text);
        }
    }

    private String trailingBoxesText() throws IOException {
        return extractor.extract("frost", "https://www.valley-ledger.example/frost-fans",
                fixture("trailing-boxes-page.html")).text();
    }

    @Test
    void keepsTheLastParagraphBeforeTheBoxesThatCloseTheArticle() throws IOException {
        List<String> lines = trailingBoxesText().lines().toList();
        assertEquals("The cooperative will publish the first measurements from the fans at its meeting in June.",
                lines.get(lines.size() - 1), lines::toString);
    }

    @Test
    void dropsTheBoxUnderAnAboutTheAuthorHeading() throws IOException {
        String text = trailingBoxesText();
        assertFalse(text.contains("About the author"), text);
        assertFalse(text.contains("Mara Lind has covered farming"), text);
    }

    @Test
    void dropsTheBoxUnderAContactHeading() throws IOException {
        String text = trailingBoxesText();
        assertFalse(text.contains("4 Mill Road"), text);
    }

    @Test
    void dropsCopyrightNotices() throws IOException {
        String text = trailingBoxesText();
        assertFalse(text.contains("All rights reserved"), text);
    }

    @Test
    void readsTheArticleFromAScriptTemplateWhenTheVisiblePageHasNone() throws IOException {
        String text = extractor.extract("trains", null, fixture("script-template-page.html")).text();
        assertTrue(text.contains("Sleeper trains will run again between the capital and the northern coast"), text);
        assertTrue(text.contains("tickets go on sale at the end of the month."), text);
        assertFalse(text.contains("Please turn on scripts"), text);
    }

    @Test
    void dropsSectionLabelsAboveTheTitleAndTheTitleHeadingItself() {
        String html = "<html><head><title>Ferry fares rise in the spring</title></head><body><div class='story'>"
                + "<div class='kicker'>Transport</div><div>Harbour news</div>"
                + "<h1>Ferry fares rise in the spring</h1>"
                + "<p>" + "Tickets for the lake ferries will cost a little more from April, the operator said. ".repeat(3)
                + "</p></div></body></html>";
        Article a = extractor.extract("fares", null, html);
        List<String> lines = a.text().lines().toList();
        assertTrue(lines.get(0).startsWith("Tickets for the lake ferries"), lines::toString);
        assertEquals("Ferry fares rise in the spring", a.title(), "the headline is the article's title, not its text");
    }

    @Test
    void keepsAStandfirstAboveTheTitle() {
        String standfirst = "The operator blames the price of fuel and says the winter timetable will stay as it is.";
        String html = "<html><head><title>Ferry fares rise in the spring</title></head><body><div class='story'>"
                + "<p>" + standfirst + "</p><h1>Ferry fares rise in the spring</h1>"
                + "<p>" + "Tickets for the lake ferries will cost a little more from April, the operator said. ".repeat(3)
                + "</p></div></body></html>";
        List<String> lines = extractor.extract("fares", null, html).text().lines().toList();
        assertEquals(standfirst, lines.get(0), lines::toString);
    }

    @Test
    void readsTitleDateAuthorsAndPublisherFromJsonLd() throws IOException {
        Article a = extractor.extract("marche", "https://www.petit-ligerien.example/valbonne/marche",
                fixture("metadata-jsonld.html"));
        assertEquals("Un nouveau marché couvert à Valbonne-sur-Loire", a.title());
        assertEquals("2024-03-05T08:30:00+01:00", a.published());
        assertEquals(List.of("Claire Dubois", "Julien Martin"), a.authors());
        assertEquals("Le Petit Ligérien", a.source());
        assertNull(a.dateline());
    }

    @Test
    void readsMetaTagsWhenTheJsonLdIsBroken() throws IOException {
        Article a = extractor.extract("faehre", "https://www.seekurier.example/faehre",
                fixture("metadata-meta-tags.html"));
        assertEquals("Neue Fähre für den Bodensee", a.title(), "the <title> less its site-name suffix");
        assertEquals("2023-11-20T06:15:00Z", a.published());
        assertEquals("Seekurier", a.source());
        assertTrue(a.text().startsWith("Die neue Fähre zwischen Konstanz und Meersburg"), a.text());
    }

    @Test
    void cleansBylinePrefixesAndSplitsSeveralAuthorsButNeverTakesAnUrl() throws IOException {
        Article a = extractor.extract("faehre", null, fixture("metadata-meta-tags.html"));
        assertEquals(List.of("Hans Müller", "Petra Schmidt"), a.authors());
    }

    @Test
    void readsAuthorsFromBylineElements() {
        String html = "<html><body><div class='byline'>By <a href='/staff/ana'>Ana Lima</a></div>"
                + "<p>" + "A long enough paragraph about the harbour and its new bridge. ".repeat(3) + "</p></body></html>";
        assertEquals(List.of("Ana Lima"), extractor.extract("x", null, html).authors());
    }

    @Test
    void takesTheSourceFromTheUrlHostWhenThePageDoesNotNameIt() {
        Article a = extractor.extract("x", "https://www.example.org/2024/01/story.html",
                "<html><head><title>Story</title></head><body><p>Short.</p></body></html>");
        assertEquals("example.org", a.source());
    }

    @Test
    void survivesAHundredThousandNestedDivs() {
        String html = "<html><body>" + "<div>".repeat(100_000) + "<p>Deep inside the page there is still a "
                + "sentence worth keeping for the reader.</p>" + "</div>".repeat(100_000) + "</body></html>";
        Article a = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> extractor.extract("deep", null, html));
        assertTrue(a.text().contains("Deep inside the page"), a.text());
    }

    @Test
    void extractsAFiftyMegabytePage() {
        String paragraph = "<p>Paragraph of a very long page, which goes on and on about the lake and the bridge.</p>\n";
        StringBuilder html = new StringBuilder("<html><body><nav><a href='/'>Home</a></nav><article>");
        while (html.length() < 50_000_000) html.append(paragraph);
        html.append("</article></body></html>");
        Article a = assertTimeoutPreemptively(Duration.ofSeconds(120),
                () -> extractor.extract("large", null, html.toString()));
        assertTrue(a.text().length() > 40_000_000, () -> "text length " + a.text().length());
        assertFalse(a.text().contains("Home"));
    }
}

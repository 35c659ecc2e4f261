package dev.storyline.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Boxes inside an article's container that are not the article, found by their structure rather than their names:
 * elements a CSS framework hides by class, and lists of cards (teasers of other stories, quizzes). Pages
 * hand-written for the rules; the cards and the article's own lists differ in what a reader of the markup sees.
 */
class PageBoxesTest {

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private static final String PARAGRAPHS = BridgeArticle.PARAGRAPHS
            + "<p>The repairs cost 4.2 million euros, a fifth more than planned, because the corrosion under the "
            + "asphalt was worse than the first survey had shown, the council's engineer told the committee.</p>";

    private String text(String body) {
        return BridgeArticle.text(extractor, body);
    }

    private static String card(String cls, String heading, String teaser) {
        return "<li class='" + cls + "'><h3><a href='/news/" + heading.length() + "'>" + heading + "</a></h3><p>"
                + teaser + "</p></li>";
    }

    private static final String TEASER_CARDS = "<ul>"
            + card("story", "Ferry timetable changes in spring", "The ferry company will add two crossings on "
            + "weekdays from April, it announced on its website this week.")
            + card("story", "School roof repairs delayed again", "Parents were told the gym will stay closed "
            + "until the summer holidays because the contractor has no steel.")
            + card("story", "Market square gets new benches", "Twenty oak benches were installed around the "
            + "fountain, paid for by the traders' association and the council.")
            + "</ul>";

    @Test
    void aListOfTeaserCardsInsideTheArticleIsDropped() {
        String text = text("<article><h1>Harbour bridge reopens after repairs</h1>" + PARAGRAPHS + TEASER_CARDS
                + "</article>");
        assertTrue(text.contains("Engineers replaced forty tonnes"), text);
        assertFalse(text.contains("ferry company will add two crossings"), text);
        assertFalse(text.contains("School roof repairs"), text);
    }

    @Test
    void sectionsOfTheArticleWithHeadingsThatAreNotLinksStay() {
        String sections = "<ul>"
                + "<li class='step'><h3>The deck</h3><p>Forty tonnes of plates were cut out and replaced. "
                + "<a href='/report'>Read the engineers' report</a>.</p></li>"
                + "<li class='step'><h3>The paint</h3><p>Three coats of grey paint now protect the span from the "
                + "salt of the harbour air. <a href='/paint'>About the paint</a>.</p></li>"
                + "<li class='step'><h3>The lamps</h3><p>New lamps use a third of the old ones' power, the "
                + "council said. <a href='/lamps'>The lamps</a>.</p></li></ul>";
        String text = text("<article><h1>Harbour bridge reopens after repairs</h1>" + PARAGRAPHS + sections
                + "</article>");
        assertTrue(text.contains("Three coats of grey paint"), text);
        assertTrue(text.contains("The lamps"), text);
    }

    @Test
    void cardsThatHoldMostOfThePagesProseStay() {
        String text = text("<div><h1>Harbour bridge reopens after repairs</h1>" + TEASER_CARDS + "</div>");
        assertTrue(text.contains("ferry company will add two crossings"), text);
    }

    @Test
    void anElementHiddenByItsClassIsDropped() {
        String text = text("<article><h1>Harbour bridge reopens after repairs</h1>" + PARAGRAPHS
                + "<div class='hidden' id='quiz-slider'><h6>Take our quizzes</h6><p>Find out which bridge suits "
                + "your personality with our twelve quick questions and science-based advice.</p></div></article>");
        assertFalse(text.contains("Take our quizzes"), text);
        assertFalse(text.contains("which bridge suits"), text);
    }

    @Test
    void anElementShownAgainAtSomeWidthStays() {
        String text = text("<article><h1>Harbour bridge reopens after repairs</h1>" + PARAGRAPHS
                + "<div class='hidden md:block'><p>The bridge was first opened in 1911 and has been repaired "
                + "three times since then, the last time in 1987.</p></div></article>");
        assertTrue(text.contains("first opened in 1911"), text);
    }
    /** Headlines that link elsewhere, each followed by its teaser line: CBC's 2008 "lineup" boxes are laid out so. */
    private static final String TEASER_LIST = "<dl>"
            + "<dt><a href='/news/ferry'>Ferry timetable changes in spring</a></dt><dd>The ferry company will add "
            + "two crossings on weekdays from April, it announced on its website this week.</dd>"
            + "<dt><a href='/news/school'>School roof repairs delayed again</a></dt><dd>Parents were told the gym "
            + "will stay closed until the summer holidays because the contractor has no steel.</dd>"
            + "<dt><a href='/news/benches'>Market square gets new benches</a></dt><dd>Twenty oak benches were "
            + "installed around the fountain, paid for by the traders' association.</dd></dl>";

    @Test
    void aListOfLinkedHeadlinesWithTheirTeaserLinesIsDropped() {
        String text = text("<div class='story'><h1>Harbour bridge reopens after repairs</h1>" + PARAGRAPHS
                + TEASER_LIST + "</div>");
        assertTrue(text.contains("Engineers replaced forty tonnes"), text);
        assertFalse(text.contains("ferry company will add two crossings"), text);
        assertFalse(text.contains("School roof repairs"), text);
    }

    @Test
    void linkedPhrasesInsideAParagraphAreNotHeadlines() {
        String paragraph = "<p>The council published <a href='/report'>the engineers' survey of the deck</a> "
                + "<b>with photographs of every plate</b>, <a href='/costs'>the table of the final costs</a> "
                + "<b>signed by the treasurer</b> and <a href='/plan'>the plan for the cycle lane</a> "
                + "<b>drawn by the transport office</b>.</p>";
        String text = text("<article><h1>Harbour bridge reopens after repairs</h1>" + PARAGRAPHS + paragraph
                + "</article>");
        assertTrue(text.contains("signed by the treasurer"), text);
    }
}

package dev.storyline.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Comment threads printed as flat paragraphs after the article, with no container to drop (older news sites and
 * blogs: a named anchor or a "Comments" title, then "Posted by …" paragraphs). When the thread is longer than the
 * article, its opening sits in the first half of the text, where a cut used to be refused. Pages hand-written for
 * the rule, modelled on the layout of 2008 news pages in the L3S-GN1 set (not copied from them).
 */
class FlatCommentsTest {

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    /** About 1,300 characters of article: more than a comment counter under a headline has above it. */
    private static final String ARTICLE = BridgeArticle.PARAGRAPHS
            + "<p>The repairs cost 4.2 million euros, a fifth more than planned, because the corrosion under the "
            + "asphalt was worse than the first survey had shown, the council's engineer told the committee.</p>"
            + "<p>Cyclists will get a lane of their own on the eastern side from the spring, once the railings have "
            + "been raised to the height the new rules ask for, the transport office said on Monday.</p>"
            + "<p>The mayor thanked residents of the old town for their patience during the closures and promised "
            + "a street party on the bridge in June, when the last of the works will be finished.</p>";

    private static String comments(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append("<p>I drive over that bridge every morning and the detour through the industrial estate added "
                    + "twenty minutes to every trip, so this is the best news of the year for us commuters.<br>"
                    + "<b>Posted by reader").append(i).append(" on March 3, 2024 5:29 PM</b></p>");
        }
        return b.toString();
    }

    private String text(String body) {
        return BridgeArticle.text(extractor, body);
    }

    @Test
    void aThreadAfterANamedAnchorIsCutEvenWhenItOutweighsTheArticle() {
        String text = text("<div id='story'><h1>Harbour bridge reopens after repairs</h1>" + ARTICLE
                + "<hr><a name='comments'></a>" + comments(12) + "</div>");
        assertTrue(text.contains("street party on the bridge"), text);
        assertFalse(text.contains("best news of the year"), text);
    }

    @Test
    void aThreadUnderATitleSayingCommentsAreClosedIsCut() {
        String text = text("<div id='story'><h1>Harbour bridge reopens after repairs</h1>" + ARTICLE
                + "<b>Comments are now closed for this story</b><br>" + comments(12) + "</div>");
        assertTrue(text.contains("street party on the bridge"), text);
        assertFalse(text.contains("best news of the year"), text);
    }

    @Test
    void aCommentCounterUnderTheHeadlineCutsNothing() {
        String text = text("<div id='story'><header><h1>Harbour bridge reopens after repairs</h1>"
                + "<p><a name='comments'></a><a href='#thread'>12 comments</a></p></header>" + ARTICLE + "</div>");
        assertTrue(text.contains("harbour bridge in Lakeside reopened"), text);
        assertTrue(text.contains("street party on the bridge"), text);
    }

    @Test
    void aTableColumnHeadedCommentIsData() {
        String table = "<table><tr><th>Span</th><th>Comment</th></tr>"
                + "<tr><td>East</td><td>Plates replaced in January</td></tr></table>";
        String text = text("<article><h1>Harbour bridge reopens after repairs</h1>" + ARTICLE + table
                + "<p>The council will publish the engineers' full report on its website next week, with the "
                + "costs of every part of the works and the survey that led to them.</p></article>");
        assertTrue(text.contains("full report on its website"), text);
    }

    @Test
    void aThreadUnderATitleDroppedByItsNameIsCut() {
        String text = text("<div id='story'><h1>Harbour bridge reopens after repairs</h1>" + ARTICLE
                + "<h2 id='comments'>Comments</h2>" + comments(12) + "</div>");
        assertTrue(text.contains("street party on the bridge"), text);
        assertFalse(text.contains("best news of the year"), text);
    }

    @Test
    void aWordPressResponsesTitleOpensTheThread() {
        String text = text("<div id='story'><h1>Harbour bridge reopens after repairs</h1>" + ARTICLE
                + "<h3>14 Responses to \u201cHarbour bridge reopens after repairs\u201d</h3>" + comments(12)
                + "</div>");
        assertTrue(text.contains("street party on the bridge"), text);
        assertFalse(text.contains("best news of the year"), text);
    }
}

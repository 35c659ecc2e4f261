package dev.storyline.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What stays out at an HTML article's edges: its headline (the article's title, not its text), short lines the
 * furniture lexicon knows ("Advertisement" between paragraphs), and what follows a comment section's, a
 * subscription box's or a copyright notice's opening in the text's second half. Pages hand-written for the rules.
 */
class ArticleEdgesTest {

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private static final String PARAGRAPHS = BridgeArticle.PARAGRAPHS;

    private String text(String body) {
        return BridgeArticle.text(extractor, body);
    }

    @Test
    void theHeadlineIsTheTitleNotPartOfTheText() {
        Article a = extractor.extract("p", "https://courier.example/news/bridge",
                "<html><head><title>Harbour bridge reopens after repairs | Courier</title></head><body><article>"
                        + "<h1>Harbour bridge reopens after repairs</h1>" + PARAGRAPHS + "</article></body></html>");
        assertEquals("Harbour bridge reopens after repairs", a.title());
        assertTrue(a.text().startsWith("The harbour bridge in Lakeside reopened"), a.text());
    }

    @Test
    void aShortLineTheLexiconNamesAsFurnitureIsDropped() {
        String text = text("<article><div class='x1'>" + PARAGRAPHS.replace("</p><p>Engineers",
                "</p><div>Advertisement</div><div>Tweet</div><p>Engineers") + "</div></article>");
        assertFalse(text.contains("Advertisement"), text);
        assertFalse(text.contains("Tweet"), text);
        assertTrue(text.contains("Engineers replaced forty tonnes"), text);
    }

    @Test
    void aLongSentenceOpeningLikeFurnitureStays() {
        String sentence = "Share this article with the committee, the mayor told councillors, because every member "
                + "should read what the engineers found in the deck.";
        String text = text("<article>" + PARAGRAPHS + "<p>" + sentence + "</p></article>");
        assertTrue(text.contains(sentence), text);
    }

    @Test
    void aSubscriptionBoxInTheSecondHalfEndsTheArticle() {
        String text = text("<article>" + PARAGRAPHS + "<p>Sign up for our newsletter and never miss a story.</p>"
                + "<p>The town band played on the bridge for the morning's first drivers, who were greeted with "
                + "coffee and a leaflet about the works.</p></article>");
        assertTrue(text.endsWith("buses will keep their detour until then."), text);
    }

    @Test
    void theSamePhraseInTheFirstHalfDoesNotEndIt() {
        String text = text("<article><p>Sign up for our newsletter, the council urged readers at the start of "
                + "the works, and thousands did.</p>" + PARAGRAPHS + "</article>");
        assertTrue(text.endsWith("buses will keep their detour until then."), text);
        assertTrue(text.startsWith("Sign up for our newsletter, the council urged"), text);
    }

    @Test
    void aCommentSectionOpeningEndsTheArticle() {
        String text = text("<article>" + PARAGRAPHS + "<div><h3>Leave a reply</h3><p>I have waited for this bridge "
                + "for months and the detour cost me an hour every single day, so thank you.</p></div></article>");
        assertFalse(text.contains("waited for this bridge"), text);
        List<String> lines = text.lines().toList();
        assertEquals(3, lines.size(), text);
    }

    @Test
    void aPaywallNoticeInTheSecondHalfEndsTheArticle() {
        String text = text("<article>" + PARAGRAPHS + "<p>If you're seeing this message but you're already a "
                + "subscriber, log in for immediate access to this story.</p>"
                + "<p>New readers get a tote bag with their first year of the Courier.</p></article>");
        assertTrue(text.endsWith("buses will keep their detour until then."), text);
    }

    @Test
    void aLastModifiedLabelUnderTheArticleIsDropped() {
        String text = text("<article>" + PARAGRAPHS + "<div>Last modified 12.03.2026</div></article>");
        assertFalse(text.contains("Last modified"), text);
        assertTrue(text.endsWith("buses will keep their detour until then."), text);
    }
}

package dev.storyline.alerts;

import java.time.Instant;
import java.util.List;

/**
 * Tells when a story or an event grows abnormally fast. The evaluator shows it every new article's assignment, once,
 * in ingestion order, after the article and its event are durable; each signal becomes a match of every BREAKING
 * alert. {@link BreakingStoriesDetector} is the real one; {@link #NONE} reports nothing.
 */
public interface BreakingDetector {

    /** A new article and where it went. {@code published} is as stored (a day or a date-time), else null. */
    record ArticleAssignment(String articleKey, long sequence, String storyId, String eventId, boolean newEvent,
                             boolean newStory, String source, String language, String title, String published,
                             Instant ingested) {
    }

    /**
     * A story (or an event in it) breaking.
     *
     * @param burst numbers the story's bursts (1, 2…): the same burst seen again after a restart has the same
     *              number, so that its match has the same id and is delivered once
     * @param why   for people ("12 articles from 7 outlets in 40 min, 6x the story's usual rate")
     */
    record Signal(String storyId, String eventId, long burst, String label, String why) {
    }

    /**
     * Makes the detector an evaluator starts with, in the state an uninterrupted one would be in after the articles
     * up to {@code through} (the evaluator's cursor: those it has shown a detector already).
     */
    @FunctionalInterface
    interface Factory {
        BreakingDetector after(long through) throws java.io.IOException;
    }

    List<Signal> observe(ArticleAssignment article);

    /** No detector: no story ever breaks. */
    BreakingDetector NONE = article -> List.of();

    /** Always {@link #NONE}. */
    Factory NO_FACTORY = through -> NONE;
}

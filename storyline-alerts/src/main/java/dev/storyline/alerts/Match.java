package dev.storyline.alerts;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing an alert found: an article that matched a saved search or named a watched entity, a new event in a
 * watched story, or a story that broke. What the outbox delivers and the Atom feed, webhook and email show.
 *
 * @param id         the idempotency key: the same match found twice (after a crash, a re-run) has the same id, so
 *                   a receiver and a digest never show it twice ({@code alertId + ":" + articleKey}, or for a
 *                   breaking story {@code alertId + ":" + storyId + ":" + a burst number})
 * @param alertId    the alert's stable id
 * @param alertName  the alert's name
 * @param kind       what kind of alert found it
 * @param articleKey the store key of the article that matched (for a breaking story, the one that tipped it)
 * @param sequence   that article's ingestion sequence in the store
 * @param eventId    the article's event, else null
 * @param storyId    the article's story, else null
 * @param title      the article's title (or the story's label for a breaking story)
 * @param url        the article's URL, else null
 * @param source     the article's outlet, else null
 * @param language   the article's language, else null
 * @param published  the article's publication date as stored, else null
 * @param why        for people: why it matched ("query: tokayev AND csto", "first mention in de", "12 articles from 7
 *                   outlets in 40 min, 6x the story's usual rate")
 * @param matchedAt  when it was found
 */
public record Match(String id, String alertId, String alertName, AlertKind kind, String articleKey, long sequence,
                    String eventId, String storyId, String title, String url, String source, String language,
                    String published, String why, Instant matchedAt) {

    public Match {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(alertId, "alertId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(matchedAt, "matchedAt");
    }
}

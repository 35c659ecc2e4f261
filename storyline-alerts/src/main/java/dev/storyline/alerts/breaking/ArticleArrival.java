package dev.storyline.alerts.breaking;

import java.time.Instant;
import java.util.Objects;

/**
 * One article arriving, as the breaking-story detector sees it: where the events put it, who published it and when
 * it arrived. The detector keeps no clock of its own: {@code arrivedAt} is its only time, so a replay of a day runs
 * in milliseconds and gives the signals the live run gave.
 *
 * @param articleKey the article's store key
 * @param eventId    its event, or null
 * @param storyId    its story, or null
 * @param source     its outlet, or null (counted as one unknown outlet)
 * @param language   its language, or null
 * @param arrivedAt  when it arrived: the store's ingestion time for a live monitor (see {@link RecentArrivals})
 */
public record ArticleArrival(String articleKey, String eventId, String storyId, String source, String language,
                             Instant arrivedAt) {

    public ArticleArrival {
        Objects.requireNonNull(arrivedAt, "arrivedAt");
    }
}

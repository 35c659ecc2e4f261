package dev.storyline.events;

/**
 * An article moved to another event by a window re-check ({@link EventClusterer#recheck}): its earlier
 * {@link Assignment} named {@code fromEvent}; it now belongs to {@code toEvent}.
 *
 * @param articleId the article's id
 * @param fromEvent the event it was in
 * @param toEvent   the event it is in now
 * @param storyId   {@code toEvent}'s story
 * @param why       what decided it: its mean similarity with the other articles of {@code toEvent} in the window
 *                  (per family beside), and the names, places, dates, numbers and terms it shares with the event
 */
public record Revision(String articleId, String fromEvent, String toEvent, String storyId, Explanation why) {
}

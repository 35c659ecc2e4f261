package dev.storyline.events;

/**
 * Where one article went: its event and story, and why.
 *
 * @param articleId the article's id
 * @param eventId   its event
 * @param storyId   its event's story
 * @param newEvent  whether the article started the event
 * @param newStory  whether its event started the story
 * @param why       the shared features and similarity that decided it
 */
public record Assignment(String articleId, String eventId, String storyId, boolean newEvent, boolean newStory,
                         Explanation why) {
}

package dev.storyline.events;

/**
 * A stored article's place in the events, with what people need to list it under its event.
 *
 * @param key        the article's store key
 * @param sequence   its ingestion sequence number in the store
 * @param title      its title, or null
 * @param source     its outlet, or null
 * @param published  its publication date as stored, or null
 * @param language   its language, or null
 * @param assignment where it went and why
 */
public record AssignedArticle(String key, long sequence, String title, String source, String published,
                              String language, Assignment assignment) {
}

package dev.storyline.summaries;

/**
 * One sentence of an event's summary, as written in its article.
 *
 * @param text       the sentence
 * @param articleKey the store key of the article it comes from
 * @param source     that article's outlet, or null
 * @param language   that article's language, or null
 * @param isNew      whether it brings a fact (number, name, date) the previous summary of the event did not have
 */
public record SummarySentence(String text, String articleKey, String source, String language, boolean isNew) {
}

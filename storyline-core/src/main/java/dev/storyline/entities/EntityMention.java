package dev.storyline.entities;

/**
 * A mention of a person, organisation, place or other named thing in an article's text.
 *
 * @param text      the mention as written
 * @param type      PER, ORG, LOC or MISC
 * @param start     start offset into the article text (Java String index)
 * @param end       end offset, exclusive
 * @param canonical the key shared by every spelling and language variant of the same entity
 */
public record EntityMention(String text, String type, int start, int end, String canonical) {
}

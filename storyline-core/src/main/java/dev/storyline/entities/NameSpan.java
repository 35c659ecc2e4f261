package dev.storyline.entities;

/**
 * A name found in an article's text, before it is resolved to an entity.
 *
 * @param text  the name as written
 * @param type  PER, ORG, LOC or MISC
 * @param start start offset into the article text (Java String index)
 * @param end   end offset, exclusive
 */
public record NameSpan(String text, String type, int start, int end) {
}

package dev.storyline.quotes;

/**
 * A direct quotation in an article's text and who said it.
 *
 * @param text        the quoted words, without the quotation marks
 * @param start       start offset of those words in the article text (Java String index)
 * @param end         end offset, exclusive
 * @param speaker     the canonical key of the entity who said them, or null when the text does not say or the
 *                    speaker named is no entity of the article
 * @param speakerText the words of the text that name the speaker (the subject as written: "Peskov", "il",
 *                    "le président kazakh"), or null when no speech verb attributes the quote
 */
public record Quote(String text, int start, int end, String speaker, String speakerText) {
}

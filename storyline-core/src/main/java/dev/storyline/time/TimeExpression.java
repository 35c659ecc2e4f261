package dev.storyline.time;

/**
 * A time expression in an article's text with its TimeML (TIMEX3) value resolved against the publication date.
 *
 * @param text  the expression as written ("jeudi", "le 2 janvier", "il y a trois jours")
 * @param start start offset into the article text (Java String index)
 * @param end   end offset, exclusive
 * @param type  TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value TIMEX3 value: 2022-01-13, 2022-01, 2022-W01, P3D, XXXX-WXX-1...
 */
public record TimeExpression(String text, int start, int end, String type, String value) {
}

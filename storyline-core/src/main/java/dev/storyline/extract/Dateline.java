package dev.storyline.extract;

/**
 * The opening of a wire story that says where, when and by whom it was filed: "MOSCOW, Jan 7 (Reuters) -".
 *
 * @param place  where it was filed ("Moscow"), never null
 * @param source the agency or site that filed it ("Reuters"), or null
 * @param date   the date it carries ("Jan 7"), or null
 * @param rest   the text after the dateline on the same line; empty when the dateline stands alone
 */
record Dateline(String place, String source, DateMention date, String rest) {
}

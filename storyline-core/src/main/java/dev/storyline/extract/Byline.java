package dev.storyline.extract;

import java.util.List;

/**
 * Who signed an article, and the date printed beside the names if any.
 *
 * @param authors the names, in order
 * @param date    the date on the byline line, or null
 */
record Byline(List<String> authors, DateMention date) {

    Byline {
        authors = List.copyOf(authors);
    }
}

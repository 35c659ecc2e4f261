package dev.storyline.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * A clean article: main text and the metadata found in and around it.
 *
 * @param id        the page's id
 * @param url       URL, or null
 * @param source    the outlet (site name, agency), or null
 * @param title     headline, or null
 * @param published publication date ("2022-01-13") or date-time (ISO-8601 with offset), or null
 * @param authors   bylines, possibly empty
 * @param dateline  the place the story was filed from ("Moscou"), or null
 * @param language  ISO 639-1 code, or null until the language stage has run (or when it cannot tell)
 * @param text      main text, paragraphs separated by a single '\n'
 */
public record Article(String id, String url, String source, String title, String published, List<String> authors,
                      String dateline, String language, String text) {

    public Article {
        authors = authors == null ? List.of() : List.copyOf(authors);
        text = text == null ? "" : text;
    }

    public Article withLanguage(String newLanguage) {
        return new Article(id, url, source, title, published, authors, dateline, newLanguage, text);
    }

    /** The publication day, which relative dates in the text are resolved against; null when unknown. */
    public LocalDate publishedDate() {
        if (published == null || published.length() < 10) return null;
        try {
            return LocalDate.parse(published.substring(0, 10));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}

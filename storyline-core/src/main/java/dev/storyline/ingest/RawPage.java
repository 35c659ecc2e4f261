package dev.storyline.ingest;

import java.util.List;
import java.util.Objects;

/**
 * One page as it arrived, before any analysis: its content plus whatever the input already knew.
 *
 * @param id        stable identifier: the file name less its format extensions, the JSONL record's id, or file:line
 * @param input     where it came from, for error messages and provenance (a path, or path:line)
 * @param url       the page's URL if known, else null
 * @param title     a title the input supplied, else null (extraction may find one)
 * @param published a publication date or date-time the input supplied (ISO-8601), else null
 * @param source    the outlet the input named, else null
 * @param kind      what {@code content} is
 * @param content   the page source, scraped text or clean text
 * @param language  the language the input stated (a feed's or sitemap's, a record's), else null; identification
 *                  from the text wins, this serves when the text is too short to tell
 * @param authors   the authors the input stated (a feed item's), else empty; they win over a byline found
 * @param fetched   when the page was fetched (ISO-8601 instant: a crawl's or a WARC record's date), else null; relative
 *                  dates resolve against it when the page states no publication date
 */
public record RawPage(String id, String input, String url, String title, String published, String source,
                      Kind kind, String content, String language, List<String> authors, String fetched)
        implements Ingested {

    /** What the content of a page is, which decides how it is extracted. */
    public enum Kind {
        /** HTML page source. */
        HTML,
        /** Plain text scraped from a page: the article with menus, counters, share buttons and disclaimers around it. */
        SCRAPED_TEXT,
        /** Already-clean main text, kept verbatim. */
        CLEAN_TEXT
    }

    public RawPage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(content, "content");
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** A page with nothing stated beyond its URL, title, date and outlet. */
    public RawPage(String id, String input, String url, String title, String published, String source,
                   Kind kind, String content) {
        this(id, input, url, title, published, source, kind, content, null, List.of(), null);
    }
}

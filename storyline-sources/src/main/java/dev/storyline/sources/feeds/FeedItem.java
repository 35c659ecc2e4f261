package dev.storyline.sources.feeds;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * One article a feed item or sitemap entry points to, with what it states about it; these travel with the page
 * into the pipeline as a JSONL record's fields do.
 *
 * @param url       the article's URL, absolute (resolved against the feed's)
 * @param title     the stated title, as plain text, else null
 * @param published the stated publication date-time (ISO-8601), else null
 * @param language  the stated language (an ISO 639 code, lower case), the item's or else the feed's, else null
 * @param authors   the stated authors, else empty
 * @param summary   the stated summary as plain text, else null
 */
public record FeedItem(URI url, String title, String published, String language, List<String> authors,
                       String summary) {

    public FeedItem {
        Objects.requireNonNull(url, "url");
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** This item with the feed's language when it states none of its own. */
    FeedItem withDefaultLanguage(String feedLanguage) {
        return language != null || feedLanguage == null ? this
                : new FeedItem(url, title, published, feedLanguage, authors, summary);
    }
}

package dev.storyline.sources.feeds;

import java.net.URI;
import java.util.List;

/**
 * A sitemap as read.
 *
 * @param index    true for a sitemap index (its children are sitemaps, it has no entries)
 * @param entries  the pages it lists, with what a Google News entry states (title, publication date, language)
 * @param children the sitemaps a sitemap index lists
 */
public record Sitemap(boolean index, List<FeedItem> entries, List<URI> children) {

    public Sitemap {
        entries = List.copyOf(entries);
        children = List.copyOf(children);
    }
}

package dev.storyline.sources.feeds;

import java.net.URI;
import java.util.List;

/**
 * What discovery found for a site.
 *
 * @param feeds    the site's own feeds (RSS, Atom, JSON Feed), best first
 * @param sitemaps the site's (news) sitemaps
 * @param notes    what was tried and why each candidate was kept or rejected, for the Sources page
 */
public record Discovered(List<URI> feeds, List<URI> sitemaps, List<String> notes) {

    public Discovered {
        feeds = List.copyOf(feeds);
        sitemaps = List.copyOf(sitemaps);
        notes = List.copyOf(notes);
    }

    public boolean isEmpty() {
        return feeds.isEmpty() && sitemaps.isEmpty();
    }
}

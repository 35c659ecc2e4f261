package dev.storyline.sources;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * What was found at a source's URL: the feeds and sitemaps to poll (a feed source is its own one feed), what
 * discovery noticed on the way (skipped comment feeds, foreign domains, paths that answered nothing), and the
 * outlet's title (which names the articles of pages that state no outlet).
 *
 * @param at when this was found (a homepage is looked at again after some days), or null for never
 */
public record Found(List<URI> feeds, List<URI> sitemaps, List<String> notes, String title, Instant at) {

    public static final Found NOTHING = new Found(List.of(), List.of(), List.of(), null, null);

    public Found {
        feeds = feeds == null ? List.of() : List.copyOf(feeds);
        sitemaps = sitemaps == null ? List.of() : List.copyOf(sitemaps);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public Found withTitle(String newTitle) {
        return new Found(feeds, sitemaps, notes, newTitle, at);
    }
}

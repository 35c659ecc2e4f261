package dev.storyline.sources.feeds;

import java.util.List;

/**
 * A feed as read: its title, what kind it is, and its items (those with a usable link; newest first as the feed
 * gives them).
 */
public record Feed(String title, FeedFormat format, List<FeedItem> items) {

    public Feed {
        items = List.copyOf(items);
    }
}

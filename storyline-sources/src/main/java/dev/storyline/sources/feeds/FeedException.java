package dev.storyline.sources.feeds;

/** A body that could not be read as a feed or sitemap; the message says why, for the Sources page. */
public class FeedException extends Exception {

    public FeedException(String reason) {
        super(reason);
    }

    public FeedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}

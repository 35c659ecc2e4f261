package dev.storyline.sources.feeds;

/** The kind of feed a source turned out to be, as the Sources page names it. */
public enum FeedFormat {
    RSS_0_9X("RSS 0.9x"),
    RSS_1_0("RSS 1.0 (RDF)"),
    RSS_2_0("RSS 2.0"),
    ATOM_0_3("Atom 0.3"),
    ATOM_1_0("Atom 1.0"),
    JSON_FEED_1_0("JSON Feed 1.0"),
    JSON_FEED_1_1("JSON Feed 1.1");

    private final String label;

    FeedFormat(String label) {
        this.label = label;
    }

    /** A name for people ("RSS 2.0"). */
    public String label() {
        return label;
    }

    /** The format of a Rome feed type ("rss_2.0", "atom_1.0"…). */
    static FeedFormat ofRomeType(String type) {
        if (type == null) return RSS_2_0;
        return switch (type) {
            case "rss_1.0" -> RSS_1_0;
            case "rss_2.0" -> RSS_2_0;
            case "atom_0.3" -> ATOM_0_3;
            case "atom_1.0" -> ATOM_1_0;
            default -> type.startsWith("rss_0.9") ? RSS_0_9X : type.startsWith("atom") ? ATOM_1_0 : RSS_2_0;
        };
    }
}

package dev.storyline.sources;

/** What a source's URL turned out to be when it was added (by its content, not its name). */
public enum SourceKind {
    /** An outlet's homepage: its feeds and sitemaps are discovered from it. */
    HOMEPAGE,
    /** An RSS, Atom or JSON feed. */
    FEED,
    /** A sitemap or sitemap index (news sitemaps included). */
    SITEMAP
}

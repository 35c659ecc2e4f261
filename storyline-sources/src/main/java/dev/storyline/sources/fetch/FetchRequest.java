package dev.storyline.sources.fetch;

import java.net.URI;
import java.util.Objects;

/**
 * A GET to make, with the validators of the copy already held (conditional GET: a 304 costs the site almost
 * nothing).
 *
 * @param url          the URL to ask for
 * @param etag         the {@code ETag} of the copy held, sent as {@code If-None-Match}, else null
 * @param lastModified the {@code Last-Modified} of the copy held, sent as {@code If-Modified-Since}, else null
 */
public record FetchRequest(URI url, String etag, String lastModified) {

    public FetchRequest {
        Objects.requireNonNull(url, "url");
        etag = blankToNull(etag);
        lastModified = blankToNull(lastModified);
    }

    /** An unconditional GET. */
    public static FetchRequest of(URI url) {
        return new FetchRequest(url, null, null);
    }

    /** An unconditional GET of a URL given as text. */
    public static FetchRequest of(String url) {
        return of(URI.create(url));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

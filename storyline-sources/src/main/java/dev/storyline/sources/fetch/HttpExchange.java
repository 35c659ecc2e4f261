package dev.storyline.sources.fetch;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP request and its answer, as Storyline made and received it: what the archive writes as a WARC request
 * and response pair, and what the follow loop reads pages from.
 *
 * @param requested       the URL asked for
 * @param url             the URL that answered, after redirects
 * @param fetchedAt       when the answer arrived
 * @param requestHeaders  the headers sent, in order
 * @param status          the HTTP status of the final answer
 * @param responseHeaders the headers received, in order (a {@code Content-Encoding} the fetcher undid is kept, and
 *                        {@code body} is the decoded entity: the archive says so)
 * @param body            the entity, decoded from gzip/deflate, at most the fetcher's size cap
 * @param ipAddress       the peer's address when known, else null
 */
public record HttpExchange(URI requested, URI url, Instant fetchedAt, List<Map.Entry<String, String>> requestHeaders,
                           int status, List<Map.Entry<String, String>> responseHeaders, byte[] body, String ipAddress) {

    public HttpExchange {
        Objects.requireNonNull(requested, "requested");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        requestHeaders = List.copyOf(requestHeaders);
        responseHeaders = List.copyOf(responseHeaders);
        body = body == null ? new byte[0] : body;
    }

    /** The first value of a response header, case-insensitively, else null. */
    public String header(String name) {
        for (Map.Entry<String, String> h : responseHeaders) if (h.getKey().equalsIgnoreCase(name)) return h.getValue();
        return null;
    }
}

package dev.storyline.sources;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A followed source: an outlet's homepage, a feed or a sitemap, with what was found there and where following it
 * stands.
 *
 * @param id       stable identifier, derived from the normalised URL (the same URL added twice is one source)
 * @param url      the URL as added
 * @param kind     what the URL turned out to be, by its content
 * @param name     the name the user gave it, or null
 * @param settings how it is followed
 * @param found    its feeds and sitemaps (a feed is its own), with discovery's notes
 * @param status   where following it stands
 */
public record Source(String id, URI url, SourceKind kind, String name, SourceSettings settings, Found found,
                     SourceStatus status) {

    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(found, "found");
        Objects.requireNonNull(status, "status");
    }

    /** The id of the source at a normalised URL: 16 hex digits of its SHA-256, short enough for paths and links. */
    public static String idOf(String normalisedUrl) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalisedUrl.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The name to show: the user's, else the outlet's title, else the host. */
    public String displayName() {
        if (name != null && !name.isBlank()) return name;
        if (found.title() != null && !found.title().isBlank()) return found.title();
        return url.getHost() == null ? url.toString() : url.getHost();
    }

    public Source withStatus(SourceStatus newStatus) {
        return new Source(id, url, kind, name, settings, found, newStatus);
    }

    public Source withFound(Found newFound) {
        return new Source(id, url, kind, name, settings, newFound, status);
    }
}

package dev.storyline.alerts.delivery;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Absolute URLs of the desk's pages, for what leaves the desk (feeds, webhooks, email): the base is the desk's
 * public URL ({@code --public-url}) or, for a feed, the address it was asked at. Keys are percent-encoded.
 *
 * @param base {@code scheme://host[:port]} with no trailing slash, or null when unknown (links are then null)
 */
public record DeskLinks(String base) {

    public DeskLinks {
        if (base != null) {
            URI uri = URI.create(base.strip());
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new IllegalArgumentException("a public URL is http(s)://host[:port][/path], was '" + base + "'");
            }
            base = uri.toASCIIString().replaceAll("/+$", "");
        }
    }

    public static DeskLinks unknown() {
        return new DeskLinks(null);
    }

    public String article(String key) {
        return base == null ? null : base + "/articles/" + segment(key);
    }

    public String story(String id) {
        return base == null || id == null ? null : base + "/stories/" + segment(id);
    }

    public String alert(String id) {
        return base == null ? null : base + "/alerts/" + segment(id);
    }

    public String path(String path) {
        return base == null ? null : base + path;
    }

    public static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

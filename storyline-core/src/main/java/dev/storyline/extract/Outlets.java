package dev.storyline.extract;

import java.net.URI;

/** The outlet of last resort: the site a page's URL belongs to, when the page names none. */
final class Outlets {

    private Outlets() {
    }

    /** The URL's host without "www." ("https://www.aa.com.tr/fr/…" → "aa.com.tr"), or null. */
    static String fromUrl(String url) {
        if (url == null || url.isBlank()) return null;
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) return null;
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

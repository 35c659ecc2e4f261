package dev.storyline.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * URLs as Storyline compares them: the same article reached through two feeds (one adding {@code utm_source},
 * one a fragment) is one URL.
 */
public final class Urls {

    /** Query parameters that only track the reader and change nothing about the page (besides every utm_*). */
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid",
            "mc_cid", "mc_eid", "ocid", "igshid", "mkt_tok", "_ga", "_gl");

    private Urls() {
    }

    /**
     * The URL with its scheme and host lower-cased, the default port, the fragment and the tracking parameters
     * dropped, an empty path written "/"; the rest (path, the order of the other parameters) kept as it is.
     *
     * @throws IllegalArgumentException naming the URL when it is not an absolute http(s) URL
     */
    public static String normalise(String url) {
        if (url == null || url.isBlank()) throw new IllegalArgumentException("no URL (empty)");
        URI uri;
        try {
            uri = new URI(url.strip().replace(" ", "%20"));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + url + " (" + e.getReason() + ")");
        }
        uri = withAsciiHost(uri);
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme))
            throw new IllegalArgumentException("not an absolute http(s) URL: " + url);
        if (uri.getHost() == null) throw new IllegalArgumentException("no host in URL: " + url);
        StringBuilder out = new StringBuilder(scheme).append("://");
        if (uri.getRawUserInfo() != null) out.append(uri.getRawUserInfo()).append('@');
        out.append(uri.getHost().toLowerCase(Locale.ROOT));
        int port = uri.getPort();
        if (port != -1 && !(port == 80 && scheme.equals("http")) && !(port == 443 && scheme.equals("https")))
            out.append(':').append(port);
        String path = uri.getRawPath();
        out.append(path == null || path.isEmpty() ? "/" : path);
        String query = withoutTrackingParameters(uri.getRawQuery());
        if (!query.isEmpty()) out.append('?').append(query);
        return out.toString();
    }

    /**
     * The URL with an internationalised host name written in ASCII (punycode), which is how DNS and the HTTP client
     * know it ({@code java.net.URI} finds no host in {@code http://bücher.de/}); other URLs unchanged.
     */
    public static URI withAsciiHost(URI uri) {
        if (uri.getHost() != null || uri.getRawAuthority() == null || uri.getScheme() == null) return uri;
        String authority = uri.getRawAuthority();
        int at = authority.lastIndexOf('@');
        String userInfo = at < 0 ? "" : authority.substring(0, at + 1);
        String hostPort = authority.substring(at + 1);
        int colon = hostPort.lastIndexOf(':');
        String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
        String port = colon < 0 ? "" : hostPort.substring(colon);
        try {
            String ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
            String rest = uri.toString().substring(uri.getScheme().length() + 3 + authority.length());
            URI rebuilt = new URI(uri.getScheme() + "://" + userInfo + ascii + port + rest);
            return rebuilt.getHost() != null ? rebuilt : uri;
        } catch (IllegalArgumentException | URISyntaxException e) {
            return uri;
        }
    }

    /** The raw query less tracking parameters (utm_*, fbclid, gclid…) and empty parts; "" when nothing is left. */
    public static String withoutTrackingParameters(String rawQuery) {
        if (rawQuery == null) return "";
        StringBuilder kept = new StringBuilder();
        for (String part : rawQuery.split("&")) {
            String name = part.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (name.isEmpty() || isTracking(name)) continue;
            if (!kept.isEmpty()) kept.append('&');
            kept.append(part);
        }
        return kept.toString();
    }

    private static boolean isTracking(String lowerCaseName) {
        return lowerCaseName.startsWith("utm_") || TRACKING.contains(lowerCaseName);
    }

    /** The page's own {@code <link rel="canonical">}, resolved against its URL, if it states one. */
    public static Optional<URI> canonicalOf(String html, URI base) {
        if (html == null || html.isEmpty()) return Optional.empty();
        Document doc = Jsoup.parse(html, base.toString());
        for (Element link : doc.select("link[href]")) {
            if (!hasRel(link, "canonical")) continue;
            String href = link.absUrl("href");
            if (href.isEmpty()) continue;
            try {
                URI canonical = new URI(href.replace(" ", "%20"));
                String scheme = canonical.getScheme();
                if ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) return Optional.of(canonical);
            } catch (URISyntaxException ignored) {
                // a broken canonical link states nothing usable; the page's own URL stands
            }
        }
        return Optional.empty();
    }

    /** Whether an element's space-separated rel attribute holds the value, case-insensitively. */
    public static boolean hasRel(Element element, String value) {
        for (String rel : element.attr("rel").split("\\s+")) if (rel.equalsIgnoreCase(value)) return true;
        return false;
    }
}

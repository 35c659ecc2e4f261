package dev.storyline.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The UI's URLs, with every value percent-encoded: keys and names come from articles, so never trusted. */
final class Links {

    private Links() {
    }

    static String article(String key) {
        return "/articles/" + segment(key);
    }

    static String entity(String canonical) {
        return "/entities/" + segment(canonical);
    }

    static String story(String id) {
        return "/stories/" + segment(id);
    }

    /** A search page URL from parameters in order; null or blank values are left out. */
    static String search(Map<String, String> parameters) {
        StringBuilder url = new StringBuilder("/search");
        char separator = '?';
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            if (p.getValue() == null || p.getValue().isBlank()) continue;
            url.append(separator).append(p.getKey()).append('=').append(query(p.getValue()));
            separator = '&';
        }
        return url.toString();
    }

    /** {@code parameters} with one changed (or removed, when {@code value} is null); paging restarts. */
    static Map<String, String> with(Map<String, String> parameters, String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(parameters);
        changed.remove("offset");
        if (value == null) changed.remove(name);
        else changed.put(name, value);
        return changed;
    }

    /** An outside link only when it is plain http(s): a {@code javascript:} or {@code data:} URL is no link. */
    static String safeExternal(String url) {
        if (url == null) return null;
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme();
            if (scheme == null) return null;
            scheme = scheme.toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toASCIIString() : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

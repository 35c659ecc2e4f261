package dev.storyline.store;

import dev.storyline.extract.Article;
import dev.storyline.ingest.Urls;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What makes two inputs the same article: the same normalised text (case, accents' composition and whitespace
 * do not count), or the same URL (scheme, "www.", fragment, trailing slash and tracking parameters do not count).
 *
 * @param key        the store's key: a hash of the normalised text (or of the URL when there is no text)
 * @param contentKey hash of the normalised text, or null for an article without text
 * @param urlKey     the normalised URL, or null
 */
public record ArticleIdentity(String key, String contentKey, String urlKey) {

    public static ArticleIdentity of(Article article) {
        String normalised = normaliseText(article.text());
        String contentKey = normalised.isEmpty() ? null : sha256(normalised).substring(0, 32);
        String urlKey = normaliseUrl(article.url());
        String key = contentKey != null ? contentKey
                : sha256("url:" + (urlKey != null ? urlKey : article.id())).substring(0, 32);
        return new ArticleIdentity(key, contentKey, urlKey);
    }

    /** The normalised form of a URL under which the store knows an article (see {@link #urlKey()}), or null. */
    public static String urlKeyOf(String url) {
        return normaliseUrl(url);
    }

    static String normaliseText(String text) {
        if (text == null) return "";
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return nfkc.replaceAll("\\s+", " ").strip();
    }

    static String normaliseUrl(String url) {
        if (url == null || url.isBlank()) return null;
        try {
            URI uri = new URI(url.strip());
            String host = uri.getHost();
            if (host == null) return url.strip();
            host = host.toLowerCase(Locale.ROOT);
            if (host.startsWith("www.")) host = host.substring(4);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            if (path.length() > 1 && path.endsWith("/")) path = path.substring(0, path.length() - 1);
            String query = Urls.withoutTrackingParameters(uri.getRawQuery());
            return host + path + (query.isEmpty() ? "" : "?" + query);
        } catch (URISyntaxException e) {
            return url.strip();
        }
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

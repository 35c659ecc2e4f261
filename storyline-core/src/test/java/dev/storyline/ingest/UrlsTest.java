package dev.storyline.ingest;

import dev.storyline.extract.Article;
import dev.storyline.store.ArticleIdentity;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UrlsTest {

    @Test
    void theSameArticleUnderTwoUrlsNormalisesToOne() {
        String fromFeedA = "HTTPS://www.Example.COM:443/politique/2024/05/article.html?utm_source=rss&utm_medium=feed#comments";
        String fromFeedB = "https://www.example.com/politique/2024/05/article.html?fbclid=IwAR0xyz";
        assertEquals("https://www.example.com/politique/2024/05/article.html", Urls.normalise(fromFeedA));
        assertEquals(Urls.normalise(fromFeedA), Urls.normalise(fromFeedB));
    }

    @Test
    void parametersThatChooseThePageAreKeptInTheirOrder() {
        assertEquals("http://example.com/article?id=42&page=2",
                Urls.normalise("http://example.com:80/article?id=42&gclid=abc&page=2&utm_campaign=x"));
        assertEquals("http://example.com/article?b=2&a=1", Urls.normalise("http://example.com/article?b=2&a=1"));
    }

    @Test
    void anEmptyPathIsTheRootAndAnOtherPortIsKept() {
        assertEquals("https://example.com/", Urls.normalise("https://example.com"));
        assertEquals("http://example.com:8080/", Urls.normalise("http://example.com:8080"));
    }

    @Test
    void anInternationalisedHostIsWrittenInAscii() {
        assertEquals("https://xn--bcher-kva.example/caf%C3%A9?q=1", Urls.normalise("https://Bücher.example/caf%C3%A9?q=1#x"));
    }

    @Test
    void whatIsNotAnHttpUrlIsRefusedWithTheReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Urls.normalise("mailto:desk@example.com"));
        assertEquals("not an absolute http(s) URL: mailto:desk@example.com", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Urls.normalise("/relative/path"));
        assertThrows(IllegalArgumentException.class, () -> Urls.normalise(""));
    }

    @Test
    void thePagesCanonicalLinkIsReadAndResolved() {
        String html = "<html><head><link rel=\"canonical\" href=\"/2024/05/article.html\"></head><body>x</body></html>";
        assertEquals(Optional.of(URI.create("https://example.com/2024/05/article.html")),
                Urls.canonicalOf(html, URI.create("https://example.com/amp/2024/05/article.html?utm_source=x")));
    }

    @Test
    void aPageWithoutACanonicalLinkHasNone() {
        assertTrue(Urls.canonicalOf("<html><head><link rel=\"alternate\" href=\"/feed\"></head></html>",
                URI.create("https://example.com/")).isEmpty());
    }

    @Test
    void theStoresArticleKeyStillIgnoresTrackingParametersSchemeAndWww() {
        Article a = article("https://www.example.com/a/?utm_source=rss&id=3#top");
        Article b = article("http://example.com/a?id=3&fbclid=zz");
        assertEquals("example.com/a?id=3", ArticleIdentity.of(a).urlKey());
        assertEquals(ArticleIdentity.of(a).urlKey(), ArticleIdentity.of(b).urlKey());
    }

    private static Article article(String url) {
        return new Article("id", url, null, null, null, java.util.List.of(), null, null, "");
    }
}

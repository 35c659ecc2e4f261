package dev.storyline.sources.feeds;

import dev.storyline.sources.TestServer;
import dev.storyline.sources.fetch.FetchPolicy;
import dev.storyline.sources.fetch.PoliteFetcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A loopback outlet (pages written for these tests) and what discovery finds on it. */
class DiscoveryTest {

    private static final String RSS = "<rss version=\"2.0\"><channel><title>Le Quotidien</title><item><title>a</title>"
            + "<link>/monde/a.html</link></item></channel></rss>";
    private static final String ATOM = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><id>urn:x</id>"
            + "<updated>2024-05-14T09:00:00Z</updated><entry><title>a</title><id>urn:a</id><link href=\"/a\"/>"
            + "<updated>2024-05-14T09:00:00Z</updated></entry></feed>";
    private static final String NEWS_SITEMAP = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
            + "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\"><url><loc>/monde/a.html</loc><news:news>"
            + "<news:publication><news:name>Q</news:name><news:language>fr</news:language></news:publication>"
            + "<news:publication_date>2024-05-14</news:publication_date><news:title>A</news:title></news:news></url></urlset>";

    private final TestServer outlet = TestServer.start();
    private final PoliteFetcher fetcher = new PoliteFetcher(FetchPolicy.defaults().withAllowPrivateAddresses(true)
            .withMinDelayPerHost(Duration.ofMillis(5)).withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3)));
    private final Discovery discovery = new Discovery(fetcher);

    @AfterEach
    void stop() {
        fetcher.close();
        outlet.close();
    }

    private String homepage(String headLinks) {
        return "<!DOCTYPE html><html><head><title>Le Quotidien</title>" + headLinks + "</head><body><h1>À la une</h1></body></html>";
    }

    @Test
    void theHomepagesOwnFeedIsFoundAndCommentFeedsAndOtherSitesAreSkipped() {
        outlet.on("/", 200, "text/html; charset=utf-8", homepage("""
                <link rel="alternate" type="application/rss+xml" title="Le Quotidien" href="/rss.xml">
                <link rel="alternate" type="application/rss+xml" title="Le Quotidien » Flux des commentaires" href="/comments/feed/">
                <link rel="alternate" type="application/rss+xml" title="Mirror" href="https://feeds.feedburner.com/lequotidien">"""));
        outlet.on("/rss.xml", 200, "application/rss+xml", RSS);
        Discovered found = discovery.discover(outlet.url("/"));
        assertEquals(List.of(outlet.url("/rss.xml")), found.feeds());
        assertTrue(found.notes().stream().anyMatch(n -> n.contains("/comments/feed/") && n.endsWith("comments, skipped")), found.notes().toString());
        assertTrue(found.notes().stream().anyMatch(n -> n.contains("feeds.feedburner.com") && n.contains("on another site")), found.notes().toString());
        assertEquals(0, outlet.requests("/comments/feed/").size());
    }

    @Test
    void jsonLinksThatAreNotFeedsAreNotAsked() {
        outlet.on("/", 200, "text/html", homepage("""
                <link rel="alternate" type="application/json" href="/wp-json/wp/v2/pages/12">
                <link rel="alternate" type="application/feed+json" title="JSON Feed" href="/feed.json">"""));
        outlet.on("/feed.json", 200, "application/feed+json",
                "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"t\", \"items\": []}");
        Discovered found = discovery.discover(outlet.url("/"));
        assertEquals(List.of(outlet.url("/feed.json")), found.feeds());
        assertEquals(0, outlet.requests("/wp-json/wp/v2/pages/12").size());
    }

    @Test
    void anAdvertisedFeedThatIsMissingIsRejectedWithItsReason() {
        outlet.on("/", 200, "text/html", homepage("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/old.atom\">"));
        Discovered found = discovery.discover(outlet.url("/"));
        assertTrue(found.notes().contains("advertised feed " + outlet.url("/old.atom") + ": failed: HTTP 404 Not Found from "
                + outlet.url("/old.atom")), found.notes().toString());
    }

    @Test
    void withoutFeedLinksTheCommonPathsAreProbedUntilAFeedAnswers() {
        outlet.on("/", 200, "text/html", homepage(""));
        outlet.on("/rss.xml", 200, "text/html", homepage("")); // a soft 404: the homepage again
        outlet.on("/feed.xml", 200, "application/atom+xml", ATOM);
        outlet.on("/atom.xml", 200, "application/atom+xml", ATOM);
        Discovered found = discovery.discover(outlet.url("/"));
        assertEquals(List.of(outlet.url("/feed.xml")), found.feeds());
        assertTrue(found.notes().contains("probed " + outlet.url("/rss.xml") + ": HTML page, not a feed (served as text/html)"),
                found.notes().toString());
        assertEquals(0, outlet.requests("/atom.xml").size(), "probing stops at the first feed");
    }

    @Test
    void theNewsSitemapNamedInRobotsTxtIsFound() {
        outlet.on("/robots.txt", 200, "text/plain", "User-agent: *\nAllow: /\nSitemap: " + outlet.url("/sitemaps/news.xml") + "\n");
        outlet.on("/", 200, "text/html", homepage("<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/rss.xml\">"));
        outlet.on("/rss.xml", 200, "application/rss+xml", RSS);
        outlet.on("/sitemaps/news.xml", 200, "application/xml", NEWS_SITEMAP);
        Discovered found = discovery.discover(outlet.url("/"));
        assertEquals(List.of(outlet.url("/sitemaps/news.xml")), found.sitemaps());
        assertEquals(List.of(outlet.url("/rss.xml")), found.feeds());
    }

    @Test
    void aNewsSitemapAtAUsualNameIsFoundWhenRobotsTxtNamesNone() {
        outlet.on("/", 200, "text/html", homepage(""));
        outlet.on("/sitemap-news.xml", 200, "application/xml", NEWS_SITEMAP);
        Discovered found = discovery.discover(outlet.url("/"));
        assertEquals(List.of(outlet.url("/sitemap-news.xml")), found.sitemaps());
        assertTrue(found.notes().contains("robots.txt lists no sitemap"), found.notes().toString());
    }

    @Test
    void aSiteWithAFeedIsNotProbedForNewsSitemapsAtTheUsualNames() {
        outlet.on("/", 200, "text/html", homepage("<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/rss.xml\">"));
        outlet.on("/rss.xml", 200, "application/rss+xml", RSS);
        Discovered found = discovery.discover(outlet.url("/"));
        assertEquals(List.of(outlet.url("/rss.xml")), found.feeds());
        assertEquals(List.of("/robots.txt", "/", "/rss.xml"), outlet.requests().stream().map(TestServer.Request::path).toList());
    }

    @Test
    void aPastedFeedUrlIsRecognisedAsAFeed() {
        outlet.on("/rss.xml", 200, "application/rss+xml", RSS);
        Discovered found = discovery.discover(outlet.url("/rss.xml"));
        assertEquals(List.of(outlet.url("/rss.xml")), found.feeds());
        assertEquals(List.of(outlet.url("/rss.xml") + ": a RSS 2.0 feed with 1 items"), found.notes());
    }

    @Test
    void aPastedSitemapUrlIsRecognisedAsASitemap() {
        outlet.on("/news.xml", 200, "text/xml", NEWS_SITEMAP);
        Discovered found = discovery.discover(outlet.url("/news.xml"));
        assertEquals(List.of(outlet.url("/news.xml")), found.sitemaps());
        assertEquals(List.of(), found.feeds());
    }

    @Test
    void aSiteWithNothingToFollowSaysSoAndWhatWasTried() {
        outlet.on("/", 200, "text/html", homepage(""));
        Discovered found = discovery.discover(outlet.url("/"));
        assertTrue(found.isEmpty());
        assertTrue(found.notes().contains("no feed or sitemap found for " + outlet.url("/")), found.notes().toString());
        for (String path : Discovery.COMMON_FEED_PATHS)
            assertTrue(found.notes().stream().anyMatch(n -> n.startsWith("probed " + outlet.url(path) + ": ")), path);
    }

    @Test
    void anUnreachableHomepageIsReported() {
        Discovered found = discovery.discover(outlet.url("/nowhere"));
        assertTrue(found.isEmpty());
        assertEquals(List.of(outlet.url("/nowhere") + ": failed: HTTP 404 Not Found from " + outlet.url("/nowhere")), found.notes());
    }

    @Test
    void theSitesOwnDomainIsItsRegistrableDomain() {
        URI site = URI.create("https://www.example.com/");
        assertTrue(Discovery.ownSite(site, URI.create("https://feeds.example.com/rss")));
        assertTrue(Discovery.ownSite(URI.create("https://www.example.co.uk/"), URI.create("https://rss.example.co.uk/a")));
        assertFalse(Discovery.ownSite(site, URI.create("https://feeds.feedburner.com/example")));
        assertFalse(Discovery.ownSite(URI.create("https://www.example.co.uk/"), URI.create("https://www.other.co.uk/a")));
        assertFalse(Discovery.ownSite(URI.create("https://alice.github.io/"), URI.create("https://bob.github.io/feed.xml")));
    }
}

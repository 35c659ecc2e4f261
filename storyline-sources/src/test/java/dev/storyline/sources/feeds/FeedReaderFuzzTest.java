package dev.storyline.sources.feeds;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.fail;

/** Whatever the bytes, reading a feed or a sitemap gives a result or a FeedException: never anything else. */
class FeedReaderFuzzTest {

    private static final URI BASE = URI.create("https://www.example.fr/rss.xml");
    private static final List<String> SAMPLES = List.of(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                    + "<channel><title>T</title><language>fr</language><item><title>Séisme &amp; tsunami</title>"
                    + "<link>/a</link><pubDate>Tue, 14 May 2024 08:30:00 +0200</pubDate><dc:creator>M. D.</dc:creator>"
                    + "<description>&lt;p&gt;x&lt;/p&gt;</description></item></channel></rss>",
            "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><id>u</id><updated>2024-05-14T09:00:00Z</updated>"
                    + "<entry><title>a</title><id>u1</id><link href=\"/a\"/><updated>2024-05-14T09:00:00Z</updated>"
                    + "<author><name>A</name></author></entry></feed>",
            "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"t\", \"items\": [{\"id\": \"1\", \"url\": \"/a\","
                    + " \"date_published\": \"2024-05-14T08:30:00Z\", \"authors\": [{\"name\": \"A\"}]}]}",
            "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">"
                    + "<url><loc>https://www.example.fr/a</loc><news:news><news:publication><news:name>Q</news:name>"
                    + "<news:language>fr</news:language></news:publication><news:publication_date>2024-05-14</news:publication_date>"
                    + "<news:title>A</news:title></news:news></url></urlset>");

    private final FeedReader feeds = new FeedReader();
    private final SitemapReader sitemaps = new SitemapReader();

    @Test
    void truncatedAndCorruptedBodiesGiveAFeedOrAFeedException() {
        Random random = new Random(20240514);
        for (String sample : SAMPLES) {
            byte[] bytes = sample.getBytes(StandardCharsets.UTF_8);
            for (int cut = 0; cut <= bytes.length; cut += 11) check(java.util.Arrays.copyOf(bytes, cut));
            for (int round = 0; round < 40; round++) {
                byte[] corrupt = bytes.clone();
                for (int flips = 1 + random.nextInt(4); flips > 0; flips--)
                    corrupt[random.nextInt(corrupt.length)] = (byte) random.nextInt(256);
                check(corrupt);
            }
        }
    }

    private void check(byte[] body) {
        for (String type : new String[]{null, "application/json"}) {
            try {
                feeds.read(body, type, BASE);
            } catch (FeedException expected) {
                // reported with a reason: fine
            } catch (RuntimeException | StackOverflowError e) {
                fail("feed reader threw " + e + " on " + new String(body, StandardCharsets.ISO_8859_1), e);
            }
            try {
                sitemaps.read(body, type, BASE);
            } catch (FeedException expected) {
                // reported with a reason: fine
            } catch (RuntimeException | StackOverflowError e) {
                fail("sitemap reader threw " + e + " on " + new String(body, StandardCharsets.ISO_8859_1), e);
            }
        }
    }
}

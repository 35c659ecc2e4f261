package dev.storyline.sources.feeds;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sitemaps here were written for these tests, after Google's News sitemap documentation. */
class SitemapReaderTest {

    private static final URI SITEMAP = URI.create("https://www.example.fr/sitemap_news.xml");
    private static final String NEWS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
              <url><loc>https://www.example.fr/monde/seisme.html</loc>
                <news:news><news:publication><news:name>Le Quotidien</news:name><news:language>fr</news:language></news:publication>
                  <news:publication_date>2024-05-14T08:30:00+02:00</news:publication_date>
                  <news:title>Séisme au large du Japon</news:title></news:news></url>
              <url><loc>https://www.example.fr/a-propos</loc><lastmod>2023-01-02</lastmod></url>
            </urlset>""";
    private final SitemapReader reader = new SitemapReader();

    @Test
    void aNewsSitemapsEntriesCarryTheirTitleDateAndLanguage() throws FeedException {
        Sitemap sitemap = reader.read(NEWS.getBytes(StandardCharsets.UTF_8), "application/xml", SITEMAP);
        assertFalse(sitemap.index());
        assertEquals(new FeedItem(URI.create("https://www.example.fr/monde/seisme.html"), "Séisme au large du Japon",
                "2024-05-14T06:30:00Z", "fr", List.of(), null), sitemap.entries().get(0));
    }

    @Test
    void anEntryWithoutNewsDataCarriesItsLastModified() throws FeedException {
        Sitemap sitemap = reader.read(NEWS.getBytes(StandardCharsets.UTF_8), "application/xml", SITEMAP);
        assertEquals(new FeedItem(URI.create("https://www.example.fr/a-propos"), null, "2023-01-02T00:00:00Z", null,
                List.of(), null), sitemap.entries().get(1));
    }

    @Test
    void aSitemapIndexGivesItsChildSitemaps() throws FeedException {
        String index = """
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>https://www.example.fr/sitemap-2024-05.xml.gz</loc></sitemap>
                  <sitemap><loc>https://www.example.fr/sitemap_news.xml</loc><lastmod>2024-05-14</lastmod></sitemap>
                </sitemapindex>""";
        Sitemap sitemap = reader.read(index.getBytes(StandardCharsets.UTF_8), "text/xml", URI.create("https://www.example.fr/sitemap.xml"));
        assertTrue(sitemap.index());
        assertEquals(List.of(URI.create("https://www.example.fr/sitemap-2024-05.xml.gz"),
                URI.create("https://www.example.fr/sitemap_news.xml")), sitemap.children());
    }

    @Test
    void aGzippedSitemapIsRead() throws FeedException, IOException {
        Sitemap sitemap = reader.read(gzip(NEWS.getBytes(StandardCharsets.UTF_8)), "application/gzip",
                URI.create("https://www.example.fr/sitemap_news.xml.gz"));
        assertEquals(2, sitemap.entries().size());
    }

    @Test
    void aGzippedSitemapThatDecodesPastTheProtocolsLimitIsRefused() throws IOException {
        byte[] bomb = gzip(new byte[SitemapReader.MAX_DECODED_BYTES + 1024]);
        FeedException e = assertThrows(FeedException.class, () -> reader.read(bomb, "application/gzip", SITEMAP));
        assertTrue(e.getMessage().contains("more than 50 MiB"), e.getMessage());
    }

    @Test
    void aTruncatedSitemapGivesTheEntriesBeforeTheBreak() throws FeedException {
        String cut = NEWS.substring(0, NEWS.indexOf("<url><loc>https://www.example.fr/a-propos"));
        Sitemap sitemap = reader.read(cut.getBytes(StandardCharsets.UTF_8), "application/xml", SITEMAP);
        assertEquals(List.of(URI.create("https://www.example.fr/monde/seisme.html")),
                sitemap.entries().stream().map(FeedItem::url).toList());
    }

    @Test
    void aTextSitemapIsAListOfUrls() throws FeedException {
        Sitemap sitemap = reader.read("https://www.example.fr/a\nhttps://www.example.fr/b\n".getBytes(StandardCharsets.UTF_8),
                "text/plain", URI.create("https://www.example.fr/sitemap.txt"));
        assertEquals(2, sitemap.entries().size());
    }

    @Test
    void anHtmlPageIsNotASitemap() {
        FeedException e = assertThrows(FeedException.class, () -> reader.read(
                "<!doctype html><html><body>404</body></html>".getBytes(StandardCharsets.UTF_8), "text/html", SITEMAP));
        assertEquals("HTML page, not a sitemap", e.getMessage());
    }

    @Test
    void aFeedIsNotASitemap() {
        FeedException e = assertThrows(FeedException.class, () -> reader.read(
                "<rss version=\"2.0\"><channel/></rss>".getBytes(StandardCharsets.UTF_8), "text/xml", SITEMAP));
        assertEquals("XML whose root is <rss>, not a sitemap", e.getMessage());
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }
}

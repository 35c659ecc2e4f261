package dev.storyline.sources.feeds;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The feeds here were written for these tests, after the shapes outlets publish. */
class FeedReaderTest {

    private static final URI FEED_URL = URI.create("https://www.example.fr/rss/une.xml");
    private final FeedReader reader = new FeedReader();

    private Feed read(String body, String contentType) throws FeedException {
        return reader.read(body.getBytes(StandardCharsets.UTF_8), contentType, FEED_URL);
    }

    @Test
    void rss2ItemsCarryTheirLinkTitleDateAuthorAndSummary() throws FeedException {
        Feed feed = read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
                <channel><title>Le Quotidien – À la une</title><link>https://www.example.fr/</link><language>fr-FR</language>
                <item><title>Séisme au large du Japon</title><link>https://www.example.fr/monde/seisme.html</link>
                <pubDate>Tue, 14 May 2024 08:30:00 +0200</pubDate><dc:creator>Marie Dupont</dc:creator>
                <description>&lt;p&gt;Un séisme de magnitude 7,1 a frappé…&lt;/p&gt;</description></item>
                </channel></rss>""", "application/rss+xml; charset=utf-8");
        assertEquals("Le Quotidien – À la une", feed.title());
        assertEquals(FeedFormat.RSS_2_0, feed.format());
        assertEquals(List.of(new FeedItem(URI.create("https://www.example.fr/monde/seisme.html"), "Séisme au large du Japon",
                "2024-05-14T06:30:00Z", "fr", List.of("Marie Dupont"), "Un séisme de magnitude 7,1 a frappé…")), feed.items());
    }

    @Test
    void relativeItemLinksResolveAgainstTheFeedUrl() throws FeedException {
        Feed feed = read("<rss version=\"2.0\"><channel><title>t</title><item><title>a</title><link>/monde/a.html</link></item>"
                + "<item><title>b</title><link>b.html</link></item></channel></rss>", "text/xml");
        assertEquals(List.of(URI.create("https://www.example.fr/monde/a.html"), URI.create("https://www.example.fr/rss/b.html")),
                feed.items().stream().map(FeedItem::url).toList());
    }

    @Test
    void theItemsOwnLanguageWinsOverTheFeeds() throws FeedException {
        Feed feed = read("""
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>t</title><language>fr</language>
                <item><title>a</title><link>https://www.example.fr/a</link></item>
                <item><title>b</title><link>https://www.example.fr/b</link><dc:language>de-AT</dc:language></item>
                </channel></rss>""", null);
        assertEquals(List.of("fr", "de"), feed.items().stream().map(FeedItem::language).toList());
    }

    @Test
    void rssAuthorGivenAsEmailAndNameKeepsTheName() throws FeedException {
        Feed feed = read("<rss version=\"2.0\"><channel><title>t</title><item><title>a</title><link>https://www.example.fr/a</link>"
                + "<author>jdoe@example.fr (Jean Doe)</author></item></channel></rss>", null);
        assertEquals(List.of("Jean Doe"), feed.items().getFirst().authors());
    }

    @Test
    void atomEntriesAreRead() throws FeedException {
        Feed feed = read("""
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
                  <title>The Daily Example</title><id>urn:example</id><updated>2024-05-14T09:00:00Z</updated>
                  <entry><title type="html">Quake &amp;amp; tsunami warning</title><id>urn:1</id>
                    <link rel="alternate" href="https://news.example.com/world/quake"/>
                    <link rel="replies" href="https://news.example.com/world/quake#comments"/>
                    <published>2024-05-14T08:30:00+02:00</published><updated>2024-05-14T09:00:00Z</updated>
                    <author><name>Ann Smith</name></author><author><name>Bo Lee</name></author>
                    <summary>A magnitude 7.1 earthquake…</summary></entry>
                </feed>""", "application/atom+xml");
        assertEquals(FeedFormat.ATOM_1_0, feed.format());
        FeedItem item = feed.items().getFirst();
        assertEquals(URI.create("https://news.example.com/world/quake"), item.url());
        assertEquals("Quake & tsunami warning", item.title());
        assertEquals("2024-05-14T06:30:00Z", item.published());
        assertEquals(List.of("Ann Smith", "Bo Lee"), item.authors());
    }

    @Test
    void rss1RdfWithDublinCoreIsRead() throws FeedException {
        Feed feed = read("""
                <?xml version="1.0"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel rdf:about="https://www.example.de/"><title>Beispiel</title><link>https://www.example.de/</link>
                    <description>d</description><dc:language>de</dc:language>
                    <items><rdf:Seq><rdf:li rdf:resource="https://www.example.de/a"/></rdf:Seq></items></channel>
                  <item rdf:about="https://www.example.de/a"><title>Erdbeben</title><link>https://www.example.de/a</link>
                    <dc:date>2024-05-14T08:30:00+02:00</dc:date><dc:creator>Hans Maier</dc:creator></item>
                </rdf:RDF>""", null);
        assertEquals(FeedFormat.RSS_1_0, feed.format());
        assertEquals(new FeedItem(URI.create("https://www.example.de/a"), "Erdbeben", "2024-05-14T06:30:00Z", "de",
                List.of("Hans Maier"), null), feed.items().getFirst());
    }

    @Test
    void rss091WithItsNetscapeDoctypeIsReadWithoutFetchingTheDtd() throws FeedException {
        Feed feed = read("""
                <?xml version="1.0" encoding="ISO-8859-1"?>
                <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
                <rss version="0.91"><channel><title>Old</title><link>http://old.example.com/</link><description>d</description>
                <language>en-us</language><item><title>One</title><link>http://old.example.com/1</link></item></channel></rss>""", null);
        assertEquals(FeedFormat.RSS_0_9X, feed.format());
        assertEquals("en", feed.items().getFirst().language());
    }

    @Test
    void jsonFeed11IsRead() throws FeedException {
        Feed feed = read("""
                {"version": "https://jsonfeed.org/version/1.1", "title": "El Ejemplo", "language": "es-ES",
                 "items": [{"id": "1", "url": "/internacional/terremoto", "title": "Terremoto en Japón",
                            "date_published": "2024-05-14T08:30:00+02:00", "authors": [{"name": "Lucía García"}],
                            "content_html": "<p>Un terremoto…</p>"},
                           {"id": "2", "title": "sin enlace"}]}""", "application/feed+json");
        assertEquals(FeedFormat.JSON_FEED_1_1, feed.format());
        assertEquals(List.of(new FeedItem(URI.create("https://www.example.fr/internacional/terremoto"), "Terremoto en Japón",
                "2024-05-14T06:30:00Z", "es", List.of("Lucía García"), "Un terremoto…")), feed.items());
    }

    @Test
    void jsonFeed10WithItsSingleAuthorIsRead() throws FeedException {
        Feed feed = read("""
                {"version": "https://jsonfeed.org/version/1", "title": "Old JSON",
                 "author": {"name": "The Desk"},
                 "items": [{"id": "https://example.org/a", "title": "A", "summary": "s"}]}""", "application/json");
        assertEquals(FeedFormat.JSON_FEED_1_0, feed.format());
        assertEquals(List.of("The Desk"), feed.items().getFirst().authors());
        assertEquals(URI.create("https://example.org/a"), feed.items().getFirst().url());
    }

    @Test
    void jsonThatIsNotAJsonFeedIsReportedAsSuch() {
        FeedException e = assertThrows(FeedException.class, () -> read("{\"data\": []}", "application/json"));
        assertTrue(e.getMessage().startsWith("JSON but not a JSON Feed"), e.getMessage());
    }

    @Test
    void aLatin1FeedDeclaredUtf8IsReadAsLatin1() throws FeedException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Le café</title>"
                + "<item><title>Éléphants à Besançon</title><link>https://www.example.fr/a</link></item></channel></rss>";
        Feed feed = reader.read(xml.getBytes(StandardCharsets.ISO_8859_1), "text/xml; charset=utf-8", FEED_URL);
        assertEquals("Le café", feed.title());
        assertEquals("Éléphants à Besançon", feed.items().getFirst().title());
    }

    @Test
    void theHttpCharsetServesWhenTheXmlDeclarationNamesNone() throws FeedException {
        String xml = "<rss version=\"2.0\"><channel><title>Москва</title><item><title>Новости</title>"
                + "<link>https://example.ru/a</link></item></channel></rss>";
        Feed feed = reader.read(xml.getBytes(java.nio.charset.Charset.forName("windows-1251")),
                "application/rss+xml; charset=windows-1251", FEED_URL);
        assertEquals("Новости", feed.items().getFirst().title());
    }

    @Test
    void aByteOrderMarkDecidesTheEncoding() throws FeedException {
        String xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Ελληνικά</title><item><title>Σεισμός</title>"
                + "<link>https://example.gr/a</link></item></channel></rss>";
        byte[] utf16 = xml.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        assertEquals("Σεισμός", reader.read(withBom, "text/xml; charset=iso-8859-1", FEED_URL).items().getFirst().title());
    }

    @Test
    void blankLinesBeforeTheXmlDeclarationAreTolerated() throws FeedException {
        Feed feed = read("\n\n  <?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>t</title>"
                + "<item><title>a</title><link>https://www.example.fr/a</link></item></channel></rss>", "application/rss+xml");
        assertEquals(1, feed.items().size());
    }

    @Test
    void htmlEntitiesUndefinedInXmlAreTolerated() throws FeedException {
        Feed feed = read("<rss version=\"2.0\"><channel><title>A&nbsp;B</title><item><title>Caf&eacute; &mdash; news</title>"
                + "<link>https://www.example.fr/a</link></item></channel></rss>", null);
        assertEquals("Café — news", feed.items().getFirst().title());
    }

    @Test
    void bareAmpersandsAreTolerated() throws FeedException {
        Feed feed = read("<rss version=\"2.0\"><channel><title>News & views</title><item><title>AT&T buys Q&A site</title>"
                + "<link>https://www.example.fr/a?x=1&y=2</link></item></channel></rss>", null);
        assertEquals("AT&T buys Q&A site", feed.items().getFirst().title());
        assertEquals(URI.create("https://www.example.fr/a?x=1&y=2"), feed.items().getFirst().url());
    }

    @Test
    void controlCharactersXmlForbidsAreDropped() throws FeedException {
        Feed feed = read("<rss version=\"2.0\"><channel><title>t</title><item><title>Bad\u0001 byte\u000B here</title>"
                + "<link>https://www.example.fr/a</link></item></channel></rss>", null);
        assertEquals("Bad byte here", feed.items().getFirst().title());
    }

    @Test
    void invalidXmlIsReportedWithWhereItBreaks() {
        FeedException e = assertThrows(FeedException.class, () -> read(
                "<rss version=\"2.0\"><channel><title>t</title>\n<item><title>a</titl></item></channel></rss>", null));
        assertTrue(e.getMessage().startsWith("invalid XML feed at line 2"), e.getMessage());
    }

    @Test
    void anHtmlPageServedAsAFeedIsReportedAsAnHtmlPage() {
        FeedException e = assertThrows(FeedException.class, () -> read(
                "<!DOCTYPE html>\n<html><head><title>Oops</title></head><body>Moved</body></html>", "application/rss+xml"));
        assertEquals("HTML page, not a feed (served as application/rss+xml)", e.getMessage());
    }

    @Test
    void aSitemapIsNotTakenForAFeed() {
        FeedException e = assertThrows(FeedException.class, () -> read(
                "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://x.org/</loc></url></urlset>", null));
        assertEquals("a sitemap (<urlset>), not a feed", e.getMessage());
    }

    @Test
    void anEmptyBodyIsReported() {
        assertEquals("empty body, not a feed", assertThrows(FeedException.class,
                () -> reader.read(new byte[0], "text/xml", FEED_URL)).getMessage());
    }

    @Test
    void aPermalinkGuidServesAsTheLinkWhenThereIsNone() throws FeedException {
        Feed feed = read("<rss version=\"2.0\"><channel><title>t</title><item><title>a</title>"
                + "<guid isPermaLink=\"true\">https://www.example.fr/2024/05/a.html</guid></item></channel></rss>", null);
        assertEquals(URI.create("https://www.example.fr/2024/05/a.html"), feed.items().getFirst().url());
    }

    @Test
    void itemsWithoutALinkAreLeftOut() throws FeedException {
        Feed feed = read("<rss version=\"2.0\"><channel><title>t</title><item><title>no link</title></item></channel></rss>", null);
        assertEquals(List.of(), feed.items());
    }
}

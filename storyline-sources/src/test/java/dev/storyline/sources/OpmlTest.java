package dev.storyline.sources;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpmlTest {

    /** A subscription list as feed readers export it (written for this test): folders, camelCase, one bad URL. */
    private static final String EXPORTED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <opml version="2.0">
              <head><title>My feeds</title></head>
              <body>
                <outline text="News">
                  <outline type="rss" text="Le Monde &amp; co" title="Le Monde" xmlUrl="https://lemonde.example/rss/une.xml" htmlUrl="https://lemonde.example/"/>
                  <outline type="rss" text="Broken" xmlUrl="javascript:alert(1)"/>
                </outline>
                <outline type="link" text="A homepage" url="https://outlet.example/"/>
              </body>
            </opml>
            """;

    @Test
    void feedsAndLinksAreReadFromFoldersAndBadOutlinesAreNamed() throws IOException {
        Opml.Read read = Opml.read(EXPORTED, "feeds.opml");
        assertEquals(List.of(new Opml.Outline("Le Monde & co", URI.create("https://lemonde.example/rss/une.xml"), null),
                new Opml.Outline("A homepage", null, URI.create("https://outlet.example/"))), read.outlines());
        assertEquals(1, read.problems().size());
        assertTrue(read.problems().get(0).contains("Broken") && read.problems().get(0).contains("not an http(s) URL"), read.problems().get(0));
    }

    @Test
    void somethingThatIsNotOpmlIsRefusedWithItsName() {
        IOException e = assertThrows(IOException.class, () -> Opml.read("<html><body>hi</body></html>", "page.html"));
        assertTrue(e.getMessage().startsWith("page.html: not an OPML document"), e.getMessage());
    }

    @Test
    void exportedSourcesReadBackAsTheSameSubscriptions() throws IOException {
        Instant t = Instant.parse("2026-12-01T10:00:00Z");
        Source feed = EmbeddedSourceRegistryTest.source("https://a.example/feed.xml", t);
        Source home = new Source(Source.idOf("b.example"), URI.create("https://b.example/"), SourceKind.HOMEPAGE, "B <news>",
                SourceSettings.DEFAULTS, new Found(List.of(URI.create("https://b.example/rss")), List.of(), List.of(), null, t),
                SourceStatus.fresh(t, SourceSettings.DEFAULTS));
        String xml = Opml.write(List.of(feed, home), t);
        assertTrue(xml.contains("type=\"rss\""), xml);
        assertTrue(xml.contains("htmlUrl=\"https://b.example/\""), xml);
        Opml.Read read = Opml.read(xml, "export");
        assertEquals(List.of(new Opml.Outline("An outlet", URI.create("https://a.example/feed.xml"), null),
                new Opml.Outline("B <news>", URI.create("https://b.example/rss"), null)), read.outlines());
    }
}

package dev.storyline.sources;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * OPML 2.0 subscription lists, how feed readers import and export what they follow: {@code <outline type="rss"
 * text title xmlUrl htmlUrl>} per feed. Read with jsoup's XML parser, which forgives what feed readers write
 * (undeclared entities, stray markup); written with StAX, which escapes.
 */
public final class Opml {

    /**
     * One subscription in a list: a feed ({@code xmlUrl}), or a plain link to a homepage or sitemap
     * ({@code type="link"} with {@code url}), which is read by its content when added.
     */
    public record Outline(String text, URI feed, URI link) {
    }

    /** What reading a list gave: the subscriptions, and the outlines that could not be taken, each with why. */
    public record Read(List<Outline> outlines, List<String> problems) {
    }

    private Opml() {
    }

    /** Reads an OPML document; fails naming why when it is not OPML at all. */
    public static Read read(String xml, String name) throws IOException {
        Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
        Element opml = doc.selectFirst("opml");
        if (opml == null || opml.selectFirst("body") == null) {
            throw new IOException(name + ": not an OPML document (no <opml><body>)");
        }
        List<Outline> outlines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Element outline : opml.select("body outline")) {
            String text = firstNonBlank(outline.attr("text"), outline.attr("title"));
            String xmlUrl = attribute(outline, "xmlUrl");
            String url = attribute(outline, "url");
            String htmlUrl = attribute(outline, "htmlUrl");
            try {
                if (xmlUrl != null) outlines.add(new Outline(text, web(xmlUrl), null));
                else if (url != null) outlines.add(new Outline(text, null, web(url)));
                else if (htmlUrl != null && outline.children().isEmpty()) outlines.add(new Outline(text, null, web(htmlUrl)));
                // An outline with neither is a folder: its children are read on their own.
            } catch (IllegalArgumentException e) {
                problems.add(name + ": outline '" + (text == null ? "" : text) + "': " + e.getMessage());
            }
        }
        return new Read(outlines, problems);
    }

    /** OPML attribute names are camelCase; some writers lower-case them. */
    private static String attribute(Element e, String name) {
        for (var a : e.attributes()) if (a.getKey().equalsIgnoreCase(name) && !a.getValue().isBlank()) return a.getValue().strip();
        return null;
    }

    /** An absolute http(s) URL, else an error naming it. */
    public static URI web(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) throw new IllegalArgumentException("not an http(s) URL: '" + url + "'");
            if (uri.getHost() == null || uri.getHost().isBlank()) throw new IllegalArgumentException("no host in URL '" + url + "'");
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: '" + url + "' (" + e.getReason() + ")");
        }
    }

    /**
     * The sources as OPML 2.0: a feed as itself; a homepage as each feed found there (its {@code htmlUrl} the
     * homepage), or as a {@code type="link"} outline when none was found; a sitemap as a link.
     */
    public static String write(List<Source> sources, Instant now) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("opml");
            xml.writeAttribute("version", "2.0");
            xml.writeCharacters("\n  ");
            xml.writeStartElement("head");
            element(xml, "title", "Storyline sources");
            element(xml, "dateCreated", DateTimeFormatter.RFC_1123_DATE_TIME.format(now.atOffset(ZoneOffset.UTC)));
            xml.writeEndElement();
            xml.writeCharacters("\n  ");
            xml.writeStartElement("body");
            for (Source s : sources) {
                String text = s.displayName();
                if (s.kind() == SourceKind.FEED) {
                    feedOutline(xml, text, s.url(), null);
                } else if (s.kind() == SourceKind.HOMEPAGE && !s.found().feeds().isEmpty()) {
                    for (URI feed : s.found().feeds()) feedOutline(xml, text, feed, s.url());
                } else {
                    xml.writeCharacters("\n    ");
                    xml.writeEmptyElement("outline");
                    xml.writeAttribute("type", "link");
                    xml.writeAttribute("text", text);
                    xml.writeAttribute("title", text);
                    xml.writeAttribute("url", s.url().toString());
                }
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing OPML to a string cannot fail", e);
        }
        return out.toString();
    }

    private static void feedOutline(XMLStreamWriter xml, String text, URI feed, URI home) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeEmptyElement("outline");
        xml.writeAttribute("type", "rss");
        xml.writeAttribute("text", text);
        xml.writeAttribute("title", text);
        xml.writeAttribute("xmlUrl", feed.toString());
        if (home != null) xml.writeAttribute("htmlUrl", home.toString());
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) return a.strip();
        if (b != null && !b.isBlank()) return b.strip();
        return null;
    }
}

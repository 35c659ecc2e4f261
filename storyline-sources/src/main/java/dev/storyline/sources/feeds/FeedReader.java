package dev.storyline.sources.feeds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import org.jsoup.Jsoup;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads RSS 0.9x/1.0/2.0 and Atom (Rome) and JSON Feed 1.0/1.1 (Jackson) into {@link Feed}s, leniently: the
 * encoding is taken from the BOM, the XML declaration or the HTTP header, a Latin-1 feed declared UTF-8 is
 * re-read as Latin-1, HTML entities such as {@code &nbsp;} undefined in XML and bare ampersands are tolerated
 * (Rome's XML healer), control characters XML forbids are dropped,
 * a DOCTYPE is dropped before parsing (no external DTD is fetched, no entity expanded). What cannot be read is
 * reported by a {@link FeedException} saying why, e.g. "HTML page, not a feed". Thread-safe.
 */
public final class FeedReader {

    private static final int SUMMARY_LIMIT = 1000;
    /** RSS {@code <author>} is "email (Name)". */
    private static final Pattern EMAIL_AND_NAME = Pattern.compile("^\\s*\\S+@\\S+\\s*\\((.+)\\)\\s*$");

    /** Characters XML 1.0 forbids, which feeds built by string concatenation often carry. */
    private static final Pattern NOT_XML = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param body        the body as fetched (decoded from gzip/deflate)
     * @param contentType the HTTP Content-Type, else null
     * @param base        the feed's URL, which relative item links resolve against
     */
    public Feed read(byte[] body, String contentType, URI base) throws FeedException {
        if (body == null || body.length == 0) throw new FeedException("empty body, not a feed");
        String mime = XmlSniff.mime(contentType);
        char first = firstSignificant(body);
        if (first == 0) throw new FeedException("blank body, not a feed");
        if (first == '{' || first == '[' || (mime.contains("json") && first != '<')) return readJson(body, base);
        XmlSniff.Decoded decoded = XmlSniff.decode(body, contentType);
        XmlSniff.Prolog prolog = XmlSniff.prolog(decoded.text());
        if (prolog.isHtml() || (prolog.root() == null && mime.contains("html")))
            throw new FeedException("HTML page, not a feed" + (mime.isEmpty() ? "" : " (served as " + mime + ")"));
        if (prolog.root() == null) throw new FeedException("neither XML nor JSON, not a feed"
                + (mime.isEmpty() ? "" : " (served as " + mime + ")"));
        String root = prolog.localRoot();
        if (root.equals("urlset") || root.equals("sitemapindex"))
            throw new FeedException("a sitemap (<" + root + ">), not a feed");
        if (!root.equals("rss") && !root.equals("feed") && !root.equals("RDF") && !root.equals("channel"))
            throw new FeedException("XML whose root is <" + prolog.root() + ">, not a feed");
        String text = decoded.text();
        if (prolog.doctypeStart() >= 0) // no DTD is fetched and no entity of its own expanded: drop it
            text = text.substring(0, prolog.doctypeStart()) + text.substring(prolog.doctypeEnd());
        return readXml(NOT_XML.matcher(text).replaceAll(""), base);
    }

    // ---- RSS and Atom ----

    private Feed readXml(String text, URI base) throws FeedException {
        SyndFeedInput input = new SyndFeedInput(false, Locale.ROOT);
        input.setXmlHealerOn(true);
        input.setAllowDoctypes(false);
        SyndFeed feed;
        try {
            feed = input.build(new StringReader(text));
        } catch (ParsingFeedException e) {
            String where = e.getLineNumber() > 0 ? " at line " + e.getLineNumber() + ", column " + e.getColumnNumber() : "";
            throw new FeedException("invalid XML feed" + where + ": " + rootCause(e), e);
        } catch (com.rometools.rome.io.FeedException | RuntimeException e) {
            throw new FeedException("unreadable feed: " + rootCause(e), e);
        }
        String feedLanguage = language(feed.getLanguage());
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            URI url = resolve(base, link(entry));
            if (url == null) continue; // nothing to fetch
            items.add(new FeedItem(url, plain(entry.getTitle()), iso(entry.getPublishedDate(), entry.getUpdatedDate()),
                    entryLanguage(entry), authors(entry), summary(entry)).withDefaultLanguage(feedLanguage));
        }
        return new Feed(plain(feed.getTitle()), FeedFormat.ofRomeType(feed.getFeedType()), items);
    }

    private static String link(SyndEntry entry) {
        if (entry.getLink() != null && !entry.getLink().isBlank()) return entry.getLink();
        for (SyndLink l : entry.getLinks())
            if ((l.getRel() == null || l.getRel().equals("alternate")) && l.getHref() != null) return l.getHref();
        String uri = entry.getUri();
        return uri != null && (uri.startsWith("http://") || uri.startsWith("https://")) ? uri : null;
    }

    private static String entryLanguage(SyndEntry entry) {
        if (entry.getModule(DCModule.URI) instanceof DCModule dc) return language(dc.getLanguage());
        return null;
    }

    private static List<String> authors(SyndEntry entry) {
        Set<String> names = new LinkedHashSet<>();
        for (SyndPerson p : entry.getAuthors()) addAuthor(names, p.getName());
        if (entry.getModule(DCModule.URI) instanceof DCModule dc) for (String c : dc.getCreators()) addAuthor(names, c);
        if (names.isEmpty()) addAuthor(names, entry.getAuthor());
        return List.copyOf(names);
    }

    private static void addAuthor(Set<String> names, String raw) {
        if (raw == null || raw.isBlank()) return;
        Matcher m = EMAIL_AND_NAME.matcher(raw);
        String name = plain(m.matches() ? m.group(1) : raw);
        if (name != null && !name.contains("@")) names.add(name);
    }

    private static String summary(SyndEntry entry) {
        SyndContent description = entry.getDescription();
        if (description != null && description.getValue() != null && !description.getValue().isBlank())
            return cut(plain(description.getValue()));
        for (SyndContent c : entry.getContents())
            if (c.getValue() != null && !c.getValue().isBlank()) return cut(plain(c.getValue()));
        return null;
    }

    private static String iso(Date published, Date updated) {
        Date d = published != null ? published : updated;
        return d == null ? null : d.toInstant().toString();
    }

    // ---- JSON Feed ----

    private Feed readJson(byte[] body, URI base) throws FeedException {
        JsonNode root;
        try {
            root = json.readTree(new String(body, StandardCharsets.UTF_8)); // RFC 8259: JSON is UTF-8
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage().replaceAll("\\s*\\(start marker at \\[Source:.*?\\]\\)", "");
            throw new FeedException("invalid JSON: " + message + " at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr(), e);
        }
        String version = root.path("version").asText("");
        if (!version.startsWith("https://jsonfeed.org/version/"))
            throw new FeedException("JSON but not a JSON Feed (no \"version\": \"https://jsonfeed.org/version/1.1\")");
        FeedFormat format = version.endsWith("/1") ? FeedFormat.JSON_FEED_1_0 : FeedFormat.JSON_FEED_1_1;
        if (!root.path("items").isArray()) throw new FeedException("JSON Feed without an \"items\" array");
        String feedLanguage = language(text(root, "language"));
        List<String> feedAuthors = jsonAuthors(root);
        List<FeedItem> items = new ArrayList<>();
        for (JsonNode item : root.path("items")) {
            String link = text(item, "url");
            if (link == null) link = text(item, "external_url");
            if (link == null && text(item, "id") != null && text(item, "id").startsWith("http")) link = text(item, "id");
            URI url = resolve(base, link);
            if (url == null) continue;
            String summary = text(item, "summary");
            if (summary == null) summary = text(item, "content_text");
            if (summary == null) summary = text(item, "content_html");
            List<String> authors = jsonAuthors(item);
            items.add(new FeedItem(url, plain(text(item, "title")),
                    isoText(text(item, "date_published") != null ? text(item, "date_published") : text(item, "date_modified")),
                    language(text(item, "language")), authors.isEmpty() ? feedAuthors : authors,
                    cut(plain(summary))).withDefaultLanguage(feedLanguage));
        }
        return new Feed(plain(text(root, "title")), format, items);
    }

    /** 1.1's "authors" array, or 1.0's "author" object. */
    private static List<String> jsonAuthors(JsonNode node) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode a : node.path("authors")) addAuthor(names, text(a, "name"));
        if (names.isEmpty()) addAuthor(names, text(node.path("author"), "name"));
        return List.copyOf(names);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || !v.isValueNode() || v.asText().isBlank() ? null : v.asText();
    }

    private static String isoText(String rfc3339) {
        if (rfc3339 == null) return null;
        try {
            return OffsetDateTime.parse(rfc3339.strip()).toInstant().toString();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(rfc3339.strip()).toString();
            } catch (DateTimeParseException again) {
                return null; // a date we cannot read states nothing
            }
        }
    }

    // ---- shared ----

    /** An absolute http(s) URL from a link, resolved against the feed's URL; null when there is none. */
    static URI resolve(URI base, String link) {
        if (link == null || link.isBlank()) return null;
        try {
            URI u = URI.create(link.strip().replace(" ", "%20"));
            if (base != null) u = base.resolve(u);
            String scheme = u.getScheme();
            return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && u.getHost() != null ? u : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A stated language as the pipeline names languages: its primary subtag, lower case ("en-US" → "en"). */
    static String language(String stated) {
        if (stated == null || stated.isBlank()) return null;
        String primary = stated.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,3}") ? primary : null;
    }

    /** Text without markup or entities, whitespace collapsed; null when nothing is left. */
    static String plain(String s) {
        if (s == null) return null;
        String text = s.indexOf('<') >= 0 || s.indexOf('&') >= 0 ? Jsoup.parse(s).text() : s;
        text = text.replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? null : text;
    }

    private static String cut(String s) {
        if (s == null || s.length() <= SUMMARY_LIMIT) return s;
        return s.substring(0, SUMMARY_LIMIT - 1) + "…";
    }

    private static char firstSignificant(byte[] body) {
        int i = 0;
        if (body.length >= 3 && (body[0] & 0xff) == 0xEF && (body[1] & 0xff) == 0xBB && (body[2] & 0xff) == 0xBF) i = 3;
        if (body.length >= 2 && ((body[0] & 0xff) == 0xFE || (body[0] & 0xff) == 0xFF)) return '<'; // UTF-16: XML
        for (; i < body.length; i++) {
            char c = (char) (body[i] & 0xff);
            if (!Character.isWhitespace(c)) return c;
        }
        return 0;
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.replaceAll("\\s+", " ").strip();
    }
}

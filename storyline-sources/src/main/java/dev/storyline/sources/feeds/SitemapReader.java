package dev.storyline.sources.feeds;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads XML sitemaps, sitemap indexes and gzipped sitemaps (crawler-commons {@link SiteMapParser}, with the Google
 * News extension on): each entry becomes a {@link FeedItem} carrying its {@code news:title},
 * {@code news:publication_date} and {@code news:language} (an entry without a news date carries its
 * {@code lastmod}, which news sites set when they publish); an index gives its child sitemaps. Thread-safe.
 */
public final class SitemapReader {

    /** The sitemap protocol's own limit on an uncompressed sitemap; past it, a gzip bomb is reported. */
    public static final int MAX_DECODED_BYTES = 50 * 1024 * 1024;

    /**
     * @param body        the body as fetched (a .xml.gz served as application/gzip is decompressed here)
     * @param contentType the HTTP Content-Type, else null
     * @param url         the sitemap's URL
     */
    public Sitemap read(byte[] body, String contentType, URI url) throws FeedException {
        if (body == null || body.length == 0) throw new FeedException("empty body, not a sitemap");
        byte[] xml = isGzip(body) ? gunzip(body) : body;
        XmlSniff.Prolog prolog = XmlSniff.prolog(XmlSniff.decode(xml, contentType).text());
        if (prolog.isHtml()) throw new FeedException("HTML page, not a sitemap");
        String root = prolog.localRoot();
        if (root != null && !root.equals("urlset") && !root.equals("sitemapindex"))
            throw new FeedException("XML whose root is <" + prolog.root() + ">, not a sitemap");
        SiteMapParser parser = new SiteMapParser(false, true); // not strict: entries may sit anywhere on the site
        parser.enableExtension(Extension.NEWS);
        parser.setAllowDocTypeDefinitions(false);
        AbstractSiteMap parsed;
        try {
            parsed = parser.parseSiteMap(root == null ? "text/plain" : "text/xml", xml, url.toURL());
        } catch (UnknownFormatException e) {
            throw new FeedException("not a sitemap: " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new FeedException("unreadable sitemap: " + e.getMessage(), e);
        }
        if (parsed instanceof SiteMapIndex index) {
            List<URI> children = new ArrayList<>();
            for (AbstractSiteMap child : index.getSitemaps()) {
                URI u = uri(child.getUrl());
                if (u != null) children.add(u);
            }
            return new Sitemap(true, List.of(), children);
        }
        List<FeedItem> entries = new ArrayList<>();
        for (SiteMapURL entry : ((SiteMap) parsed).getSiteMapUrls()) {
            URI u = uri(entry.getUrl());
            if (u != null) entries.add(item(u, entry));
        }
        if (root == null && entries.isEmpty()) throw new FeedException("neither an XML sitemap nor a list of URLs");
        return new Sitemap(false, entries, List.of());
    }

    private static FeedItem item(URI url, SiteMapURL entry) {
        ExtensionMetadata[] news = entry.getAttributesForExtension(Extension.NEWS);
        if (news != null) {
            for (ExtensionMetadata m : news) {
                if (m instanceof NewsAttributes n) {
                    ZonedDateTime date = n.getPublicationDateTime();
                    return new FeedItem(url, FeedReader.plain(n.getTitle()),
                            date != null ? date.toInstant().toString() : lastModified(entry),
                            FeedReader.language(n.getLanguage()), List.of(), null);
                }
            }
        }
        return new FeedItem(url, null, lastModified(entry), null, List.of(), null);
    }

    private static String lastModified(SiteMapURL entry) {
        Date d = entry.getLastModified();
        return d == null ? null : d.toInstant().toString();
    }

    private static URI uri(java.net.URL url) {
        if (url == null) return null;
        try {
            return url.toURI();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static boolean isGzip(byte[] body) {
        return body.length >= 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b;
    }

    private static byte[] gunzip(byte[] body) throws FeedException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (out.size() + n > MAX_DECODED_BYTES)
                    throw new FeedException("gzipped sitemap decodes to more than 50 MiB (the protocol's limit; a gzip bomb?)");
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new FeedException("corrupt gzipped sitemap: " + e.getMessage(), e);
        }
    }

}

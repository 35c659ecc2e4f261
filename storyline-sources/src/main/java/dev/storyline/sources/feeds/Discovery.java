package dev.storyline.sources.feeds;

import crawlercommons.domains.EffectiveTldFinder;
import dev.storyline.sources.fetch.FetchOutcome;
import dev.storyline.sources.fetch.FetchRequest;
import dev.storyline.sources.fetch.HttpExchange;
import dev.storyline.sources.fetch.PoliteFetcher;
import dev.storyline.ingest.Urls;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds a site's own feeds and news sitemaps from its homepage, the way a person would: the page's
 * {@code <link rel="alternate">} feeds; when it names none, the paths feeds usually live at; and news sitemaps
 * from robots.txt {@code Sitemap:} lines, or (when no feed was found) their usual names. Every candidate is fetched (politely, through the
 * {@link PoliteFetcher}) and read before it is kept; comment feeds and feeds on another site are skipped. Every
 * step is written down in {@link Discovered#notes()} for the Sources page. A URL that is itself a feed or a
 * sitemap is recognised as such by its content, so a user may paste either.
 */
public final class Discovery {

    /** Where feeds usually are when a homepage does not say (WordPress, Blogger, Hugo, Jekyll, Pelican…). */
    static final List<String> COMMON_FEED_PATHS = List.of("/feed", "/rss", "/rss.xml", "/feed.xml", "/atom.xml",
            "/index.xml", "/feeds/all.atom.xml", "/feed.json");
    /** The usual names of a news sitemap, then of a sitemap. */
    static final List<String> NEWS_SITEMAP_PATHS = List.of("/news-sitemap.xml", "/sitemap_news.xml", "/sitemap-news.xml");
    static final String GENERAL_SITEMAP_PATH = "/sitemap.xml";
    private static final Set<String> FEED_TYPES = Set.of("application/rss+xml", "application/atom+xml",
            "application/feed+json", "application/json", "application/rdf+xml", "application/xml", "text/xml");
    /** Links advertised by a page are checked up to this many (each costs a polite request). */
    private static final int MAX_ADVERTISED = 5;

    private final PoliteFetcher fetcher;
    private final FeedReader feeds = new FeedReader();
    private final SitemapReader sitemaps = new SitemapReader();

    public Discovery(PoliteFetcher fetcher) {
        this.fetcher = fetcher;
    }

    /** Fetches the URL, then discovers from what it is. */
    public Discovered discover(URI url) {
        FetchOutcome outcome = fetcher.fetch(FetchRequest.of(url));
        if (outcome instanceof FetchOutcome.Fetched fetched) return discover(fetched.exchange());
        return new Discovered(List.of(), List.of(), List.of(url + ": " + outcome.describe()));
    }

    /** Discovers from a fetched page: a feed or a sitemap is itself the answer; a homepage is searched. */
    public Discovered discover(HttpExchange page) {
        Notes notes = new Notes();
        URI url = page.url();
        String contentType = page.header("Content-Type");
        // A pasted feed or sitemap: recognised by content, whatever it is served as.
        try {
            Feed feed = feeds.read(page.body(), contentType, url);
            notes.add(url + ": a " + feed.format().label() + " feed with " + feed.items().size() + " items");
            return new Discovered(List.of(url), List.of(), notes.lines);
        } catch (FeedException notAFeed) {
            if (notAFeed.getMessage().startsWith("a sitemap")) {
                try {
                    Sitemap sitemap = sitemaps.read(page.body(), contentType, url);
                    notes.add(url + ": " + describe(sitemap));
                    return new Discovered(List.of(), List.of(url), notes.lines);
                } catch (FeedException badSitemap) {
                    notes.add(url + ": " + badSitemap.getMessage());
                    return new Discovered(List.of(), List.of(), notes.lines);
                }
            }
            if (!notAFeed.getMessage().startsWith("HTML page")) {
                notes.add(url + ": neither a homepage, a feed nor a sitemap: " + notAFeed.getMessage());
                return new Discovered(List.of(), List.of(), notes.lines);
            }
        }
        List<URI> found = advertisedFeeds(page, notes);
        if (found.isEmpty()) found = probedFeed(url, notes);
        List<URI> maps = newsSitemaps(url, !found.isEmpty(), notes);
        if (found.isEmpty() && maps.isEmpty()) maps = generalSitemap(url, notes);
        if (found.isEmpty() && maps.isEmpty()) notes.add("no feed or sitemap found for " + url);
        return new Discovered(found, maps, notes.lines);
    }

    // ---- feeds ----

    private List<URI> advertisedFeeds(HttpExchange page, Notes notes) {
        Document doc = Jsoup.parse(new String(page.body(), charsetOf(page)), page.url().toString());
        Map<String, URI> candidates = new LinkedHashMap<>();
        for (Element link : doc.select("link[href]")) {
            if (!Urls.hasRel(link, "alternate")) continue;
            String type = link.attr("type").strip().toLowerCase(Locale.ROOT);
            if (!FEED_TYPES.contains(type)) continue;
            String href = link.absUrl("href");
            // application/json also names WordPress's REST API links and oEmbed: a JSON Feed says it is one
            if (type.equals("application/json") && !(href + " " + link.attr("title")).toLowerCase(Locale.ROOT).contains("feed"))
                continue;
            URI u = FeedReader.resolve(null, href);
            if (u == null) {
                notes.add("advertised feed " + link.attr("href") + ": not an http(s) URL, skipped");
                continue;
            }
            String title = link.attr("title");
            if (isCommentFeed(u, title)) {
                notes.add("advertised feed " + u + (title.isBlank() ? "" : " (\"" + title + "\")") + ": comments, skipped");
                continue;
            }
            if (!ownSite(page.url(), u)) {
                notes.add("advertised feed " + u + ": on another site (" + u.getHost() + "), skipped; add it as a source by itself to follow it");
                continue;
            }
            candidates.putIfAbsent(Urls.normalise(u.toString()), u);
        }
        if (candidates.isEmpty()) {
            notes.add(page.url() + ": the page advertises no feed of its own");
            return List.of();
        }
        List<URI> kept = new ArrayList<>();
        int checked = 0;
        for (URI u : candidates.values()) {
            if (checked++ >= MAX_ADVERTISED) {
                notes.add("advertised feed " + u + ": not checked (more than " + MAX_ADVERTISED + " advertised)");
                continue;
            }
            if (checkFeed(u, "advertised feed ", notes)) kept.add(u);
        }
        return kept;
    }

    private List<URI> probedFeed(URI site, Notes notes) {
        for (String path : COMMON_FEED_PATHS) {
            URI u = site.resolve(path);
            if (checkFeed(u, "probed ", notes)) return List.of(u);
        }
        return List.of();
    }

    /** Fetches and reads a candidate feed; notes what it is or why it was rejected. */
    private boolean checkFeed(URI u, String what, Notes notes) {
        FetchOutcome outcome = fetcher.fetch(FetchRequest.of(u));
        if (!(outcome instanceof FetchOutcome.Fetched fetched)) {
            notes.add(what + u + ": " + outcome.describe());
            return false;
        }
        HttpExchange ex = fetched.exchange();
        if (!ownSite(u, ex.url())) {
            notes.add(what + u + ": redirected to another site (" + ex.url() + "), skipped");
            return false;
        }
        try {
            Feed feed = feeds.read(ex.body(), ex.header("Content-Type"), ex.url());
            notes.add(what + u + ": " + feed.format().label() + ", " + feed.items().size() + " items, kept");
            return true;
        } catch (FeedException e) {
            notes.add(what + u + ": " + e.getMessage());
            return false;
        }
    }

    /** A comment feed, by its URL (WordPress's {@code /comments/feed/}, "comments" anywhere) or its title. */
    static boolean isCommentFeed(URI u, String title) {
        String path = u.getPath() == null ? "" : u.getPath().toLowerCase(Locale.ROOT);
        String t = title.toLowerCase(Locale.ROOT);
        return path.contains("comments") || t.contains("comments") || t.contains("commentaires")
                || t.contains("kommentare") || t.contains("comentarios");
    }

    // ---- sitemaps ----

    /**
     * The news sitemaps robots.txt names (declared: one request each); the usual names are probed only when the
     * site has no feed, since each probe costs a polite gap and the feeds list the same articles.
     */
    private List<URI> newsSitemaps(URI site, boolean feedsFound, Notes notes) {
        List<URI> fromRobots = fetcher.robotsSitemaps(site);
        Set<URI> kept = new LinkedHashSet<>();
        boolean anyNews = false;
        for (URI u : fromRobots) {
            if (!u.toString().toLowerCase(Locale.ROOT).contains("news")) continue;
            anyNews = true;
            if (!ownSite(site, u)) {
                notes.add("robots.txt sitemap " + u + ": on another site, skipped");
                continue;
            }
            if (checkSitemap(u, "robots.txt sitemap ", notes)) kept.add(u);
        }
        if (!fromRobots.isEmpty() && !anyNews)
            notes.add("robots.txt lists " + fromRobots.size() + " sitemap(s), none a news sitemap by its name");
        if (fromRobots.isEmpty()) notes.add("robots.txt lists no sitemap");
        if (!kept.isEmpty()) return List.copyOf(kept);
        if (feedsFound) {
            notes.add("news sitemaps at the usual names not probed: the site has a feed");
            return List.of();
        }
        for (String path : NEWS_SITEMAP_PATHS) {
            URI u = site.resolve(path);
            if (checkSitemap(u, "probed ", notes)) return List.of(u);
        }
        return List.of();
    }

    /** The site's general sitemap, when nothing better was found: robots.txt's first, else /sitemap.xml. */
    private List<URI> generalSitemap(URI site, Notes notes) {
        for (URI u : fetcher.robotsSitemaps(site)) {
            if (ownSite(site, u) && checkSitemap(u, "robots.txt sitemap ", notes)) return List.of(u);
        }
        URI u = site.resolve(GENERAL_SITEMAP_PATH);
        return checkSitemap(u, "probed ", notes) ? List.of(u) : List.of();
    }

    private boolean checkSitemap(URI u, String what, Notes notes) {
        FetchOutcome outcome = fetcher.fetch(FetchRequest.of(u));
        if (!(outcome instanceof FetchOutcome.Fetched fetched)) {
            notes.add(what + u + ": " + outcome.describe());
            return false;
        }
        HttpExchange ex = fetched.exchange();
        try {
            Sitemap sitemap = sitemaps.read(ex.body(), ex.header("Content-Type"), ex.url());
            notes.add(what + u + ": " + describe(sitemap) + ", kept");
            return true;
        } catch (FeedException e) {
            notes.add(what + u + ": " + e.getMessage());
            return false;
        }
    }

    private static String describe(Sitemap sitemap) {
        if (sitemap.index()) return "a sitemap index of " + sitemap.children().size() + " sitemaps";
        long news = sitemap.entries().stream().filter(e -> e.title() != null).count();
        return "a sitemap of " + sitemap.entries().size() + " pages" + (news > 0 ? " (" + news + " with news data)" : "");
    }

    // ---- the site's own domain ----

    /**
     * Whether a URL belongs to the same site: the same registrable domain (feeds.example.com is
     * www.example.com's own), or for hosts without one (an IP address, localhost) the same host.
     */
    static boolean ownSite(URI site, URI candidate) {
        String a = site.getHost(), b = candidate.getHost();
        if (a == null || b == null) return false;
        a = a.toLowerCase(Locale.ROOT);
        b = b.toLowerCase(Locale.ROOT);
        if (a.equals(b)) return true;
        String da = registrableDomain(a), db = registrableDomain(b);
        return da != null && da.equals(db);
    }

    private static String registrableDomain(String host) {
        if (host.startsWith("[") || host.matches("[0-9.]+")) return null;
        try {
            return EffectiveTldFinder.getAssignedDomain(host, true, false);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static java.nio.charset.Charset charsetOf(HttpExchange page) {
        String ct = page.header("Content-Type");
        if (ct != null) {
            int i = ct.toLowerCase(Locale.ROOT).indexOf("charset=");
            if (i >= 0) {
                try {
                    return java.nio.charset.Charset.forName(ct.substring(i + 8).replace("\"", "").split(";")[0].strip());
                } catch (IllegalArgumentException ignored) {
                    // an unknown charset: UTF-8 serves for the link tags we read
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** What discovery did, line by line. */
    private static final class Notes {
        final List<String> lines = new ArrayList<>();

        void add(String line) {
            lines.add(line);
        }
    }
}

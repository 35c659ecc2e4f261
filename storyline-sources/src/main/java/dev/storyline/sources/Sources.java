package dev.storyline.sources;

import dev.storyline.sources.feeds.Discovered;
import dev.storyline.sources.feeds.Discovery;
import dev.storyline.sources.feeds.Feed;
import dev.storyline.sources.feeds.FeedException;
import dev.storyline.sources.feeds.FeedReader;
import dev.storyline.sources.feeds.Sitemap;
import dev.storyline.sources.feeds.SitemapReader;
import dev.storyline.sources.fetch.FetchOutcome;
import dev.storyline.sources.fetch.FetchRequest;
import dev.storyline.sources.fetch.HttpExchange;
import dev.storyline.sources.fetch.PoliteFetcher;
import dev.storyline.ingest.Urls;
import org.jsoup.Jsoup;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What users do with sources, from the CLI, the API and the Sources page alike: add one (its kind found by its
 * content, a homepage's feeds and sitemaps discovered), list, remove, import and export OPML.
 */
public final class Sources {

    /** A source could not be added; the message names the URL and why. */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    private final SourceRegistry registry;
    private final Fetchers fetchers;
    private final Clock clock;
    private final FeedReader feeds = new FeedReader();
    private final SitemapReader sitemaps = new SitemapReader();
    private final List<Runnable> onAdded = new java.util.concurrent.CopyOnWriteArrayList<>();

    public Sources(SourceRegistry registry, Fetchers fetchers, Clock clock) {
        this.registry = registry;
        this.fetchers = fetchers;
        this.clock = clock;
    }

    public SourceRegistry registry() {
        return registry;
    }

    /** Runs {@code action} after each source added (the follower wakes up for it). */
    public void whenAdded(Runnable action) {
        onAdded.add(action);
    }

    /**
     * Adds the source at {@code url}: fetched once to see what it is (a feed, a sitemap, or a homepage whose feeds
     * and sitemaps are then discovered). Adding a URL already followed changes nothing and returns that source.
     *
     * @throws Refused when the URL is not an http(s) URL, cannot be fetched, or is none of the three
     */
    public SourceRegistry.Added add(String url, String name, SourceSettings settings) throws Refused, IOException {
        URI uri;
        String normalised;
        try {
            uri = Opml.web(url);
            normalised = Urls.normalise(uri.toString());
        } catch (IllegalArgumentException e) {
            throw new Refused(e.getMessage());
        }
        String id = Source.idOf(normalised);
        Optional<Source> known = registry.get(id);
        if (known.isPresent()) return new SourceRegistry.Added(known.get(), false);
        PoliteFetcher fetcher = fetchers.forSource(settings);
        FetchOutcome outcome = fetcher.fetch(FetchRequest.of(uri));
        if (!(outcome instanceof FetchOutcome.Fetched fetched)) throw new Refused(uri + ": " + outcome.describe());
        Instant now = clock.instant();
        Source source = new Source(id, uri, SourceKind.HOMEPAGE, blankToNull(name), settings,
                Found.NOTHING, SourceStatus.fresh(now, settings));
        source = recognise(source, fetched.exchange(), fetcher, now);
        SourceRegistry.Added added = registry.add(source);
        if (added.added()) onAdded.forEach(Runnable::run);
        return added;
    }

    /** The source with its kind and what is found at it, from its fetched URL. */
    private Source recognise(Source source, HttpExchange page, PoliteFetcher fetcher, Instant now) throws Refused {
        String type = page.header("Content-Type");
        URI url = source.url();
        try {
            Feed feed = feeds.read(page.body(), type, page.url());
            Found found = new Found(List.of(url), List.of(), List.of(url + ": a " + feed.format().label() + " feed with "
                    + feed.items().size() + " items"), blankToNull(feed.title()), now);
            return new Source(source.id(), url, SourceKind.FEED, source.name(), source.settings(), found, source.status());
        } catch (FeedException notAFeed) {
            String why = notAFeed.getMessage() == null ? "" : notAFeed.getMessage();
            if (why.startsWith("a sitemap")) {
                try {
                    Sitemap map = sitemaps.read(page.body(), type, page.url());
                    String what = map.index() ? "a sitemap index of " + map.children().size() + " sitemaps"
                            : "a sitemap of " + map.entries().size() + " pages";
                    Found found = new Found(List.of(), List.of(url), List.of(url + ": " + what), null, now);
                    return new Source(source.id(), url, SourceKind.SITEMAP, source.name(), source.settings(), found, source.status());
                } catch (FeedException bad) {
                    throw new Refused(url + ": " + bad.getMessage());
                }
            }
            if (!why.startsWith("HTML page")) throw new Refused(url + ": neither a homepage, a feed nor a sitemap: " + why);
        }
        Discovered discovered = new Discovery(fetcher).discover(page);
        Found found = new Found(discovered.feeds(), discovered.sitemaps(), discovered.notes(), titleOf(page), now);
        return new Source(source.id(), url, SourceKind.HOMEPAGE, source.name(), source.settings(), found, source.status());
    }

    /** Discovers a homepage's feeds and sitemaps again (the follower does so every few days). */
    public Found rediscover(Source source, PoliteFetcher fetcher) {
        Discovered d = new Discovery(fetcher).discover(source.url());
        String title = source.found().title();
        return new Found(d.feeds(), d.sitemaps(), d.notes(), title, clock.instant());
    }

    private static String titleOf(HttpExchange page) {
        try {
            String html = dev.storyline.ingest.TextDecoder.decode(page.body(), true);
            var doc = Jsoup.parse(html, page.url().toString());
            var site = doc.selectFirst("meta[property=og:site_name]");
            if (site != null && !site.attr("content").isBlank()) return site.attr("content").strip();
            return blankToNull(doc.title());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Removes the source with this id, or at this URL; false when there is none. */
    public boolean remove(String idOrUrl) throws IOException {
        String id = idOf(idOrUrl);
        return id != null && registry.remove(id);
    }

    /** Follows a paused source again, due at once, its failures forgotten; empty when there is no such source. */
    public Optional<Source> resume(String idOrUrl) throws IOException {
        String id = idOf(idOrUrl);
        return id == null ? Optional.empty() : registry.update(id, s -> s.withStatus(s.status().resumed(clock.instant())));
    }

    /** The id of the source given by id or URL, or null when there is none. */
    private String idOf(String idOrUrl) {
        String id = idOrUrl.strip();
        if (registry.get(id).isPresent()) return id;
        try {
            id = Source.idOf(Urls.normalise(idOrUrl));
            return registry.get(id).isPresent() ? id : null;
        } catch (IllegalArgumentException notAUrl) {
            return null;
        }
    }

    /** What importing one outline of an OPML list gave: the source, or why it could not be added. */
    public record Imported(String url, SourceRegistry.Added added, String error) {
    }

    /**
     * Adds every subscription of an OPML list. A feed ({@code xmlUrl}) is taken as the list says, without a request
     * (its first poll reports what it really is); a link is fetched to see what it is. Each outline that cannot be
     * taken is reported and the list goes on.
     */
    public List<Imported> importOpml(String xml, String name, SourceSettings settings) throws IOException {
        Opml.Read read = Opml.read(xml, name);
        List<Imported> out = new ArrayList<>();
        for (String problem : read.problems()) out.add(new Imported(null, null, problem));
        for (Opml.Outline o : read.outlines()) {
            if (o.feed() != null) {
                out.add(new Imported(o.feed().toString(), addFeed(o.feed(), o.text(), settings), null));
            } else {
                try {
                    out.add(new Imported(o.link().toString(), add(o.link().toString(), o.text(), settings), null));
                } catch (Refused e) {
                    out.add(new Imported(o.link().toString(), null, e.getMessage()));
                }
            }
        }
        return out;
    }

    private SourceRegistry.Added addFeed(URI feed, String name, SourceSettings settings) throws IOException {
        Instant now = clock.instant();
        Source source = new Source(Source.idOf(Urls.normalise(feed.toString())), feed, SourceKind.FEED, blankToNull(name),
                settings, new Found(List.of(feed), List.of(), List.of(feed + ": a feed, as the OPML list says"), null, null),
                SourceStatus.fresh(now, settings));
        SourceRegistry.Added added = registry.add(source);
        if (added.added()) onAdded.forEach(Runnable::run);
        return added;
    }

    public String exportOpml() {
        return Opml.write(registry.all(), clock.instant());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

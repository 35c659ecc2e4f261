package dev.storyline.sources;

import dev.storyline.CommitListener;
import dev.storyline.Ingestion;
import dev.storyline.Pipeline;
import dev.storyline.StoredEvents;
import dev.storyline.entities.EntityRegistry;
import dev.storyline.ingest.Ingested;
import dev.storyline.ingest.RawPage;
import dev.storyline.ingest.TextDecoder;
import dev.storyline.sources.archive.FetchArchive;
import dev.storyline.sources.feeds.Feed;
import dev.storyline.sources.feeds.FeedException;
import dev.storyline.sources.feeds.FeedItem;
import dev.storyline.sources.feeds.FeedReader;
import dev.storyline.sources.feeds.Sitemap;
import dev.storyline.sources.feeds.SitemapReader;
import dev.storyline.sources.fetch.FetchOutcome;
import dev.storyline.sources.fetch.FetchRequest;
import dev.storyline.sources.fetch.HttpExchange;
import dev.storyline.sources.fetch.PoliteFetcher;
import dev.storyline.ingest.Urls;
import dev.storyline.store.ArticleStore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Follows the sources: each pass polls every source that is due (discovering a homepage's feeds the first time and
 * again every few days), reads its feeds and sitemaps with conditional GETs (an unchanged feed answers 304 and costs
 * nothing), fetches the articles the frontier does not know through the polite fetcher, archives every response
 * (made durable before its article can be acknowledged), and hands the pages to {@link Ingestion}, the same durable
 * path as {@code storyline ingest}. A URL is marked stored in the frontier only once ingestion acknowledged its
 * article, and the frontier commits right after the store. Then each source's schedule adapts ({@link Schedule}).
 *
 * <p>Work in flight is bounded: each host is polled by one worker at a time, pages wait in a small queue for the
 * analysis, and nothing is kept per URL beyond the pass.
 */
public final class Follower {

    /**
     * @param schedule        how polling intervals adapt, and when failing sources pause
     * @param rediscoverAfter a homepage's feeds and sitemaps are discovered again after this long
     * @param fetchWorkers    hosts polled at once (each host sees one request at a time whatever this is)
     * @param sitemapChildren of a sitemap index, this many child sitemaps are read (the first listed)
     * @param pagesPerPoll    a source's poll fetches at most this many article pages; the rest wait for its next
     *                        poll, due after its shortest interval, so that a big first poll (an outlet's last 3 days)
     *                        does not hold up the other sources' pass and its articles are acknowledged as it goes
     */
    public record Options(Schedule schedule, Duration rediscoverAfter, int fetchWorkers, int sitemapChildren, int pagesPerPoll) {
        public static final int DEFAULT_PAGES_PER_POLL = 30;
        public static final Options DEFAULTS = new Options(Schedule.DEFAULT, Duration.ofDays(7), 8, 3, DEFAULT_PAGES_PER_POLL);

        public Options(Schedule schedule, Duration rediscoverAfter, int fetchWorkers, int sitemapChildren) {
            this(schedule, rediscoverAfter, fetchWorkers, sitemapChildren, DEFAULT_PAGES_PER_POLL);
        }
    }

    /** What one pass did with one source, for stderr and the tests. */
    public record SourceReport(String id, URI url, String result, boolean failed, int newArticles) {
    }

    /** What one pass did. */
    public record Pass(List<SourceReport> sources, int fetched, int added, int duplicates, int failed) {
    }

    private static final Object END = new Object();
    private static final int QUEUE = 32;

    private final SourceRegistry registry;
    private final Sources sources;
    private final Frontier frontier;
    private final Fetchers fetchers;
    private final FetchArchive archive;
    private final Intake intake;
    /** The store's ingestion sequence the frontier commits against (none on a cluster: its log is Kafka's). */
    private final java.util.function.LongSupplier storedThrough;
    private final Options options;
    private final Clock clock;
    private final FeedReader feeds = new FeedReader();
    private final SitemapReader sitemaps = new SitemapReader();
    private final Object wakeUp = new Object();
    private boolean woken;
    private volatile boolean stopping;
    private volatile Consumer<Ingestion.Acknowledgement> acknowledged = ack -> { };

    /**
     * @param listener   the caller's: hears of every commit once the articles, their events and the frontier are
     *                   durable (the alerts)
     * @param writerLock the lock of whatever else writes to {@code store} in this process (see {@link Ingestion})
     */
    public Follower(Sources sources, Frontier frontier, Fetchers fetchers, FetchArchive archive, Pipeline pipeline,
                    ArticleStore store, StoredEvents events, EntityRegistry entities, int threads, CommitListener listener,
                    Object writerLock, Options options, Clock clock) throws IOException {
        this.sources = sources;
        this.registry = sources.registry();
        this.frontier = frontier;
        this.fetchers = fetchers;
        this.archive = archive;
        this.options = options;
        this.clock = clock;
        this.storedThrough = () -> {
            synchronized (writerLock) {
                return store.lastSequence();
            }
        };
        Ingestion ingestion = new Ingestion(pipeline, store, events, entities, threads, () -> {
            commitFrontier();
            listener.committed();
        }, writerLock);
        this.intake = ingestion::ingest;
        // A new frontier starts level with the store as it is (articles ingested before any following are not its
        // business); after that, a crash between the store's commit and the frontier's is made good here.
        if (frontier.isNew() && frontier.storeSequence() == 0) commitFrontier();
        else frontier.reconcile(store, Follower::normaliseOrNull);
        sources.whenAdded(this::wake);
    }

    /**
     * A follower whose pages go to {@code log} (the pages topic of a cluster deployment) instead of the embedded
     * store: fetched, archived and recorded in the frontier as usual, each acknowledged ({@link Ingestion.Status#QUEUED})
     * once the log holds it, and only then marked stored. A crash between the log's acknowledgement and the frontier's
     * commit fetches that page again at the next pass; the job recognises the copy by its URL or text and stores it once.
     * A page the log does not take ends the pass with the reason: it stays fetched-not-stored, so the next pass fetches
     * it again, and nothing acknowledged is lost.
     */
    public Follower(Sources sources, Frontier frontier, Fetchers fetchers, FetchArchive archive, PageLog log,
                    Options options, Clock clock) throws IOException {
        this.sources = sources;
        this.registry = sources.registry();
        this.frontier = frontier;
        this.fetchers = fetchers;
        this.archive = archive;
        this.options = options;
        this.clock = clock;
        long level = frontier.storeSequence();
        this.storedThrough = () -> level;
        this.intake = (pages, acknowledged) -> queue(pages, log, acknowledged);
        if (frontier.isNew()) commitFrontier();
        sources.whenAdded(this::wake);
    }

    /** Where the follower's pages go: {@link Ingestion} into the embedded store, or a {@link PageLog}. */
    private interface Intake {
        /** Takes the pages in order; {@code acknowledged} hears of each, in order, once it is durable there. */
        void take(Stream<Ingested> pages, Consumer<Ingestion.Acknowledgement> acknowledged) throws IOException;
    }

    /** A durable log pages can go to instead of the embedded store: the pages topic of a cluster deployment. */
    @FunctionalInterface
    public interface PageLog {
        /** Returns once the log holds {@code page} durably; throws, with the reason, when it did not take it. */
        void append(RawPage page) throws IOException;
    }

    /** How long acknowledged pages may wait for the frontier's commit (each commit is an fsync). */
    private static final long FRONTIER_COMMIT_NANOS = TimeUnit.SECONDS.toNanos(1);

    private void queue(Stream<Ingested> pages, PageLog log, Consumer<Ingestion.Acknowledgement> acknowledged) throws IOException {
        // One page at a time: pages arrive at the politeness pace (one request per host every few seconds), far
        // below what a producer waiting for each acknowledgement sends, and the frontier then follows the log exactly.
        long lastCommit = System.nanoTime();
        try {
            for (Iterator<Ingested> it = pages.iterator(); it.hasNext(); ) {
                Ingested item = it.next();
                if (item instanceof RawPage page) {
                    log.append(page);
                    acknowledged.accept(new Ingestion.Acknowledgement(page.id(), page.input(), null, Ingestion.Status.QUEUED, null));
                } else {
                    var failure = (dev.storyline.ingest.IngestFailure) item;
                    acknowledged.accept(new Ingestion.Acknowledgement(failure.id(), failure.input(), null,
                            Ingestion.Status.FAILED, failure.reason()));
                }
                if (System.nanoTime() - lastCommit > FRONTIER_COMMIT_NANOS) {
                    commitFrontier();
                    lastCommit = System.nanoTime();
                }
            }
        } finally {
            commitFrontier();
        }
    }

    private void commitFrontier() {
        try {
            frontier.commit(storedThrough.getAsLong());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the current wait of {@link #followUntilStopped} at once (a source was added). */
    public void wake() {
        synchronized (wakeUp) {
            woken = true;
            wakeUp.notifyAll();
        }
    }

    /**
     * Makes {@link #followUntilStopped} return soon: the current pass fetches nothing more, acknowledges what it
     * fetched, and ends.
     */
    public void stop() {
        stopping = true;
        wake();
    }

    /**
     * Polls until {@link #stop}: a pass, then a sleep until the next source is due (at most a minute, so that
     * sources added by another process are seen), or until {@link #wake}.
     */
    public void followUntilStopped(Consumer<Ingestion.Acknowledgement> acknowledged, Consumer<String> log)
            throws IOException, InterruptedException {
        while (!stopping) {
            Pass pass = followOnce(acknowledged, log);
            if (!pass.sources().isEmpty()) log.accept(summary(pass));
            Duration wait = untilNextDue().orElse(Duration.ofMinutes(1));
            if (wait.compareTo(Duration.ofMinutes(1)) > 0) wait = Duration.ofMinutes(1);
            synchronized (wakeUp) {
                long deadline = System.nanoTime() + wait.toNanos();
                while (!woken && !stopping) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) break;
                    TimeUnit.NANOSECONDS.timedWait(wakeUp, Math.min(left, TimeUnit.SECONDS.toNanos(1)));
                }
                woken = false;
            }
        }
    }

    /** How long until the next source that is followed (not paused) is due; empty when there is none. */
    public Optional<Duration> untilNextDue() {
        Instant now = clock.instant();
        return registry.all().stream().filter(s -> !s.status().paused()).map(s -> s.status().nextFetch())
                .min(Instant::compareTo).map(next -> next.isBefore(now) ? Duration.ZERO : Duration.between(now, next));
    }

    public static String summary(Pass pass) {
        return String.format("follow: %d sources polled, %d pages fetched, %d articles added, %d already stored, %d failed",
                pass.sources().size(), pass.fetched(), pass.added(), pass.duplicates(), pass.failed());
    }

    /**
     * One pass over every source that is due. {@code acknowledged} hears of each article once it is durable (as
     * {@code ingest} prints it); {@code log} hears each source's result.
     */
    public synchronized Pass followOnce(Consumer<Ingestion.Acknowledgement> acknowledged, Consumer<String> log) throws IOException {
        registry.refresh();
        Instant now = clock.instant();
        List<Source> due = registry.all().stream().filter(s -> s.status().dueAt(now)).toList();
        if (due.isEmpty()) return new Pass(List.of(), 0, 0, 0, 0);
        log.accept("follow: " + due.size() + (due.size() == 1 ? " source" : " sources") + " due of " + registry.size());
        Map<String, List<Source>> byHost = due.stream().collect(Collectors.groupingBy(s -> String.valueOf(s.url().getAuthority()),
                LinkedHashMap::new, Collectors.toList()));
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE);
        Map<String, Poll> polls = new ConcurrentHashMap<>();
        Map<String, InFlight> inFlight = new ConcurrentHashMap<>();
        Set<String> claimed = ConcurrentHashMap.newKeySet();
        Map<String, List<String>> aliases = new ConcurrentHashMap<>();
        AtomicBoolean abandoned = new AtomicBoolean();
        AtomicInteger fetched = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, Math.min(options.fetchWorkers(), byHost.size())), r -> {
            Thread t = new Thread(r, "storyline-follow");
            t.setDaemon(true);
            return t;
        });
        List<Future<?>> tasks = new ArrayList<>();
        for (List<Source> host : byHost.values()) {
            tasks.add(workers.submit(() -> {
                for (Source source : host) {
                    if (abandoned.get() || stopping) return;
                    Poll poll = new Poll(source, now);
                    polls.put(source.id(), poll);
                    try {
                        pollSource(poll, page -> enqueue(queue, page, abandoned), inFlight, new Claims(claimed, aliases, inFlight), fetched);
                    } catch (RuntimeException | IOException e) {
                        poll.failAll("internal error: " + e, null, false);
                    }
                }
            }));
        }
        Thread closer = new Thread(() -> {
            for (Future<?> task : tasks) {
                try {
                    task.get();
                } catch (Exception ignored) {
                    // each task reports its own failures in its polls
                }
            }
            enqueue(queue, END, abandoned);
        }, "storyline-follow-end");
        closer.setDaemon(true);
        closer.start();
        int[] counts = new int[3];
        try {
            intake.take(stream(queue), ack -> {
                InFlight page = inFlight.remove(ack.id());
                if (page != null) settle(page, ack, polls, counts, aliases.remove(page.url()));
                acknowledged.accept(ack);
            });
        } finally {
            abandoned.set(true);
            queue.clear();
            workers.shutdownNow();
        }
        List<SourceReport> reports = new ArrayList<>();
        Instant end = clock.instant();
        for (Source source : due) {
            Poll poll = polls.get(source.id());
            if (poll == null) continue;
            Optional<Source> updated = registry.update(source.id(), s -> poll.applyTo(s, options.schedule(), end));
            SourceReport report = new SourceReport(source.id(), source.url(), poll.result(), poll.failedAll(), poll.added.get());
            reports.add(report);
            log.accept("follow: " + source.url() + ": " + report.result()
                    + updated.map(s -> s.status().paused() ? " (" + s.status().pausedReason() + ")" : "").orElse(""));
        }
        return new Pass(reports, fetched.get(), counts[0], counts[1], counts[2]);
    }

    /**
     * The URLs taken by this pass, and the other URLs (AMP copies, tracking links) found to name an article fetched
     * in this pass by their canonical link: they are marked stored with it, without being analysed again.
     */
    private record Claims(Set<String> urls, Map<String, List<String>> aliases, Map<String, InFlight> inFlight) {
        void alias(String canonical, String url) {
            aliases.computeIfAbsent(canonical, c -> java.util.Collections.synchronizedList(new ArrayList<>())).add(url);
        }
    }

    private void settle(InFlight page, Ingestion.Acknowledgement ack, Map<String, Poll> polls, int[] counts,
                        List<String> aliasesOfPage) {
        Poll poll = polls.get(page.source());
        try {
            switch (ack.status()) {
                case ADDED, DUPLICATE, QUEUED -> {
                    frontier.stored(page.url(), page.source(), page.canonical());
                    if (page.canonical() != null) frontier.stored(page.canonical(), page.source(), null);
                    if (aliasesOfPage != null) for (String alias : aliasesOfPage) frontier.stored(alias, page.source(), page.url());
                    // Queued to a cluster counts as new here: the job alone can tell a copy by its text.
                    if (ack.status() != Ingestion.Status.DUPLICATE) {
                        counts[0]++;
                        if (poll != null) poll.added.incrementAndGet();
                    } else {
                        counts[1]++;
                    }
                }
                case FAILED -> {
                    counts[2]++;
                    frontier.failed(page.url(), page.source(), ack.error(), true);
                    if (poll != null) poll.pageFailed(page.url(), ack.error());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- one source ----

    private void pollSource(Poll poll, Consumer<RawPage> pages, Map<String, InFlight> inFlight, Claims claims,
                            AtomicInteger fetched) throws IOException {
        Source source = poll.source;
        PoliteFetcher fetcher = fetchers.forSource(source.settings());
        if (source.kind() == SourceKind.HOMEPAGE && (source.found().at() == null
                || source.found().at().plus(options.rediscoverAfter()).isBefore(poll.started))) {
            poll.found = sources.rediscover(source, fetcher);
            source = source.withFound(poll.found);
        }
        List<URI> feedUrls = switch (source.kind()) {
            case FEED -> List.of(source.url());
            case SITEMAP -> List.of();
            case HOMEPAGE -> source.found().feeds();
        };
        List<URI> sitemapUrls = switch (source.kind()) {
            case FEED -> List.of();
            case SITEMAP -> List.of(source.url());
            // A homepage's sitemaps list the articles its feeds do: read only when it has no feed.
            case HOMEPAGE -> source.found().feeds().isEmpty() ? source.found().sitemaps() : List.of();
        };
        if (feedUrls.isEmpty() && sitemapUrls.isEmpty()) {
            poll.failAll("no feed or sitemap found at " + source.url() + " (looked again every "
                    + options.rediscoverAfter().toDays() + " days)", null, false);
            return;
        }
        List<Listed> listed = new ArrayList<>();
        for (URI feed : feedUrls) readFeed(poll, fetcher, feed, listed);
        for (URI map : sitemapUrls) readSitemap(poll, fetcher, map, listed, 0);
        Instant cutoff = poll.started.minus(source.settings().firstPollMaxAge());
        boolean firstPoll = source.status().polls() == 0;
        for (Listed item : listed) {
            if (poll.stopFetching || stopping) break;
            String url = normaliseOrNull(item.item().url().toString());
            if (url == null) {
                poll.note("an item's link is not a web URL: " + item.item().url());
                continue;
            }
            poll.seen++;
            if (!claims.urls().add(url) || !frontier.wanted(url)) continue;
            if (firstPoll && olderThan(item.item().published(), cutoff)) {
                frontier.skipped(url, source.id(), "older than " + source.settings().firstPollMaxAge().toDays()
                        + " days at the source's first poll");
                poll.tooOld++;
                continue;
            }
            if (poll.pagesAsked >= options.pagesPerPoll()) {
                poll.truncated = true;
                break;
            }
            poll.pagesAsked++;
            RawPage page = fetchArticle(poll, fetcher, url, item, claims);
            if (page == null) continue;
            fetched.incrementAndGet();
            inFlight.put(page.id(), new InFlight(url, source.id(), canonicalOf(page, url)));
            pages.accept(page);
        }
    }

    private record Listed(FeedItem item, String outlet) {
    }

    private void readFeed(Poll poll, PoliteFetcher fetcher, URI feedUrl, List<Listed> listed) {
        Optional<HttpExchange> body = conditionalGet(poll, fetcher, feedUrl);
        if (body.isEmpty()) return;
        try {
            Feed feed = feeds.read(body.get().body(), body.get().header("Content-Type"), body.get().url());
            poll.feedOk(feedUrl, body.get());
            if (poll.found == null && poll.source.found().title() == null && feed.title() != null && !feed.title().isBlank()) {
                poll.title = feed.title().strip();
            }
            String outlet = feed.title() == null || feed.title().isBlank() ? poll.source.displayName() : feed.title().strip();
            for (FeedItem item : feed.items()) listed.add(new Listed(item, outlet));
        } catch (FeedException e) {
            poll.feedFailed(feedUrl, feedUrl + ": " + e.getMessage(), null, false);
        }
    }

    private void readSitemap(Poll poll, PoliteFetcher fetcher, URI mapUrl, List<Listed> listed, int depth) {
        Optional<HttpExchange> body = conditionalGet(poll, fetcher, mapUrl);
        if (body.isEmpty()) return;
        try {
            Sitemap map = sitemaps.read(body.get().body(), body.get().header("Content-Type"), body.get().url());
            poll.feedOk(mapUrl, body.get());
            if (map.index()) {
                if (depth > 0) {
                    poll.note(mapUrl + ": a sitemap index inside a sitemap index, not followed");
                    return;
                }
                map.children().stream().limit(options.sitemapChildren()).forEach(child -> readSitemap(poll, fetcher, child, listed, 1));
            }
            for (FeedItem item : map.entries()) listed.add(new Listed(item, poll.source.displayName()));
        } catch (FeedException e) {
            poll.feedFailed(mapUrl, mapUrl + ": " + e.getMessage(), null, false);
        }
    }

    /** The feed's body when it changed since the last poll; empty when it did not (304) or failed (noted). */
    private Optional<HttpExchange> conditionalGet(Poll poll, PoliteFetcher fetcher, URI url) {
        Validators v = poll.source.status().validators().getOrDefault(url, Validators.NONE);
        FetchOutcome outcome = fetcher.fetch(new FetchRequest(url, v.etag(), v.lastModified()));
        return switch (outcome) {
            case FetchOutcome.Fetched f -> Optional.of(f.exchange());
            case FetchOutcome.NotModified n -> {
                poll.notModified(url);
                yield Optional.empty();
            }
            case FetchOutcome.Refused r -> {
                poll.feedFailed(url, url + ": " + r.describe(), null, false);
                yield Optional.empty();
            }
            case FetchOutcome.Failed f -> {
                poll.feedFailed(url, url + ": " + f.describe(), f.retryAfter(), f.permanent());
                yield Optional.empty();
            }
        };
    }

    /** Fetches, archives and reads one article page; null when it failed (recorded in the frontier and the poll). */
    private RawPage fetchArticle(Poll poll, PoliteFetcher fetcher, String url, Listed listed, Claims claims) throws IOException {
        FeedItem item = listed.item();
        String sourceId = poll.source.id();
        FetchOutcome outcome = fetcher.fetch(FetchRequest.of(item.url()));
        if (outcome instanceof FetchOutcome.Refused r) {
            frontier.failed(url, sourceId, r.describe(), true);
            poll.pageFailed(url, r.describe());
            return null;
        }
        if (outcome instanceof FetchOutcome.Failed f) {
            frontier.failed(url, sourceId, f.describe(), f.permanent());
            poll.pageFailed(url, f.describe());
            // The host backs off (429, 5xx, no answer): the source's other articles wait for the next poll.
            if (f.retryAfter() != null) poll.stopFetching = true;
            return null;
        }
        if (!(outcome instanceof FetchOutcome.Fetched fetched)) {
            poll.pageFailed(url, outcome.describe());
            return null;
        }
        HttpExchange exchange = fetched.exchange();
        // Archived and durable before the article can be acknowledged: nothing fetched is lost if analysis fails.
        archive.record(exchange);
        archive.flush();
        String type = exchange.header("Content-Type");
        if (type != null && !type.toLowerCase(Locale.ROOT).contains("html") && !type.toLowerCase(Locale.ROOT).contains("xml")) {
            String why = "not an HTML page (" + type + ")";
            frontier.failed(url, sourceId, why, true);
            poll.pageFailed(url, why);
            return null;
        }
        String html = TextDecoder.decode(exchange.body(), true);
        Document doc = Jsoup.parse(html, exchange.url().toString());
        URI canonical = canonicalLink(doc).orElse(exchange.url());
        String canonicalKey = normaliseOrNull(canonical.toString());
        frontier.fetched(url, sourceId, canonicalKey == null || canonicalKey.equals(url) ? null : canonicalKey);
        if (canonicalKey != null && !canonicalKey.equals(url)) {
            Optional<Frontier.Entry> known = frontier.get(canonicalKey);
            if (known.isPresent() && known.get().state() == Frontier.State.STORED) {
                // Another URL of an article already stored (an AMP copy, a tracking link the normaliser kept).
                frontier.stored(url, sourceId, canonicalKey);
                poll.sameAsStored++;
                return null;
            }
            if (claims.inFlight().containsKey(canonicalKey)) {
                // Its canonical URL is being fetched in this pass: stored with it once that is acknowledged.
                claims.alias(canonicalKey, url);
                poll.sameAsStored++;
                return null;
            }
        }
        String outlet = hasSiteName(doc) ? null : listed.outlet();
        return new RawPage(url, item.url().toString(), canonicalKey == null ? exchange.url().toString() : canonical.toString(),
                item.title(), item.published(), outlet, RawPage.Kind.HTML, html, item.language(), item.authors(),
                exchange.fetchedAt().toString());
    }

    private static String canonicalOf(RawPage page, String url) {
        String c = normaliseOrNull(page.url());
        return c == null || c.equals(url) ? null : c;
    }

    private static Optional<URI> canonicalLink(Document doc) {
        for (Element link : doc.select("link[href]")) {
            if (!Urls.hasRel(link, "canonical")) continue;
            String href = link.absUrl("href");
            if (href.isEmpty()) continue;
            try {
                return Optional.of(Opml.web(href));
            } catch (IllegalArgumentException broken) {
                // A canonical link that names nothing usable: the page's own URL stands.
            }
        }
        return Optional.empty();
    }

    private static boolean hasSiteName(Document doc) {
        Element site = doc.selectFirst("meta[property=og:site_name], meta[name=application-name]");
        return site != null && !site.attr("content").isBlank();
    }

    static String normaliseOrNull(String url) {
        if (url == null) return null;
        try {
            return Urls.normalise(url);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether a stated date is before {@code cutoff}; an item without a readable date is not "older". */
    static boolean olderThan(String published, Instant cutoff) {
        if (published == null || published.isBlank()) return false;
        try {
            return OffsetDateTime.parse(published).toInstant().isBefore(cutoff);
        } catch (DateTimeParseException notAnOffsetDateTime) {
            try {
                return Instant.parse(published).isBefore(cutoff);
            } catch (DateTimeParseException notAnInstant) {
                try {
                    return LocalDate.parse(published.length() >= 10 ? published.substring(0, 10) : published)
                            .atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofDays(1)).isBefore(cutoff);
                } catch (DateTimeParseException unreadable) {
                    return false;
                }
            }
        }
    }

    private static void enqueue(BlockingQueue<Object> queue, Object item, AtomicBoolean abandoned) {
        try {
            while (!abandoned.get()) {
                if (queue.offer(item, 200, TimeUnit.MILLISECONDS)) return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The queue's pages until its end marker, as the stream ingestion reads. */
    private static Stream<Ingested> stream(BlockingQueue<Object> queue) {
        Iterator<Ingested> it = new Iterator<>() {
            private Object next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    try {
                        next = queue.take();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        next = END;
                    }
                }
                return next != END;
            }

            @Override
            public Ingested next() {
                if (!hasNext()) throw new NoSuchElementException();
                Ingested page = (Ingested) next;
                next = null;
                return page;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false);
    }

    /** A page handed to ingestion, until its acknowledgement. */
    private record InFlight(String url, String source, String canonical) {
    }

    /** What polling one source gave, gathered by its worker and read once the pass is over. */
    private static final class Poll {
        final Source source;
        final Instant started;
        final AtomicInteger added = new AtomicInteger();
        final Map<URI, Validators> validators = new ConcurrentHashMap<>();
        final List<String> feedErrors = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        Found found;
        String title;
        int feedsOk, feedsNotModified, feedsFailed, seen, tooOld, pagesFailed, sameAsStored;
        boolean stopFetching;
        /** Stopped at the pages-per-poll limit: the feeds are read in full again at the next poll, soon. */
        boolean truncated;
        int pagesAsked;
        Duration retryAfter;
        boolean permanent = true;
        String lastPageError;
        volatile String failedAll;

        Poll(Source source, Instant started) {
            this.source = source;
            this.started = started;
            validators.putAll(source.status().validators());
        }

        synchronized void feedOk(URI url, HttpExchange answer) {
            feedsOk++;
            Validators v = new Validators(answer.header("ETag"), answer.header("Last-Modified"));
            if (v.isEmpty()) validators.remove(url);
            else validators.put(url, v);
        }

        synchronized void notModified(URI url) {
            feedsNotModified++;
        }

        synchronized void feedFailed(URI url, String error, Duration after, boolean isPermanent) {
            feedsFailed++;
            feedErrors.add(error);
            if (after != null && (retryAfter == null || after.compareTo(retryAfter) > 0)) retryAfter = after;
            permanent &= isPermanent;
        }

        synchronized void pageFailed(String url, String error) {
            pagesFailed++;
            lastPageError = url + ": " + error;
        }

        synchronized void note(String note) {
            notes.add(note);
        }

        void failAll(String error, Duration after, boolean isPermanent) {
            failedAll = error;
            retryAfter = after;
            permanent = isPermanent;
        }

        /** The source failed as a whole: nothing it lists could be read. */
        synchronized boolean failedAll() {
            return failedAll != null || (feedsFailed > 0 && feedsOk == 0 && feedsNotModified == 0);
        }

        synchronized String error() {
            return failedAll != null ? failedAll : String.join("; ", feedErrors);
        }

        synchronized String result() {
            if (failedAll()) return "failed: " + error();
            StringBuilder r = new StringBuilder();
            int n = added.get();
            r.append(n).append(n == 1 ? " new article" : " new articles");
            r.append(" (").append(seen).append(" items listed");
            if (feedsNotModified > 0) r.append(", ").append(feedsNotModified).append(feedsNotModified == 1 ? " feed" : " feeds").append(" not modified");
            if (tooOld > 0) r.append(", ").append(tooOld).append(" older than the first poll's limit left alone");
            if (sameAsStored > 0) r.append(", ").append(sameAsStored).append(" copies of stored articles");
            if (pagesFailed > 0) r.append(", ").append(pagesFailed).append(pagesFailed == 1 ? " page" : " pages").append(" failed");
            if (feedsFailed > 0) r.append(", ").append(feedsFailed).append(feedsFailed == 1 ? " feed" : " feeds").append(" failed");
            if (truncated) r.append(", stopped after ").append(pagesAsked).append(" pages: the rest at the next poll");
            return r.append(')').toString();
        }

        synchronized Source applyTo(Source current, Schedule schedule, Instant now) {
            Source s = current;
            if (found != null) s = s.withFound(found);
            if (title != null && s.found().title() == null) s = s.withFound(s.found().withTitle(title));
            SourceStatus st;
            if (failedAll()) {
                st = schedule.failed(s.status(), s.settings(), now, error(), retryAfter, permanent && failedAll == null);
            } else {
                String partial = feedsFailed > 0 ? String.join("; ", feedErrors) : lastPageError;
                st = schedule.succeeded(s.status(), s.settings(), now, added.get(), result(), Map.copyOf(validators), partial)
                        .withArticlesAdded(LocalDate.ofInstant(now, ZoneOffset.UTC), added.get());
                if (truncated) {
                    // Due again soon, reading the feeds in full (an unchanged feed would answer 304 and hide the
                    // rest), and still a first poll if this was one, so that the age limit keeps applying.
                    st = st.with(s.status().polls() == 0 ? 0 : st.polls(), st.lastFetch(), st.lastResult(),
                            now.plus(s.settings().minInterval()), st.interval(), st.consecutiveFailures(), st.pausedReason(),
                            st.lastError(), st.lastErrorAt(), Map.of());
                }
            }
            return s.withStatus(st);
        }
    }
}

package dev.storyline.cli;

import dev.storyline.CommitListener;
import dev.storyline.Ingestion;
import dev.storyline.Pipeline;
import dev.storyline.StoredEvents;
import dev.storyline.entities.EmbeddedEntityRegistry;
import dev.storyline.sources.EmbeddedSourceRegistry;
import dev.storyline.sources.Fetchers;
import dev.storyline.sources.Follower;
import dev.storyline.sources.Frontier;
import dev.storyline.sources.LoopbackOutlets;
import dev.storyline.sources.Schedule;
import dev.storyline.sources.SourceSettings;
import dev.storyline.sources.Sources;
import dev.storyline.sources.archive.WarcArchive;
import dev.storyline.sources.feeds.FeedException;
import dev.storyline.sources.feeds.FeedItem;
import dev.storyline.sources.feeds.FeedReader;
import dev.storyline.sources.fetch.FetchOutcome;
import dev.storyline.sources.fetch.FetchPolicy;
import dev.storyline.sources.fetch.FetchRequest;
import dev.storyline.sources.fetch.PoliteFetcher;
import dev.storyline.store.LuceneArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

@Command(name = "follow", mixinStandardHelpOptions = true,
        footer = "Name lists: the shipped ones only (no --config; STORYLINE_CONFIG is not read), so that figures compare across installations.",
        description = {"Speed, heap and politeness of following: N loopback outlets (each a host of its own, started in this "
                + "process) with M articles each in French, English, German or Spanish; one `follow` pass fetches, archives, "
                + "analyses with the real pipeline, stores and assigns them.",
                "Beside it, the peer: fetch-only (the same polite fetcher reads each outlet's RSS feed and fetches its articles, "
                        + "nothing else). Politeness is measured at the outlets: the most requests one host served at once, and "
                        + "the shortest gap between two requests to a host. Prints each run and the medians."})
final class BenchFollowCommand implements Callable<Integer> {

    @Option(names = "--sources", description = "Outlets, each a source (default: ${DEFAULT-VALUE}).")
    int sources = 8;

    @Option(names = "--articles", description = "Articles per outlet (default: ${DEFAULT-VALUE}).")
    int articles = 20;

    @Option(names = "--runs", description = "Runs (default: ${DEFAULT-VALUE}); the models are warmed up before the first.")
    int runs = 3;

    @Option(names = "--threads", description = "Analysis threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--workers", description = "Hosts fetched from at once (default: ${DEFAULT-VALUE}).")
    int workers = 8;

    @Option(names = "--host-delay-ms", description = "Gap between two requests to one host (default: ${DEFAULT-VALUE}; "
            + "`follow` uses 6000 on the web, which bounds each host to 10 pages a minute).")
    long hostDelayMillis = 100;

    private static final String[] LANGUAGES = {"fr", "en", "de", "es"};

    private record Run(double fetchOnlyPagesPerSecond, double pagesPerSecond, double articlesPerSecond, int added,
                       long heapMb, int maxConcurrent, long minGapMs, double seconds) {
    }

    @Override
    public Integer call() throws Exception {
        System.out.printf("bench follow: %d outlets × %d articles, %d analysis threads, %d fetch workers, %d ms between "
                + "requests to a host; load average %s%n", sources, articles, threads, workers, hostDelayMillis, loadAverage());
        Pipeline.Models models = Pipeline.Models.load();
        long started = System.nanoTime();
        follow(models, 4, 2); // warm-up: every language's models loaded, nothing measured
        System.out.printf("models loaded and warmed in %.1f s%n", (System.nanoTime() - started) / 1e9);
        System.out.printf("%4s %14s %12s %14s %8s %8s %15s %11s%n", "run", "fetch-only p/s", "follow p/s",
                "ingested a/s", "added", "heap MB", "max conc./host", "min gap ms");
        List<Run> done = new ArrayList<>();
        for (int r = 1; r <= runs; r++) {
            double fetchOnly = fetchOnly();
            Run run = follow(models, sources, articles);
            run = new Run(fetchOnly, run.pagesPerSecond(), run.articlesPerSecond(), run.added(), run.heapMb(),
                    run.maxConcurrent(), run.minGapMs(), run.seconds());
            done.add(run);
            System.out.printf("%4d %14.1f %12.1f %14.1f %8d %8d %15d %11d%n", r, run.fetchOnlyPagesPerSecond(),
                    run.pagesPerSecond(), run.articlesPerSecond(), run.added(), run.heapMb(), run.maxConcurrent(), run.minGapMs());
        }
        System.out.printf("%4s %14.1f %12.1f %14.1f %8s %8d %15d %11d%n", "med",
                median(done, Run::fetchOnlyPagesPerSecond), median(done, Run::pagesPerSecond), median(done, Run::articlesPerSecond),
                "", (long) median(done, r -> r.heapMb()), done.stream().mapToInt(Run::maxConcurrent).max().orElse(0),
                done.stream().mapToLong(Run::minGapMs).filter(g -> g >= 0).min().orElse(-1));
        System.out.printf("load average after: %s%n", loadAverage());
        return 0;
    }

    private List<LoopbackOutlets.Spec> specs(int n, int m) {
        List<LoopbackOutlets.Spec> specs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            specs.add(new LoopbackOutlets.Spec("Outlet " + (i + 1), LANGUAGES[i % LANGUAGES.length], m, Duration.ofMinutes(5),
                    LoopbackOutlets.Misbehaviour.NONE));
        }
        return specs;
    }

    private FetchPolicy policy() {
        return FetchPolicy.defaults().withAllowPrivateAddresses(true).withMinDelayPerHost(Duration.ofMillis(hostDelayMillis));
    }

    /** The peer: each outlet's RSS feed and its articles fetched politely, nothing else done with them. */
    private double fetchOnly() throws Exception {
        try (LoopbackOutlets outlets = LoopbackOutlets.start(specs(sources, articles));
             PoliteFetcher fetcher = new PoliteFetcher(policy())) {
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(workers, sources));
            AtomicInteger pages = new AtomicInteger();
            long t0 = System.nanoTime();
            List<Future<?>> tasks = new ArrayList<>();
            for (LoopbackOutlets.Outlet o : outlets.outlets()) {
                tasks.add(pool.submit(() -> {
                    FetchOutcome feed = fetcher.fetch(FetchRequest.of(o.rss()));
                    if (!(feed instanceof FetchOutcome.Fetched f)) throw new IllegalStateException(feed.describe());
                    try {
                        for (FeedItem item : new FeedReader().read(f.exchange().body(), f.exchange().header("Content-Type"), o.rss()).items()) {
                            if (fetcher.fetch(FetchRequest.of(item.url())) instanceof FetchOutcome.Fetched) pages.incrementAndGet();
                        }
                    } catch (FeedException e) {
                        throw new IllegalStateException(e);
                    }
                    return null;
                }));
            }
            for (Future<?> t : tasks) t.get();
            pool.shutdown();
            return pages.get() / ((System.nanoTime() - t0) / 1e9);
        }
    }

    private Run follow(Pipeline.Models models, int n, int m) throws Exception {
        Path data = Files.createTempDirectory("storyline-bench-follow");
        try (LoopbackOutlets outlets = LoopbackOutlets.start(specs(n, m))) {
            EmbeddedEntityRegistry entities = EmbeddedEntityRegistry.inMemory();
            try (LuceneArticleStore store = LuceneArticleStore.open(data);
                 StoredEvents events = StoredEvents.open(data, store);
                 EmbeddedSourceRegistry registry = EmbeddedSourceRegistry.open(data);
                 Frontier frontier = Frontier.open(data);
                 WarcArchive archive = WarcArchive.open(data);
                 Fetchers fetchers = new Fetchers(policy())) {
                Sources all = new Sources(registry, fetchers, Clock.systemUTC());
                for (LoopbackOutlets.Outlet o : outlets.outlets()) {
                    all.add(o.homepage().toString(), null, SourceSettings.DEFAULTS.withAllowPrivateAddresses(true));
                }
                Follower follower = new Follower(all, frontier, fetchers, archive,
                        Pipeline.standard(LocalDate.now(), entities, models), store, events, entities, threads,
                        CommitListener.NONE, new Object(), new Follower.Options(Schedule.DEFAULT, Duration.ofDays(7), workers, 3,
                                Math.max(Follower.Options.DEFAULT_PAGES_PER_POLL, 2 * m)),
                        Clock.systemUTC());
                AtomicInteger added = new AtomicInteger();
                long t0 = System.nanoTime();
                Follower.Pass pass = follower.followOnce(ack -> {
                    if (ack.status() == Ingestion.Status.ADDED) added.incrementAndGet();
                }, line -> { });
                double seconds = (System.nanoTime() - t0) / 1e9;
                System.gc();
                long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1 << 20);
                List<LoopbackOutlets.Politeness> kept = outlets.politeness();
                int maxConcurrent = kept.stream().mapToInt(LoopbackOutlets.Politeness::maxConcurrent).max().orElse(0);
                long minGap = kept.stream().mapToLong(LoopbackOutlets.Politeness::minGapMillis).filter(g -> g >= 0).min().orElse(-1);
                return new Run(0, pass.fetched() / seconds, added.get() / seconds, added.get(), heap, maxConcurrent, minGap, seconds);
            }
        } finally {
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static double median(List<Run> runs, java.util.function.ToDoubleFunction<Run> f) {
        double[] v = runs.stream().mapToDouble(f).sorted().toArray();
        return v.length == 0 ? 0 : v[v.length / 2];
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return String.valueOf(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}

package dev.storyline.cli;

import dev.storyline.sources.EmbeddedSourceRegistry;
import dev.storyline.sources.Found;
import dev.storyline.sources.Frontier;
import dev.storyline.sources.Source;
import dev.storyline.sources.SourceKind;
import dev.storyline.sources.SourceSettings;
import dev.storyline.sources.SourceStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "frontier", mixinStandardHelpOptions = true,
        description = {"What following costs as it grows: the frontier (known article URLs) with --urls URLs of news-like "
                + "length, recorded in commits of 10,000 as a follow pass does, then looked up (known and unknown, random); "
                + "and the source registry with --sources sources, written and opened again.",
                "Prints time, disk and heap after GC at each tenth of the URLs, then the registry's figures."})
final class BenchFrontierCommand implements Callable<Integer> {

    @Option(names = "--urls", description = "Known URLs to record (default: ${DEFAULT-VALUE}).")
    int urls = 1_000_000;

    @Option(names = "--sources", description = "Sources to register (default: ${DEFAULT-VALUE}).")
    int sources = 10_000;

    @Option(names = "--lookups", description = "Random look-ups measured at each step (default: ${DEFAULT-VALUE}).")
    int lookups = 20_000;

    @Override
    public Integer call() throws Exception {
        Path dir = Files.createTempDirectory("storyline-bench-frontier");
        try {
            System.out.printf("bench frontier: %,d URLs, %,d sources; load average %s%n", urls, sources, loadAverage());
            frontier(dir.resolve("f"));
            registry(dir.resolve("r"));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return 0;
    }

    /** A news-like URL: host, section, date, slug, id (about 90 characters). */
    private static String url(long i) {
        return "https://www.outlet" + (i % 5000) + ".example/" + (i % 2 == 0 ? "politique" : "international") + "/2026/12/"
                + (1 + i % 28) + "/des-familles-relogees-apres-la-crue-" + Long.toHexString(i * 0x9E3779B97F4A7C15L) + ".html";
    }

    private void frontier(Path data) throws IOException {
        System.out.printf("%12s %12s %14s %10s %10s %16s %16s%n", "URLs", "s (total)", "URLs/s (step)", "disk MB",
                "heap MB", "known lookup µs", "unknown lookup µs");
        Random random = new Random(1);
        try (Frontier frontier = Frontier.open(data)) {
            long start = System.nanoTime();
            long stepStart = start;
            int step = Math.max(10_000, urls / 10);
            for (int i = 0; i < urls; i++) {
                frontier.stored(url(i), "0123456789abcdef", null);
                if ((i + 1) % 10_000 == 0) frontier.commit(i + 1);
                if ((i + 1) % step == 0 || i + 1 == urls) {
                    frontier.commit(i + 1);
                    long now = System.nanoTime();
                    double perSecond = ((i + 1) % step == 0 ? step : (i + 1) % step) / ((now - stepStart) / 1e9);
                    double known = lookups(frontier, random, i + 1, true);
                    double unknown = lookups(frontier, random, i + 1, false);
                    System.gc();
                    long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
                    System.out.printf("%,12d %12.1f %,14.0f %10.1f %10d %16.1f %16.1f%n", i + 1, (now - start) / 1e9, perSecond,
                            size(data) / 1e6, heap, known, unknown);
                    stepStart = System.nanoTime();
                }
            }
        }
    }

    /** Mean microseconds per look-up of random URLs, known ones or never seen ones (past the cache: spread at random). */
    private double lookups(Frontier frontier, Random random, int known, boolean ofKnown) throws IOException {
        long t0 = System.nanoTime();
        for (int j = 0; j < lookups; j++) {
            long i = ofKnown ? random.nextInt(known) : known + 1 + random.nextInt(1 << 30);
            boolean wanted = frontier.wanted(url(i));
            if (wanted == ofKnown) throw new IllegalStateException("frontier answered wrong for " + url(i));
        }
        return (System.nanoTime() - t0) / 1e3 / lookups;
    }

    private void registry(Path data) throws IOException {
        Instant now = Instant.now();
        long t0 = System.nanoTime();
        try (EmbeddedSourceRegistry registry = EmbeddedSourceRegistry.open(data)) {
            for (int i = 0; i < sources; i++) {
                String u = "https://www.outlet" + i + ".example/";
                URI url = URI.create(u);
                registry.add(new Source(Source.idOf(u), url, SourceKind.HOMEPAGE, null, SourceSettings.DEFAULTS,
                        new Found(List.of(url.resolve("rss.xml"), url.resolve("atom.xml")), List.of(url.resolve("sitemap-news.xml")),
                                List.of(u + ": the page advertises 2 feeds", "robots.txt names 1 sitemap"), "Outlet " + i, now),
                        SourceStatus.fresh(now, SourceSettings.DEFAULTS)));
            }
        }
        double written = (System.nanoTime() - t0) / 1e9;
        System.gc();
        long before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long t1 = System.nanoTime();
        try (EmbeddedSourceRegistry registry = EmbeddedSourceRegistry.open(data)) {
            double opened = (System.nanoTime() - t1) / 1e9;
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() - before;
            long t2 = System.nanoTime();
            Source first = registry.all().get(0);
            int updates = Math.min(1000, sources);
            for (int i = 0; i < updates; i++) registry.update(registry.all().get(i % registry.size()).id(), s -> s.withStatus(s.status().withArticlesAdded(java.time.LocalDate.now(), 1)));
            double perUpdate = (System.nanoTime() - t2) / 1e6 / updates;
            System.out.printf("registry: %,d sources written in %.1f s (%.2f ms each, fsync included), %.1f MB on disk; "
                            + "opened in %.2f s, %.1f MB of heap; a status update %.2f ms (%s…)%n", registry.size(), written,
                    written * 1e3 / sources, size(data) / 1e6, opened, heap / 1e6, perUpdate, first.id());
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "?";
        }
    }
}

package dev.storyline.cli;

import dev.storyline.extract.PeerExtractors;
import dev.storyline.ingest.TextDecoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = {"Speed of main-text extraction on a folder of HTML pages (*.html, *.htm, optionally .gz):",
                "pages/s and MB/s for ours, readability4j and boilerpipe, on the same pages in the same process,",
                "after a warm-up; the median of several runs, on one thread and on all cores."})
final class BenchExtractionCommand implements Callable<Integer> {

    /** The pages' URL is unknown; readability4j needs one. */
    private static final String PAGE_URL = "https://example.org/page.html";

    @Parameters(paramLabel = "DIR", description = "Folder of HTML pages (searched recursively).")
    Path dir;

    @Option(names = "--runs", description = "Measured runs per extractor and thread count (default: ${DEFAULT-VALUE}).")
    int runs = 5;

    @Option(names = "--warmup", description = "Unmeasured runs first (default: ${DEFAULT-VALUE}).")
    int warmup = 2;

    @Option(names = "--threads", description = "Threads for the parallel measure (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--only", split = ",", description = "Measure only these of storyline, readability4j, boilerpipe.")
    List<String> only;

    @Option(names = "--limit", description = "Use at most this many pages (default: all).")
    int limit = Integer.MAX_VALUE;

    @Override
    public Integer call() throws Exception {
        // readability4j logs a stack trace for every page whose URL it cannot resolve; its text is still returned
        System.setProperty("org.slf4j.simpleLogger.log.net.dankito.readability4j", "off");
        List<String> pages = load(dir, limit);
        long bytes = pages.stream().mapToLong(p -> p.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).sum();
        System.out.printf(Locale.ROOT, "%d pages, %.1f MB (UTF-8) from %s; %d warm-up + %d measured runs, median%n",
                pages.size(), bytes / 1e6, dir, warmup, runs);
        Map<String, BiFunction<String, String, String>> extractors = new LinkedHashMap<>();
        extractors.put("storyline", PeerExtractors.storyline());
        extractors.put("readability4j", PeerExtractors.readability4j());
        extractors.put("boilerpipe", PeerExtractors.boilerpipe());
        if (only != null) extractors.keySet().retainAll(only);
        System.out.printf("%-14s %8s %12s %10s%n", "extractor", "threads", "pages/s", "MB/s");
        for (int t : threads == 1 ? new int[]{1} : new int[]{1, threads}) {
            for (Map.Entry<String, BiFunction<String, String, String>> e : extractors.entrySet()) {
                double seconds = medianSeconds(e.getValue(), pages, t);
                System.out.printf(Locale.ROOT, "%-14s %8d %12.1f %10.2f%n", e.getKey(), t, pages.size() / seconds,
                        bytes / 1e6 / seconds);
            }
        }
        return 0;
    }

    private double medianSeconds(BiFunction<String, String, String> extractor, List<String> pages, int threads)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int i = 0; i < warmup; i++) runOnce(extractor, pages, pool, threads);
            double[] times = new double[runs];
            for (int i = 0; i < runs; i++) times[i] = runOnce(extractor, pages, pool, threads);
            Arrays.sort(times);
            return times[runs / 2];
        } finally {
            pool.shutdownNow();
        }
    }

    /** One pass over all pages; a page an extractor fails on still counts (its time is spent). */
    private static double runOnce(BiFunction<String, String, String> extractor, List<String> pages,
                                  ExecutorService pool, int threads) throws Exception {
        AtomicInteger next = new AtomicInteger();
        long sink[] = new long[1];
        long start = System.nanoTime();
        List<Future<Long>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                long chars = 0;
                for (int i; (i = next.getAndIncrement()) < pages.size(); ) {
                    try {
                        chars += extractor.apply(PAGE_URL, pages.get(i)).length();
                    } catch (RuntimeException | StackOverflowError ignored) {
                        // counted as done: the peers fail on a few pages
                    }
                }
                return chars;
            }));
        }
        for (Future<Long> f : futures) sink[0] += f.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (sink[0] < 0) System.out.print("");
        return seconds;
    }

    private static List<String> load(Path dir, int limit) throws IOException {
        List<String> pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                if (!(name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".html.gz")
                        || name.endsWith(".htm.gz"))) continue;
                try (InputStream in = Files.newInputStream(p)) {
                    byte[] b = name.endsWith(".gz") ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes();
                    pages.add(TextDecoder.decode(b, true));
                }
                if (pages.size() >= limit) break;
            }
        }
        return pages;
    }
}

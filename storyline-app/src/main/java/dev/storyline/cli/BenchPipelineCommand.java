package dev.storyline.cli;

import dev.storyline.BatchAnalysis;
import dev.storyline.Pipeline;
import dev.storyline.StageTimes;
import dev.storyline.extract.ArticleExtractor;
import dev.storyline.entities.EmbeddedEntityRegistry;
import dev.storyline.ingest.Ingested;
import dev.storyline.ingest.InputReader;
import dev.storyline.ingest.RawPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

@Command(name = "pipeline", mixinStandardHelpOptions = true,
        footer = "Name lists: the shipped ones only (no --config; STORYLINE_CONFIG is not read), so that figures compare across installations.",
        description = {"Speed and heap of the whole analysis (extraction, language, names, entities, dates) over INPUTs,",
                "as `analyze` runs it but without output. Pages are read into memory first. Models load once; each run",
                "starts a fresh pipeline (nothing learnt yet: no known names, an empty entity registry).",
                "Prints the median of several runs per thread count, in articles/s of wall time and per CPU-second",
                "(the latter holds up on a busy machine), beside extraction alone (the analysis's first stage) run",
                "just before each run on the same pages and threads, and the ratio of the two speeds (which holds",
                "up on a busy machine too); then milliseconds per article by stage and by language, and the process's",
                "CPU per article in the stages and outside them (GC, JIT, common pool...; Linux). Timing starts once",
                "the JIT is quiet (see --warmup)."})
final class BenchPipelineCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders, as for analyze.")
    List<Path> inputs;

    @Option(names = "--runs", description = "Runs per thread count (default: ${DEFAULT-VALUE}).")
    int runs = 5;

    @Option(names = "--threads", split = ",", description = "Thread counts to measure (default: 1,2).")
    int[] threads = {1, 2};

    @Option(names = "--limit", description = "Use at most this many pages (default: all).")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--warmup", description = {"Most warm-up passes over the pages before timing, the analysis and "
            + "extraction alone alike; they stop once the JIT compilers take under 5%% of a pass's CPU (default: ${DEFAULT-VALUE})."})
    int warmup = 20;

    @Option(names = "--no-breakdown", description = "Leave out the time per stage and per language.")
    boolean noBreakdown;

    @Override
    public Integer call() {
        List<RawPage> pages;
        try (Stream<Ingested> items = new InputReader().read(inputs)) {
            pages = items.filter(RawPage.class::isInstance).map(RawPage.class::cast).limit(limit).toList();
        }
        long bytes = pages.stream().mapToLong(p -> p.content().length()).sum();
        System.out.printf(Locale.ROOT, "%,d pages, %.1f MB of input%n", pages.size(), bytes / 1e6);
        long t0 = System.nanoTime();
        Pipeline.Models models = Pipeline.Models.load();
        ArticleExtractor extractor = new ArticleExtractor(LocalDate.now());
        warmUp(models, extractor, pages, Arrays.stream(threads).max().orElse(2));
        System.out.printf(Locale.ROOT, "models loaded and warmed in %.1f s; heap used after GC: %d MB%n",
                (System.nanoTime() - t0) / 1e9, usedHeapAfterGc() >> 20);
        System.out.println("Each run is extraction alone (the peer), then the whole analysis, on the same pages and "
                + "threads; medians of " + runs + " runs; ratio = analysis speed / extraction speed, run by run");
        System.out.printf(Locale.ROOT, "%7s %12s %16s %14s %8s %10s %8s%n", "threads", "articles/s", "articles/cpu-s",
                "extraction/s", "ratio", "MB/s", "heap MB");
        StageTimes stages = new StageTimes();
        ProcessCpu split = new ProcessCpu();
        LongAdder peerAllocated = new LongAdder();
        long[] peerGc = new long[2], analysisGc = new long[2];
        for (int n : threads) {
            boolean last = n == threads[threads.length - 1];
            double[] wall = new double[runs], cpu = new double[runs], peer = new double[runs], ratio = new double[runs];
            for (int r = 0; r < runs; r++) {
                long[] gcBefore = gc();
                peer[r] = extractOnly(extractor, pages, n, last ? peerAllocated : new LongAdder());
                long[] gcBetween = gc();
                ThreadGroupCpu threadsBefore = last && ThreadGroupCpu.available() ? ThreadGroupCpu.now() : null;
                long cpuBefore = processCpuNanos();
                wall[r] = run(models, pages, n, last ? stages : null);
                long cpuNanos = processCpuNanos() - cpuBefore;
                long[] gcAfter = gc();
                if (last) {
                    for (int k = 0; k < 2; k++) {
                        peerGc[k] += gcBetween[k] - gcBefore[k];
                        analysisGc[k] += gcAfter[k] - gcBetween[k];
                    }
                }
                cpu[r] = cpuNanos / 1e9;
                ratio[r] = peer[r] / wall[r];
                if (threadsBefore != null) split.add(cpuNanos, ThreadGroupCpu.now().since(threadsBefore));
            }
            System.out.printf(Locale.ROOT, "%7d %12.1f %16.1f %14.1f %8.3f %10.2f %8d%n", n, pages.size() / median(wall),
                    pages.size() / median(cpu), pages.size() / median(peer), median(ratio), bytes / 1e6 / median(wall),
                    usedHeapAfterGc() >> 20);
        }
        int lastThreads = threads[threads.length - 1];
        // Garbage is paid for by the collector, outside the stages' CPU: what each side leaves, and what it costs.
        System.out.printf(Locale.ROOT, "garbage collections, %d threads, per run: extraction alone %.1f (%.0f ms), "
                        + "the analysis %.1f (%.0f ms); heap allocated per page by extraction alone %.0f KB%n", lastThreads,
                (double) peerGc[0] / runs, (double) peerGc[1] / runs, (double) analysisGc[0] / runs,
                (double) analysisGc[1] / runs, peerAllocated.sum() / 1e3 / runs / pages.size());
        if (!noBreakdown) {
            printBreakdown(stages, lastThreads);
            if (split.processNanos > 0) split.print(stages.total(), threads[threads.length - 1]);
        }
        return 0;
    }

    /**
     * The process's CPU over the timed analyses of the last thread count, by kind of thread: what the stages account
     * for (their laps, on the analysis's threads and on the calling thread, which resolves), and the rest.
     */
    private static final class ProcessCpu {
        long processNanos;
        final Map<ThreadGroupCpu.Group, Long> byGroup = new java.util.EnumMap<>(ThreadGroupCpu.Group.class);

        void add(long process, Map<ThreadGroupCpu.Group, Long> groups) {
            processNanos += process;
            groups.forEach((g, nanos) -> byGroup.merge(g, nanos, Long::sum));
        }

        void print(StageTimes.Breakdown stages, int threads) {
            long articles = stages.articles();
            double resolving = stages.cpuMsPerArticle(StageTimes.Stage.ENTITIES) + stages.cpuMsPerArticle(StageTimes.Stage.QUOTES);
            double reading = 0;
            for (StageTimes.Stage s : StageTimes.Stage.values()) reading += stages.cpuMsPerArticle(s);
            reading -= resolving;
            double process = processNanos / 1e6 / articles;
            double calling = ms(ThreadGroupCpu.Group.CALLING_THREAD, articles), pool = ms(ThreadGroupCpu.Group.COMMON_POOL, articles),
                    gc = ms(ThreadGroupCpu.Group.GC, articles), jit = ms(ThreadGroupCpu.Group.JIT, articles),
                    jvm = ms(ThreadGroupCpu.Group.OTHER_JVM, articles);
            // The analysis's threads end with each run: those gone before its snapshot count as the process's CPU less
            // every other thread's.
            double analysis = process - calling - pool - gc - jit - jvm;
            System.out.printf(Locale.ROOT, "process CPU ms per article, %d threads, every run (threads from /proc): %.2f%n", threads, process);
            System.out.printf(Locale.ROOT, "  in the stages %.2f: analysis threads %.2f, calling thread %.2f (entities, quotes)%n",
                    reading + resolving, reading, resolving);
            System.out.printf(Locale.ROOT, "  outside them %.2f: analysis threads %.2f, calling thread %.2f, common fork-join pool %.2f, "
                            + "GC %.2f, JIT compilers %.2f, other JVM threads %.2f%n", process - reading - resolving,
                    analysis - reading, calling - resolving, pool, gc, jit, jvm);
            // First-time C2 compiles go on for several passes over a thousand pages (thousands of hot methods, each
            // crossing the threshold in its turn): a one-off cost, which a long-running analysis no longer pays.
            System.out.printf(Locale.ROOT, "  less the JIT compilers (steady state): %.2f ms, at most %.0f articles/s on %d fully used cores%n",
                    process - jit, threads * 1000 / (process - jit), threads);
        }

        private double ms(ThreadGroupCpu.Group group, long articles) {
            return byGroup.getOrDefault(group, 0L) / 1e6 / articles;
        }
    }

    /**
     * Loads each language's models and warms the JIT over every page, the analysis and extraction alone alike, until
     * the JIT compilers are quiet (under 5 % of a pass's CPU) or after {@link #warmup} passes: one pass left C2
     * compiling through the timed runs (a quarter to a third of the process's CPU there; thousands of methods reach
     * C2's threshold one after the other over 7–8 passes), which is a one-off cost, not a cost per article.
     */
    private void warmUp(Pipeline.Models models, ArticleExtractor extractor, List<RawPage> pages, int n) {
        for (int pass = 1; pass <= Math.max(1, warmup); pass++) {
            long jitBefore = jitNanos(), cpuBefore = processCpuNanos(), t = System.nanoTime();
            run(models, pages, n, null);
            extractOnly(extractor, pages, n, new LongAdder());
            double jit = (jitNanos() - jitBefore) / 1e9, cpu = (processCpuNanos() - cpuBefore) / 1e9;
            System.out.printf(Locale.ROOT, "warm-up pass %d: %.1f s, %.1f s of CPU, of which the JIT compilers %.1f s%n",
                    pass, (System.nanoTime() - t) / 1e9, cpu, jit);
            if (jit < 0.05 * cpu) return;
        }
    }

    /** CPU of the JIT compiler threads so far (Linux), else the JVM's compilation time (wall time of compiles). */
    private static long jitNanos() {
        if (ThreadGroupCpu.available()) {
            return ThreadGroupCpu.now().since(new ThreadGroupCpu(Map.of())).get(ThreadGroupCpu.Group.JIT);
        }
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime() * 1_000_000L;
    }

    /** Milliseconds per article in each stage (wall, and CPU in parentheses), over all runs of the last thread count. */
    private static void printBreakdown(StageTimes stages, int threads) {
        System.out.printf(Locale.ROOT, "ms per article by stage, wall (CPU), %d threads, every run:%n", threads);
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-9s %9s", "language", "articles"));
        for (StageTimes.Stage s : StageTimes.Stage.values()) {
            header.append(String.format(Locale.ROOT, " %15s", s.name().toLowerCase(Locale.ROOT)));
        }
        System.out.println(header.append(String.format(Locale.ROOT, " %15s", "all")));
        Map<String, StageTimes.Breakdown> rows = new java.util.LinkedHashMap<>();
        rows.put("all", stages.total());
        stages.byLanguage().forEach((language, b) -> rows.put(language.isEmpty() ? "unknown" : language, b));
        rows.forEach((language, b) -> {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-9s %9d", language, b.articles()));
            double wall = 0, cpu = 0;
            for (StageTimes.Stage s : StageTimes.Stage.values()) {
                line.append(String.format(Locale.ROOT, " %6.2f (%6.2f)", b.wallMsPerArticle(s), b.cpuMsPerArticle(s)));
                wall += b.wallMsPerArticle(s);
                cpu += b.cpuMsPerArticle(s);
            }
            System.out.println(line.append(String.format(Locale.ROOT, " %6.2f (%6.2f)", wall, cpu)));
        });
        System.out.printf(Locale.ROOT, "KB of heap allocated per article by stage, %d threads, every run:%n", threads);
        System.out.println(header);
        rows.forEach((language, b) -> {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-9s %9d", language, b.articles()));
            double all = 0;
            for (StageTimes.Stage s : StageTimes.Stage.values()) {
                line.append(String.format(Locale.ROOT, " %15.1f", b.allocatedKbPerArticle(s)));
                all += b.allocatedKbPerArticle(s);
            }
            System.out.println(line.append(String.format(Locale.ROOT, " %15.1f", all)));
        });
    }

    /** Collections so far and milliseconds they took, over every collector. */
    private static long[] gc() {
        long count = 0, ms = 0;
        for (java.lang.management.GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, b.getCollectionCount());
            ms += Math.max(0, b.getCollectionTime());
        }
        return new long[]{count, ms};
    }

    /** Bytes the current thread has allocated so far; 0 where the JVM does not count them. */
    private static long threadAllocated() {
        return ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
                && t.isThreadAllocatedMemorySupported() && t.isThreadAllocatedMemoryEnabled()
                ? t.getCurrentThreadAllocatedBytes() : 0;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    /** Seconds for a fresh pipeline to analyse every page on {@code n} threads. */
    private static double run(Pipeline.Models models, List<RawPage> pages, int n, StageTimes stages) {
        Pipeline pipeline = Pipeline.standard(LocalDate.now(), EmbeddedEntityRegistry.inMemory(), models);
        if (stages != null) pipeline = pipeline.timed(stages);
        AtomicInteger failed = new AtomicInteger();
        long t = System.nanoTime();
        new BatchAnalysis(pipeline, n).run(pages.stream().map(Ingested.class::cast), outcome -> {
            if (outcome instanceof BatchAnalysis.Failed) failed.incrementAndGet();
        });
        double seconds = (System.nanoTime() - t) / 1e9;
        if (failed.get() > 0) System.out.printf("(%d pages failed analysis)%n", failed.get());
        return seconds;
    }

    /**
     * Seconds for the analysis's first stage alone, extraction, over every page on {@code n} threads; adds the bytes
     * its threads allocated to {@code allocated}.
     */
    private static double extractOnly(ArticleExtractor extractor, List<RawPage> pages, int n, LongAdder allocated) {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            AtomicInteger next = new AtomicInteger();
            long t = System.nanoTime();
            List<Future<Long>> done = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                done.add(pool.submit(() -> {
                    long chars = 0, allocatedBefore = threadAllocated();
                    for (int i; (i = next.getAndIncrement()) < pages.size(); ) {
                        try {
                            chars += extractor.extract(pages.get(i)).text().length();
                        } catch (RuntimeException | StackOverflowError e) {
                            // spent all the same, as in the analysis, where such a page becomes a failure
                        }
                    }
                    allocated.add(threadAllocated() - allocatedBefore);
                    return chars;
                }));
            }
            for (Future<Long> f : done) f.get();
            return (System.nanoTime() - t) / 1e9;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long usedHeapAfterGc() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}

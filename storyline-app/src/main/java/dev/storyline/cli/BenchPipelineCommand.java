package dev.storyline.cli;

import dev.storyline.BatchAnalysis;
import dev.storyline.Pipeline;
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
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = {"Speed and heap of the whole analysis (extraction, language, names, entities, dates) over INPUTs,",
                "as `analyze` runs it but without output. Pages are read into memory first. Models load once; each run",
                "starts a fresh pipeline (nothing learnt yet: no known names, an empty entity registry).",
                "Prints the median of several runs per thread count, in articles/s of wall time and per CPU-second",
                "(the latter holds up on a busy machine)."})
final class BenchPipelineCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders, as for analyze.")
    List<Path> inputs;

    @Option(names = "--runs", description = "Runs per thread count (default: ${DEFAULT-VALUE}).")
    int runs = 5;

    @Option(names = "--threads", split = ",", description = "Thread counts to measure (default: 1,2).")
    int[] threads = {1, 2};

    @Option(names = "--limit", description = "Use at most this many pages (default: all).")
    int limit = Integer.MAX_VALUE;

    @Override
    public Integer call() {
        List<RawPage> pages;
        try (Stream<Ingested> items = new InputReader().read(inputs)) {
            pages = items.filter(RawPage.class::isInstance).map(RawPage.class::cast).limit(limit).toList();
        }
        long bytes = pages.stream().mapToLong(p -> p.content().length()).sum();
        System.out.printf("%,d pages, %.1f MB of input%n", pages.size(), bytes / 1e6);
        long t0 = System.nanoTime();
        Pipeline.Models models = Pipeline.Models.load();
        // Loads each language's models and warms the JIT over every page, so compilation is not in the figures.
        run(models, pages, 2);
        System.out.printf("models loaded and warmed in %.1f s; heap used after GC: %d MB%n",
                (System.nanoTime() - t0) / 1e9, usedHeapAfterGc() >> 20);
        System.out.printf("%7s %12s %16s %10s %8s%n", "threads", "articles/s", "articles/cpu-s", "MB/s", "heap MB");
        for (int n : threads) {
            double[] wall = new double[runs];
            double[] cpu = new double[runs];
            for (int r = 0; r < runs; r++) {
                long cpuBefore = processCpuNanos();
                wall[r] = run(models, pages, n);
                cpu[r] = (processCpuNanos() - cpuBefore) / 1e9;
            }
            Arrays.sort(wall);
            Arrays.sort(cpu);
            System.out.printf("%7d %12.1f %16.1f %10.2f %8d%n", n, pages.size() / wall[runs / 2],
                    pages.size() / cpu[runs / 2], bytes / 1e6 / wall[runs / 2], usedHeapAfterGc() >> 20);
        }
        return 0;
    }

    /** Seconds for a fresh pipeline to analyse every page on {@code n} threads. */
    private static double run(Pipeline.Models models, List<RawPage> pages, int n) {
        Pipeline pipeline = Pipeline.standard(LocalDate.now(), EmbeddedEntityRegistry.inMemory(), models);
        AtomicInteger failed = new AtomicInteger();
        long t = System.nanoTime();
        new BatchAnalysis(pipeline, n).run(pages.stream().map(Ingested.class::cast), outcome -> {
            if (outcome instanceof BatchAnalysis.Failed) failed.incrementAndGet();
        });
        double seconds = (System.nanoTime() - t) / 1e9;
        if (failed.get() > 0) System.out.printf("(%d pages failed analysis)%n", failed.get());
        return seconds;
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

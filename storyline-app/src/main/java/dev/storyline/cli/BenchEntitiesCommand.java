package dev.storyline.cli;

import dev.storyline.entities.NameFinder;
import dev.storyline.entities.NerModels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

@Command(name = "entities", mixinStandardHelpOptions = true,
        footer = "Name lists: the shipped ones only (no --config; STORYLINE_CONFIG is not read), so that figures compare across installations.",
        description = {"Speed and heap of name finding on French texts: the TimeBank TEXT elements and the two samples",
                "under DIR (the shared folder). Plain CRF versus the fast design, 1 and 2 threads, medians of several runs.",
                "Each run starts a fresh NameFinder (no known names yet) over the models loaded once."})
final class BenchEntitiesCommand implements Callable<Integer> {

    private static final Pattern TEXT = Pattern.compile("<TEXT>(.*?)</TEXT>", Pattern.DOTALL);

    @Parameters(paramLabel = "DIR", description = "The shared folder (holding data/time/fr-timebank and samples/fr).")
    Path dir;

    @Option(names = "--runs", description = "Runs per configuration (default: ${DEFAULT-VALUE}).")
    int runs = 7;

    @Option(names = "--threads", split = ",", description = "Thread counts to measure (default: 1,2).")
    int[] threads = {1, 2};

    @Override
    public Integer call() throws IOException, InterruptedException {
        List<String> texts = texts(dir);
        long chars = texts.stream().mapToLong(String::length).sum();
        System.out.printf("%d texts, %d characters (mean %d)%n", texts.size(), chars, chars / Math.max(1, texts.size()));
        long before = usedHeapAfterGc();
        NerModels models = new NerModels();
        long t0 = System.nanoTime();
        models.crf("fr").orElseThrow();
        System.out.printf("French CRF loaded in %.1f s; heap used after GC: %d MB before, %d MB after%n",
                (System.nanoTime() - t0) / 1e9, before >> 20, usedHeapAfterGc() >> 20);
        // Warm the JIT on both paths before timing anything.
        for (NameFinder.Mode mode : NameFinder.Mode.values()) runOnce(new NameFinder(models, mode), texts, 2);

        // articles/cpu-s counts only the CPU time the name-finding threads got: comparable on a busy machine.
        System.out.printf("%-28s %7s %11s %15s %9s %8s%n", "configuration", "threads", "articles/s", "articles/cpu-s", "kchars/s", "heap MB");
        for (int n : threads) {
            for (NameFinder.Mode mode : NameFinder.Mode.values()) {
                report(mode.name().toLowerCase() + " (cold: no known names)", n, texts, chars, () -> new NameFinder(models, mode));
            }
            // The fast design once it has seen these articles' names: the bound for a stream where names recur.
            report("fast (warm: seen before)", n, texts, chars, () -> {
                NameFinder f = new NameFinder(models, NameFinder.Mode.FAST);
                runOnce(f, texts, 1);
                runOnce(f, texts, 1);
                return f;
            });
        }
        return 0;
    }

    /** Makes the finder a run starts with (warming it may itself run the finder). */
    private interface FreshFinder {
        NameFinder get() throws InterruptedException;
    }

    private void report(String name, int n, List<String> texts, long chars, FreshFinder fresh)
            throws InterruptedException {
        double[] seconds = new double[runs], cpuSeconds = new double[runs];
        long heap = 0;
        for (int r = 0; r < runs; r++) {
            NameFinder finder = fresh.get();
            LongAdder cpu = new LongAdder();
            seconds[r] = runOnce(finder, texts, n, cpu);
            cpuSeconds[r] = cpu.sum() / 1e9;
            if (r == runs - 1) heap = usedHeapAfterGc();
        }
        Arrays.sort(seconds);
        Arrays.sort(cpuSeconds);
        double median = seconds[runs / 2], cpuMedian = cpuSeconds[runs / 2];
        System.out.printf("%-28s %7d %11.1f %15.1f %9.1f %8d%n", name, n, texts.size() / median, texts.size() / cpuMedian,
                chars / median / 1000, heap >> 20);
    }

    /** Seconds to find the names in every text on {@code n} threads. */
    private static double runOnce(NameFinder finder, List<String> texts, int n) throws InterruptedException {
        return runOnce(finder, texts, n, new LongAdder());
    }

    /** As above, adding the CPU time the worker threads used to {@code cpuNanos}. */
    private static double runOnce(NameFinder finder, List<String> texts, int n, LongAdder cpuNanos) throws InterruptedException {
        ThreadMXBean threadBean = ManagementFactory.getThreadMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            long t = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (String text : texts) {
                done.add(pool.submit(() -> {
                    long c = threadBean.getCurrentThreadCpuTime();
                    finder.find(text, "fr");
                    cpuNanos.add(threadBean.getCurrentThreadCpuTime() - c);
                }));
            }
            for (Future<?> f : done) f.get();
            return (System.nanoTime() - t) / 1e9;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("name finding failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static List<String> texts(Path dir) throws IOException {
        List<String> texts = new ArrayList<>();
        Path timebank = dir.resolve("data/time/fr-timebank");
        if (Files.isDirectory(timebank)) {
            try (Stream<Path> files = Files.list(timebank)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".tml")).sorted().toList()) {
                    Matcher m = TEXT.matcher(Files.readString(f));
                    if (m.find()) texts.add(org.jsoup.parser.Parser.unescapeEntities(m.group(1).replaceAll("<[^>]+>", ""), false).strip());
                }
            }
        }
        Path samples = dir.resolve("samples/fr");
        if (Files.isDirectory(samples)) {
            try (Stream<Path> files = Files.list(samples)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) texts.add(Files.readString(f));
            }
        }
        if (texts.isEmpty()) throw new IOException("no French texts under " + dir + " (expected data/time/fr-timebank/*.tml, samples/fr/*.txt)");
        return List.copyOf(texts);
    }
}

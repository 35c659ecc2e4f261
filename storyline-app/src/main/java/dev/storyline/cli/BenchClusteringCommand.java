package dev.storyline.cli;

import dev.storyline.events.ArticleFeatures;
import dev.storyline.events.AssignedArticle;
import dev.storyline.events.Assignment;
import dev.storyline.events.ClusteringBenchmark;
import dev.storyline.events.ClusteringConfig;
import dev.storyline.events.ClusteringEvaluation;
import dev.storyline.events.InMemoryEventStore;
import dev.storyline.store.LuceneEventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "clustering", mixinStandardHelpOptions = true,
        footer = "Name lists: the shipped ones only (no --config; STORYLINE_CONFIG is not read), so that figures compare across installations.",
        description = {"Cost per new article (median and p90 ms of assign) and heap of event clustering as the corpus grows,",
                "on a stream generated from the documents' analysed features (see ClusteringBenchmark: time-shifted",
                "copies, new names each generation, perturbed terms, dates spread at --per-day articles a day).",
                "With --store disk (the default) events, stories, assignments and document frequencies are kept in the",
                "persistent events index as ingestion keeps them, committed every --commit-every articles.",
                "Input: JSON Lines {\"id\",\"topic\",\"subtopic\",\"text\"} (ECB+), optionally gzipped."})
final class BenchClusteringCommand implements Callable<Integer> {

    enum StoreKind { disk, memory }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The source documents.")
    Path file;

    @Option(names = "--sizes", split = ",", description = "Corpus sizes to report at (default: ${DEFAULT-VALUE}).")
    int[] sizes = {10_000, 20_000, 50_000, 100_000};

    @Option(names = "--per-day", description = "Articles published per day (default: ${DEFAULT-VALUE}).")
    int perDay = 1000;

    @Option(names = "--store", description = "disk (the persistent events index, in a temporary folder unless --data) "
            + "or memory (the clusterer alone, forgetting what leaves the window) (default: ${DEFAULT-VALUE}).")
    StoreKind store = StoreKind.disk;

    @Option(names = "--data", paramLabel = "DIR", description = "With --store disk: keep the events index under DIR/events (must not exist).")
    Path data;

    @Option(names = "--commit-every", description = "Articles between two commits (default: ${DEFAULT-VALUE}, as ingest).")
    int commitEvery = 500;

    @Option(names = "--active-window-days", description = "Override the active window (events in the candidate "
            + "index, document frequencies): a window longer than the stream shows what windowing changes.")
    Integer activeWindowDays;

    @Option(names = "--analysis-cache", paramLabel = "JSON", description = "Reuse the documents' analysis kept in this file (see eval clustering).")
    Path cache;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (data != null && Files.exists(data.resolve("events"))) {
            spec.commandLine().getErr().println("storyline: " + data.resolve("events") + " exists; the benchmark starts from empty, so give a new folder");
            return 2;
        }
        var docs = ClusteringEvaluation.read(file);
        var features = new ClusteringEvaluation().featuresOf(
                ClusteringEvaluation.analyze(docs, ClusteringEvaluation.ANALYSIS_THREADS, cache));
        Arrays.sort(sizes);
        out.printf("%d source articles, %d a day, active window %d days, store: %s; median/p90 over the last %d articles%n",
                features.size(), perDay, activeWindowDays != null ? activeWindowDays : ClusteringConfig.defaults().activeWindowDays(),
                store, ClusteringBenchmark.WINDOW);
        ClusteringBenchmark bench = new ClusteringBenchmark(features,
                docs.stream().map(ClusteringEvaluation.Document::event).toList(), perDay, LocalDate.of(2024, 1, 1));
        // Measures the online assignment as ingest runs it (no window re-check there yet).
        ClusteringConfig base = ClusteringConfig.defaults().withoutRecheck();
        ClusteringConfig config = activeWindowDays == null ? base : base.withActiveWindowDays(activeWindowDays);
        if (store == StoreKind.memory) {
            InMemoryEventStore memory = ClusteringBenchmark.boundedInMemory();
            bench.run(sizes, config, memory, ClusteringBenchmark.nothingKept(memory), commitEvery, out);
            return 0;
        }
        Path folder = data != null ? data : Files.createTempDirectory("storyline-bench-events");
        try (LuceneEventStore events = LuceneEventStore.open(folder)) {
            bench.run(sizes, config, events, new ClusteringBenchmark.Sink() {
                @Override
                public void assigned(ArticleFeatures article, long sequence, Assignment assignment) throws IOException {
                    events.recordAssignment(new AssignedArticle(article.id(), sequence, article.label(), null,
                            article.published() == null ? null : article.published().toString(), null, assignment));
                }

                @Override
                public void commit(long sequence) throws IOException {
                    events.commit(sequence);
                }

                @Override
                public InMemoryEventStore.Footprint footprint() {
                    return events.footprint();
                }
            }, commitEvery, out);
            out.printf("events index on disk: %,d MB%n", size(folder.resolve("events")) / (1024 * 1024));
        }
        try {
            // What a restart costs: reading the committed active window back (events, stories, frequencies).
            long started = System.nanoTime();
            try (LuceneEventStore reopened = LuceneEventStore.open(folder)) {
                double opening = (System.nanoTime() - started) / 1e9;
                started = System.nanoTime();
                reopened.loadWindow();
                double loading = (System.nanoTime() - started) / 1e9;
                InMemoryEventStore.Footprint held = reopened.footprint();
                System.gc();
                Runtime rt = Runtime.getRuntime();
                out.printf("reopened in %.2f s (what a server needs to serve), active window read back in %.2f s "
                                + "(what ingestion needs): %s; heap %,d MB after GC%n", opening, loading, held,
                        (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
            }
        } finally {
            if (data == null) deleteTree(folder);
        }
        return 0;
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}

package dev.storyline.cli;

import dev.storyline.events.ClusteringBenchmark;
import dev.storyline.events.ClusteringConfig;
import dev.storyline.events.ClusteringEvaluation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.Callable;

@Command(name = "clustering", mixinStandardHelpOptions = true,
        description = {"Cost per new article (median and p90 ms of assign) and heap of event clustering as the corpus grows,",
                "on a stream generated from the documents' analysed features (see ClusteringBenchmark: time-shifted",
                "copies, new names each generation, perturbed terms, dates spread at --per-day articles a day).",
                "Input: JSON Lines {\"id\",\"topic\",\"subtopic\",\"text\"} (ECB+), optionally gzipped."})
final class BenchClusteringCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The source documents.")
    Path file;

    @Option(names = "--sizes", split = ",", description = "Corpus sizes to report at (default: ${DEFAULT-VALUE}).")
    int[] sizes = {10_000, 20_000, 50_000, 100_000};

    @Option(names = "--per-day", description = "Articles published per day (default: ${DEFAULT-VALUE}).")
    int perDay = 1000;

    @Option(names = "--analysis-cache", paramLabel = "JSON", description = "Reuse the documents' analysis kept in this file (see eval clustering).")
    Path cache;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        var docs = ClusteringEvaluation.read(file);
        var features = new ClusteringEvaluation().featuresOf(
                ClusteringEvaluation.analyze(docs, ClusteringEvaluation.ANALYSIS_THREADS, cache));
        Arrays.sort(sizes);
        out.printf("%d source articles, %d a day, active window %d days; median/p90 over the last %d articles%n",
                features.size(), perDay, ClusteringConfig.defaults().activeWindowDays(), ClusteringBenchmark.WINDOW);
        new ClusteringBenchmark(features, perDay, LocalDate.of(2024, 1, 1)).run(sizes, ClusteringConfig.defaults(), out);
        return 0;
    }
}

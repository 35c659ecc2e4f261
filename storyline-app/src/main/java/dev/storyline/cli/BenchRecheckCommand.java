package dev.storyline.cli;

import dev.storyline.events.ClusteringConfig;
import dev.storyline.events.ClusteringEvaluation;
import dev.storyline.events.RecheckBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

@Command(name = "recheck", mixinStandardHelpOptions = true,
        footer = "Name lists: the shipped ones only (no --config; STORYLINE_CONFIG is not read), so that figures compare across installations.",
        description = {"CPU time of the window re-check at each day's close, as the window fills to its bound, and of",
                "assignment per article, on a stream generated from the documents' analysed features (see RecheckBenchmark).",
                "Input: JSON Lines {\"id\",\"topic\",\"subtopic\",\"text\"} (ECB+), optionally gzipped."})
final class BenchRecheckCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The source documents.")
    Path file;

    @Option(names = "--articles", description = "Articles in the stream (default: ${DEFAULT-VALUE}).")
    int articles = 27_000;

    @Option(names = "--per-day", description = "Articles published per day (default: ${DEFAULT-VALUE}).")
    int perDay = 3000;

    @Option(names = "--analysis-cache", paramLabel = "JSON", description = "Reuse the documents' analysis kept in this file (see eval clustering).")
    Path cache;

    @Override
    public Integer call() throws IOException {
        var docs = ClusteringEvaluation.read(file);
        var features = new ClusteringEvaluation().featuresOf(
                ClusteringEvaluation.analyze(docs, ClusteringEvaluation.ANALYSIS_THREADS, cache));
        ClusteringConfig config = ClusteringConfig.defaults();
        var out = spec.commandLine().getOut();
        out.printf("%d source articles, %d a day; re-check window: %d days, at most %,d articles%n", features.size(), perDay,
                config.recheckDays(), config.recheckArticles());
        new RecheckBenchmark(features, perDay, LocalDate.of(2024, 1, 1)).run(articles, config, out);
        return 0;
    }
}

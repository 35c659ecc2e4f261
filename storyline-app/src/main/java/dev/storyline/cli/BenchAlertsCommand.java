package dev.storyline.cli;

import dev.storyline.AnalyzedArticle;
import dev.storyline.alerts.MatchingBenchmark;
import dev.storyline.events.ClusteringEvaluation;
import dev.storyline.store.ArticleStore;
import dev.storyline.store.LuceneArticleStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "alerts", mixinStandardHelpOptions = true,
        footer = "Name lists: the shipped ones only (no --config; STORYLINE_CONFIG is not read), so that figures compare across installations.",
        description = {"Cost of matching a new article against many saved searches: the presearcher beside running every",
                "search (brute force), median and p90 ms per article, at each number of searches.",
                "Articles: the documents of FILE (ECB+ JSON Lines {\"id\",\"text\"}, analysed by the pipeline once;",
                "--analysis-cache keeps that), or with --data the latest --articles of a store.",
                "Searches: generated from the articles' names, words and phrases in query-log shapes (see SearchGenerator)."})
final class BenchAlertsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "ECB+ documents (default: ${DEFAULT-VALUE}).")
    Path file = Path.of("../shared/data/clustering/ecbplus/ecbplus-dev.jsonl.gz");

    @Option(names = "--data", paramLabel = "DIR", description = "Read analysed articles from this store instead of FILE.")
    Path data;

    @Option(names = "--articles", description = "With --data: how many of the latest articles (default: ${DEFAULT-VALUE}).")
    int count = 1000;

    @Option(names = "--sizes", split = ",", description = "Numbers of saved searches (default: ${DEFAULT-VALUE}).")
    int[] sizes = {100, 1_000, 10_000, 100_000};

    @Option(names = "--brute-force-max", description = "Run the brute-force peer up to this many searches (default: ${DEFAULT-VALUE}).")
    int bruteForceMax = 10_000;

    @Option(names = "--runs", description = "Timed passes over the articles (default: ${DEFAULT-VALUE}).")
    int runs = 3;

    @Option(names = "--seed", description = "Seed of the generated searches (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--analysis-cache", paramLabel = "JSON", description = "Reuse the documents' analysis kept in this file.")
    Path cache;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<AnalyzedArticle> articles = new ArrayList<>();
        if (data != null) {
            try (ArticleStore store = LuceneArticleStore.open(data)) {
                store.forEachAfter(Math.max(0, store.lastSequence() - count), s -> articles.add(s.analyzed()));
            }
        } else {
            articles.addAll(ClusteringEvaluation.analyze(ClusteringEvaluation.read(file), ClusteringEvaluation.ANALYSIS_THREADS, cache));
        }
        if (articles.isEmpty()) {
            spec.commandLine().getErr().println("storyline: no articles to match");
            return 1;
        }
        Arrays.sort(sizes);
        new MatchingBenchmark(articles).run(sizes, bruteForceMax, runs, seed, out);
        return 0;
    }
}

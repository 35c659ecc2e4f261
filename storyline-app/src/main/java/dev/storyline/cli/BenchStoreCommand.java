package dev.storyline.cli;

import dev.storyline.AnalyzedArticle;
import dev.storyline.Pipeline;
import dev.storyline.entities.EmbeddedEntityRegistry;
import dev.storyline.opensearch.OpenSearchArticleStore;
import dev.storyline.opensearch.OpenSearchClient;
import dev.storyline.opensearch.OpenSearchLocation;
import dev.storyline.store.ArticleStore;
import dev.storyline.store.LuceneArticleStore;
import dev.storyline.store.SearchRequest;
import dev.storyline.web.ServeBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "store", mixinStandardHelpOptions = true,
        footer = "Name lists: the shipped ones only (no --config; STORYLINE_CONFIG is not read), so that figures compare across installations.",
        description = {"Measure the article store on OpenSearch beside the embedded Lucene store, in the same run: "
                + "indexing rate (copies of the ECB+ documents and French samples, analysed once by the full pipeline; "
                + "add, commit every 500) and search latency (p50/p99 of words from the titles, with facets), "
                + "medians of several runs. Each run writes indices of its own, deleted afterwards."})
final class BenchStoreCommand implements Callable<Integer> {

    private static final int COMMIT_EVERY = 500;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--store", required = true, paramLabel = "URI",
            description = "The OpenSearch cluster to measure: opensearch://HOST:PORT[,HOST:PORT…][/PREFIX].")
    String store;

    @Option(names = "--shared", paramLabel = "DIR", description = "The shared data folder (default: ${DEFAULT-VALUE}).")
    Path shared = Path.of("..", "shared");

    @Option(names = "--articles", description = "Articles added per store and run (default: ${DEFAULT-VALUE}).")
    int articles = 20_000;

    @Option(names = "--queries", description = "Searches timed per store and run (default: ${DEFAULT-VALUE}).")
    int queries = 200;

    @Option(names = "--runs", description = "Runs (default: ${DEFAULT-VALUE}); medians are reported.")
    int runs = 3;

    @Option(names = "--threads", description = "Analysis threads for the base documents (default: ${DEFAULT-VALUE}).")
    int threads = 2;

    private record Measure(double articlesPerSecond, double p50, double p99) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        OpenSearchLocation cluster;
        try {
            cluster = OpenSearchLocation.parse(store);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--store: " + e.getMessage());
        }
        ServeBenchmark bench = new ServeBenchmark(out);
        EmbeddedEntityRegistry registry = EmbeddedEntityRegistry.inMemory();
        List<AnalyzedArticle> base = bench.analyze(ServeBenchmark.basePages(shared), Pipeline.standard(LocalDate.of(2022, 1, 20), registry), threads);
        if (base.isEmpty()) {
            spec.commandLine().getErr().println("storyline: no ECB+ documents or samples under " + shared);
            return 2;
        }
        List<String> words = titleWords(base);
        List<Measure> lucene = new ArrayList<>(), opensearch = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            Path folder = Files.createTempDirectory("storyline-bench-store");
            try (ArticleStore s = LuceneArticleStore.open(folder)) {
                lucene.add(measure(s, base, words, run));
            } finally {
                delete(folder);
            }
            OpenSearchLocation location = new OpenSearchLocation(cluster.nodes(),
                    cluster.prefix() + "-bench-" + ProcessHandle.current().pid() + "-" + run, cluster.shards(), cluster.replicas());
            try (ArticleStore s = OpenSearchArticleStore.open(location)) {
                opensearch.add(measure(s, base, words, run));
            } finally {
                try (OpenSearchClient client = OpenSearchClient.connect(location)) {
                    client.send("DELETE", "/" + location.index("articles"), null);
                }
            }
            out.printf("run %d: lucene %,.0f articles/s, search p50 %.1f ms p99 %.1f ms | opensearch %,.0f articles/s, search p50 %.1f ms p99 %.1f ms%n",
                    run, lucene.getLast().articlesPerSecond(), lucene.getLast().p50(), lucene.getLast().p99(),
                    opensearch.getLast().articlesPerSecond(), opensearch.getLast().p50(), opensearch.getLast().p99());
            out.flush();
        }
        out.printf("median of %d runs, %,d articles each (add, commit every %d), %d searches:%n", runs, articles, COMMIT_EVERY, queries);
        out.printf("  lucene (embedded):     %,.0f articles/s; search p50 %.1f ms, p99 %.1f ms%n",
                median(lucene, Measure::articlesPerSecond), median(lucene, Measure::p50), median(lucene, Measure::p99));
        out.printf("  opensearch (%s): %,.0f articles/s; search p50 %.1f ms, p99 %.1f ms%n", cluster,
                median(opensearch, Measure::articlesPerSecond), median(opensearch, Measure::p50), median(opensearch, Measure::p99));
        out.flush();
        return 0;
    }

    private Measure measure(ArticleStore s, List<AnalyzedArticle> base, List<String> words, int run) throws IOException {
        long start = System.nanoTime();
        for (int i = 0; i < articles; i++) {
            s.add(ServeBenchmark.copy(base.get(i % base.size()), i / base.size() + 1000 * run, i));
            if ((i + 1) % COMMIT_EVERY == 0) s.commit();
        }
        s.commit();
        double rate = articles / ((System.nanoTime() - start) / 1e9);
        Random random = new Random(run);
        for (int i = 0; i < 20; i++) s.search(SearchRequest.of(words.get(random.nextInt(words.size())))); // warm-up
        double[] millis = new double[queries];
        for (int i = 0; i < queries; i++) {
            String q = words.get(random.nextInt(words.size()));
            long t = System.nanoTime();
            s.search(SearchRequest.of(q));
            millis[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(millis);
        return new Measure(rate, millis[(int) (0.5 * (queries - 1))], millis[(int) Math.ceil(0.99 * (queries - 1))]);
    }

    private static List<String> titleWords(List<AnalyzedArticle> base) {
        List<String> words = new ArrayList<>();
        for (AnalyzedArticle a : base) {
            String title = a.article().title() == null ? a.article().text() : a.article().title();
            for (String w : title.split("[^\\p{L}]+")) if (w.length() >= 5) words.add(w.toLowerCase(java.util.Locale.ROOT));
        }
        return words.isEmpty() ? List.of("earthquake") : words;
    }

    private static double median(List<Measure> measures, java.util.function.ToDoubleFunction<Measure> value) {
        double[] v = measures.stream().mapToDouble(value).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}

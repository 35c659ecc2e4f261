package dev.storyline.cli;

import dev.storyline.AnalysisJson;
import dev.storyline.cluster.ClusterBenchmark;
import dev.storyline.cluster.ClusterConfig;
import dev.storyline.cluster.LocalKafka;
import dev.storyline.events.ClusteringEvaluation;
import dev.storyline.ingest.RawPage;
import dev.storyline.opensearch.OpenSearchLocation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

@Command(name = "cluster", mixinStandardHelpOptions = true,
        footer = "Name lists: the shipped ones only (no --config; STORYLINE_CONFIG is not read), so that figures compare across installations.",
        description = {"Throughput of the Flink job (Kafka → analysis → assignment → Kafka) at parallelism 1 and 2 on",
                "this machine, end-to-end latency from a page written to Kafka to its assignment written back (p50, p99),",
                "and checkpoint size and time as the active window fills (medians of --runs runs after a warm-up run).",
                "The job runs on a Flink MiniCluster in this",
                "process, against a Kafka broker started in it on loopback (or the one of --cluster); with --store, the job",
                "also writes to that store on OpenSearch, and the latency to searchable there is measured.",
                "Input: ECB+ JSON Lines {\"id\",\"topic\",\"subtopic\",\"text\"}, optionally gzipped.",
                "Stdout: one JSON object per measure."})
final class BenchClusterCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "The documents (default: ../shared/data/clustering/ecbplus/ecbplus-dev.jsonl.gz).")
    Path file;

    @Option(names = "--documents", description = "How many documents, from the start of FILE (default: ${DEFAULT-VALUE}).")
    int documents = 200;

    @Option(names = "--parallelism", split = ",", description = "Analysis parallelisms to measure (default: ${DEFAULT-VALUE}).")
    List<Integer> parallelisms = List.of(1, 2);

    @Option(names = "--checkpoint-interval", description = "Milliseconds between checkpoints (default: ${DEFAULT-VALUE}).")
    long checkpointMillis = 2000;

    @Option(names = "--latency-load", description = "Latency is measured with pages written at this share of the "
            + "throughput measured at the highest parallelism (default: ${DEFAULT-VALUE}).")
    double load = 0.5;

    @Option(names = "--runs", description = "Measured runs per parallelism, after one warm-up run (default: ${DEFAULT-VALUE}).")
    int runs = 3;

    @Option(names = "--cluster", paramLabel = "CONFIG", description = "Use the Kafka of this cluster config instead of a broker in the process.")
    Path cluster;

    @Option(names = "--store", paramLabel = "opensearch://HOST:PORT[,HOST:PORT…][/PREFIX]",
            description = {"Also write the job's results to this store on OpenSearch (indices of their own per run under",
                    "PREFIX, deleted after it) and measure the latency to searchable there (default: the config's",
                    "opensearch.url, else none)."})
    String store;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path input = file != null ? file : Path.of(System.getProperty("storyline.shared", "../shared"))
                .resolve("data/clustering/ecbplus/ecbplus-dev.jsonl.gz");
        if (!Files.exists(input)) {
            err.println("storyline: no such file: " + input);
            return 2;
        }
        List<ClusteringEvaluation.Document> docs = ClusteringEvaluation.read(input);
        List<RawPage> pages = docs.subList(0, Math.min(documents, docs.size())).stream()
                .map(d -> new RawPage(d.id(), "ecbplus:" + d.id(), null, null, null, null, RawPage.Kind.CLEAN_TEXT, d.text()))
                .toList();
        String where = store != null ? store : cluster != null ? ClusterConfig.read(cluster).opensearchUrl() : null;
        OpenSearchLocation location;
        try {
            location = where == null ? null : OpenSearchLocation.parse(where);
        } catch (IllegalArgumentException e) {
            err.println("storyline: --store: " + e.getMessage());
            return 2;
        }
        try (LocalKafka kafka = new LocalKafka()) {
            String servers = cluster != null ? ClusterConfig.read(cluster).bootstrapServers() : kafka.bootstrapServers();
            ClusterBenchmark bench = new ClusterBenchmark(servers, location);
            // A first run warms the JVM (JIT, class loading) so that the first parallelism measured is not the slowest
            // for that reason; then the parallelisms alternate order run by run, and medians are reported.
            int top = parallelisms.stream().max(Integer::compare).orElseThrow();
            err.println("storyline: bench cluster: warm-up, " + pages.size() + " pages at parallelism " + top);
            bench.throughput(pages, top, checkpointMillis, kafka);
            Map<Integer, List<Double>> rates = new TreeMap<>();
            ClusterBenchmark.Throughput last = null;
            for (int run = 0; run < runs; run++) {
                List<Integer> order = new ArrayList<>(parallelisms);
                if (run % 2 == 1) java.util.Collections.reverse(order);
                for (int parallelism : order) {
                    err.println("storyline: bench cluster: run " + (run + 1) + ", " + pages.size() + " pages at parallelism " + parallelism);
                    ClusterBenchmark.Throughput t = bench.throughput(pages, parallelism, checkpointMillis, kafka);
                    rates.computeIfAbsent(parallelism, p -> new ArrayList<>()).add(t.articlesPerSecond());
                    out.println(AnalysisJson.line(AnalysisJson.object().put("measure", "throughput").put("run", run + 1)
                            .put("parallelism", parallelism).put("articles", t.articles())
                            .put("seconds", round(t.seconds())).put("articlesPerSecond", round(t.articlesPerSecond()))));
                    if (parallelism == top && (last == null || run == runs - 1)) last = t;
                    out.flush();
                }
            }
            double base = median(rates.values().iterator().next());
            for (var e : rates.entrySet()) {
                out.println(AnalysisJson.line(AnalysisJson.object().put("measure", "throughput median")
                        .put("parallelism", e.getKey()).put("runs", e.getValue().size())
                        .put("articlesPerSecond", round(median(e.getValue())))
                        .put("speedup", round(median(e.getValue()) / base))));
            }
            for (ClusterBenchmark.Checkpoint c : last.checkpoints()) {
                out.println(AnalysisJson.line(AnalysisJson.object().put("measure", "checkpoint")
                        .put("parallelism", last.parallelism()).put("id", c.id()).put("assigned", c.assigned())
                        .put("bytes", c.bytes()).put("millis", c.millis())));
            }
            out.flush();
            last = new ClusterBenchmark.Throughput(top, last.articles(), last.seconds(), median(rates.get(top)), last.checkpoints());
            double rate = Math.max(0.5, last.articlesPerSecond() * load);
            int parallelism = last.parallelism();
            err.printf("storyline: bench cluster: latency at %.1f pages/s, parallelism %d%n", rate, parallelism);
            ClusterBenchmark.Latency l = bench.latency(pages, parallelism, rate, kafka);
            out.println(AnalysisJson.line(AnalysisJson.object().put("measure", "latency").put("parallelism", parallelism)
                    .put("articles", l.articles()).put("pagesPerSecond", round(l.rate()))
                    .put("p50Millis", round(l.p50Millis())).put("p99Millis", round(l.p99Millis()))
                    .put("maxMillis", round(l.maxMillis()))));
            if (location != null) {
                out.println(AnalysisJson.line(AnalysisJson.object().put("measure", "latency to searchable")
                        .put("parallelism", parallelism).put("articles", l.searchable())
                        .put("pagesPerSecond", round(l.rate())).put("p50Millis", round(l.searchableP50Millis()))
                        .put("p99Millis", round(l.searchableP99Millis())).put("maxMillis", round(l.searchableMaxMillis()))));
            }
            out.flush();
        }
        return 0;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}

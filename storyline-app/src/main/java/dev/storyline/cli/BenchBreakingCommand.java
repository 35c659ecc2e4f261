package dev.storyline.cli;

import dev.storyline.alerts.breaking.ArticleArrival;
import dev.storyline.alerts.breaking.BreakingConfig;
import dev.storyline.alerts.breaking.BurstReplay;
import dev.storyline.alerts.breaking.BurstReplay.Detection;
import dev.storyline.alerts.breaking.BurstReplay.Kind;
import dev.storyline.events.ClusteringEvaluation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

@Command(name = "breaking", mixinStandardHelpOptions = true,
        footer = "Name lists: the shipped ones only (no --config; STORYLINE_CONFIG is not read), so that figures compare across installations.",
        description = {"Detection delay and false alarms of breaking-story detection, on a replayed stream with bursts",
                "injected at known times (see BurstReplay): new stories receiving k articles from m outlets within t",
                "minutes, steady stories that suddenly burst, and stories that must not alert (big steady ones, slowly",
                "growing ones). The background is synthetic (--per-day articles a day) or, with --ecbplus FILE, the",
                "time-shifted ECB+ stream of bench clustering with its gold events and stories as the assignment.",
                "Prints, at --threshold, detection and delay per (k, m, t) and false alarms per day by what was",
                "signalled, then a sweep of the threshold (delay against false alarms)."})
final class BenchBreakingCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--ecbplus", paramLabel = "FILE", description = "ECB+ JSON Lines {\"id\",\"topic\",\"subtopic\",\"text\"} "
            + "(e.g. ../shared/data/clustering/ecbplus/ecbplus-dev.jsonl.gz) as the background, instead of synthetic stories.")
    Path ecbplus;

    @Option(names = "--days", description = "Days measured, after two days of warm-up (default: ${DEFAULT-VALUE}).")
    int days = 7;

    @Option(names = "--per-day", description = "Background articles a day (default: ${DEFAULT-VALUE}).")
    int perDay = 1000;

    @Option(names = "--repeats", description = "Bursts of each (k, m, t) combination (default: ${DEFAULT-VALUE}).")
    int repeats = 1;

    @Option(names = "--seeds", split = ",", description = "Streams to replay, one per seed; figures are over all of them (default: ${DEFAULT-VALUE}).")
    long[] seeds = {1, 2, 3, 4, 5};

    @Option(names = "--threshold", description = "The score a burst starts at (default: the detector's, ${DEFAULT-VALUE}).")
    double threshold = BreakingConfig.defaults().threshold();

    @Option(names = "--sweep", split = ",", description = "Thresholds of the sweep (default: ${DEFAULT-VALUE}).")
    double[] sweep = {2, 3, 4, 5, 6, 7, 8, 10, 12};

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (ecbplus != null && !Files.isReadable(ecbplus)) {
            spec.commandLine().getErr().println("storyline: cannot read " + ecbplus);
            return 2;
        }
        if (days < 1 || perDay < 1 || repeats < 1 || seeds.length == 0) {
            spec.commandLine().getErr().println("storyline: --days, --per-day and --repeats must be at least 1, and --seeds not empty");
            return 2;
        }
        List<ClusteringEvaluation.Document> docs = null;
        if (ecbplus != null) {
            try {
                docs = ClusteringEvaluation.read(ecbplus);
            } catch (IOException | RuntimeException e) {
                spec.commandLine().getErr().println("storyline: cannot read " + ecbplus + ": " + e.getMessage());
                return 1;
            }
            if (docs.isEmpty()) {
                spec.commandLine().getErr().println("storyline: " + ecbplus + " holds no documents");
                return 1;
            }
        }
        List<BurstReplay.Stream> streams = new ArrayList<>();
        long arrivals = 0;
        for (long seed : seeds) {
            BurstReplay.Stream s = stream(docs, seed);
            streams.add(s);
            arrivals += s.arrivals().size();
        }
        BreakingConfig config = BreakingConfig.defaults().withThreshold(threshold);
        out.printf(Locale.ROOT, "%d streams (seeds %s), %s background, %d days measured after %d of warm-up, %,d arrivals in all%n",
                streams.size(), Arrays.toString(seeds), ecbplus == null ? "synthetic " + perDay + "/day" : "ECB+ " + perDay + "/day",
                days, BurstReplay.Plan.defaults().warmUpDays(), arrivals);
        out.printf(Locale.ROOT, "detector: window %d min, baseline %d days, threshold %.1f, at least %d articles from %d outlets%n",
                config.window().toMinutes(), config.baseline().toDays(), config.threshold(), config.minArticles(), config.minSources());
        List<BurstReplay.Result> results = new ArrayList<>();
        long started = System.nanoTime();
        for (BurstReplay.Stream s : streams) results.add(BurstReplay.evaluate(s, config));
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(Locale.ROOT, "replayed in %.2f s (%.1f µs an arrival); state kept for at most %,d stories and events at once%n%n",
                seconds, seconds * 1e6 / arrivals, results.stream().mapToInt(BurstReplay.Result::tracked).max().orElse(0));
        byCell(results, out);
        falseAlarms(results, out);
        out.println();
        out.println("threshold sweep (clear bursts: ≥ 8 articles within ≤ 60 min):");
        out.println("threshold  clear found  all found  median delay (articles, min)  p90 delay (min)  false alarms/day (background, steady, slow, again)");
        for (double t : sweep) {
            List<BurstReplay.Result> r = new ArrayList<>();
            for (BurstReplay.Stream s : streams) r.add(BurstReplay.evaluate(s, BreakingConfig.defaults().withThreshold(t)));
            List<Detection> all = detections(r, d -> true);
            List<Detection> clear = detections(r, d -> d.burst().clear());
            List<Detection> found = all.stream().filter(Detection::detected).toList();
            out.printf(Locale.ROOT, "%9.1f  %10s  %9s  %14s, %-13s %15s  %16.2f (%d, %d, %d, %d)%n", t, share(clear), share(all),
                    median(found.stream().mapToDouble(Detection::delayArticles).toArray()),
                    median(found.stream().mapToDouble(Detection::delayMinutes).toArray()),
                    quantile(found.stream().mapToDouble(Detection::delayMinutes).toArray(), 0.9), falsePerDay(r),
                    falseOf(r, Kind.BACKGROUND), falseOf(r, Kind.STEADY) + falseOf(r, Kind.BURST_ON_STORY), falseOf(r, Kind.SLOW_GROWTH), falseOf(r, Kind.BURST));
        }
        return 0;
    }

    private BurstReplay.Stream stream(List<ClusteringEvaluation.Document> docs, long seed) {
        BurstReplay.Plan plan = BurstReplay.Plan.defaults().withDays(days).withPerDay(perDay).withRepeats(repeats).withSeed(seed);
        if (docs == null) return BurstReplay.synthetic(plan);
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        List<ArticleArrival> background = BurstReplay.goldStream(docs.stream().map(ClusteringEvaluation.Document::id).toList(),
                docs.stream().map(ClusteringEvaluation.Document::event).toList(),
                docs.stream().map(ClusteringEvaluation.Document::topic).toList(), perDay, start,
                Duration.ofDays(plan.warmUpDays() + plan.days()), plan.outlets(), plan.diurnal(), seed);
        return BurstReplay.over(plan, start, background);
    }

    private static void byCell(List<BurstReplay.Result> results, PrintWriter out) {
        List<Detection> all = detections(results, d -> true);
        List<Detection> bursts = all.stream().filter(d -> d.burst().kind() == Kind.BURST).toList();
        List<Integer> ts = bursts.stream().map(d -> d.burst().minutes()).distinct().sorted().toList();
        out.println("at the threshold: new stories receiving k articles from m outlets within t minutes; per cell: found/injected,");
        out.println("median delay after the burst's first article in articles and minutes (over those found)");
        StringBuilder head = new StringBuilder("   k   m");
        for (int t : ts) head.append(String.format(Locale.ROOT, "  %-20s", "t = " + t + " min"));
        out.println(head);
        List<int[]> cells = bursts.stream().map(d -> new int[]{d.burst().articles(), d.burst().outlets()}).toList();
        List<Integer> keys = cells.stream().map(c -> c[0] * 1000 + c[1]).distinct().sorted().toList();
        for (int key : keys) {
            int k = key / 1000, m = key % 1000;
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%4d %3d", k, m));
            for (int t : ts) {
                List<Detection> cell = bursts.stream().filter(d -> d.burst().articles() == k && d.burst().outlets() == m
                        && d.burst().minutes() == t).toList();
                line.append(String.format(Locale.ROOT, "  %-20s", cell(cell)));
            }
            out.println(line);
        }
        row("on a story at 2/h, 15 articles from 6 outlets in 30 min:", all.stream().filter(d -> d.burst().kind() == Kind.BURST_ON_STORY).toList(), out);
        row("clear bursts (k ≥ 8 within t ≤ 60 min):", all.stream().filter(d -> d.burst().clear()).toList(), out);
        row("all injected bursts:", all, out);
    }

    private static String cell(List<Detection> cell) {
        List<Detection> found = cell.stream().filter(Detection::detected).toList();
        if (found.isEmpty()) return share(cell);
        return share(cell) + " " + median(found.stream().mapToDouble(Detection::delayArticles).toArray()) + "a "
                + median(found.stream().mapToDouble(Detection::delayMinutes).toArray()) + "m";
    }

    private static void row(String label, List<Detection> cell, PrintWriter out) {
        List<Detection> found = cell.stream().filter(Detection::detected).toList();
        out.printf(Locale.ROOT, "%-58s %s found, median delay %s articles, %s min%n", label, share(cell),
                median(found.stream().mapToDouble(Detection::delayArticles).toArray()),
                median(found.stream().mapToDouble(Detection::delayMinutes).toArray()));
    }

    private static void falseAlarms(List<BurstReplay.Result> results, PrintWriter out) {
        double days = results.stream().mapToDouble(BurstReplay.Result::days).sum();
        StringBuilder line = new StringBuilder();
        for (Kind k : Kind.values()) {
            int n = results.stream().mapToInt(r -> r.falseAlarms().getOrDefault(k, 0)).sum();
            line.append(String.format(Locale.ROOT, " %s %d", k.name().toLowerCase(Locale.ROOT), n));
        }
        out.printf(Locale.ROOT, "false alarms: %.2f a day over %.1f days (by story signalled:%s)%n", falsePerDay(results), days, line);
    }

    private static int falseOf(List<BurstReplay.Result> results, Kind kind) {
        return results.stream().mapToInt(r -> r.falseAlarms().getOrDefault(kind, 0)).sum();
    }

    private static double falsePerDay(List<BurstReplay.Result> results) {
        return results.stream().mapToInt(BurstReplay.Result::falseAlarmCount).sum()
                / results.stream().mapToDouble(BurstReplay.Result::days).sum();
    }

    private static List<Detection> detections(List<BurstReplay.Result> results, Predicate<Detection> which) {
        return results.stream().flatMap(r -> r.detections().stream()).filter(which).toList();
    }

    private static String share(List<Detection> ds) {
        long found = ds.stream().filter(Detection::detected).count();
        return ds.isEmpty() ? "-" : String.format(Locale.ROOT, "%d/%d", found, ds.size());
    }

    private static String median(double[] values) {
        return values.length == 0 ? "-" : String.format(Locale.ROOT, "%.1f", quantileValue(values, 0.5));
    }

    private static String quantile(double[] values, double q) {
        return values.length == 0 ? "-" : String.format(Locale.ROOT, "%.1f", quantileValue(values, q));
    }

    private static double quantileValue(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))];
    }
}

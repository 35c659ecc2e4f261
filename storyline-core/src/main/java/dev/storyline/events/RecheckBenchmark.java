package dev.storyline.events;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Cost of the window re-check as the window fills: a stream generated from real articles' features (generation
 * {@code g} is every source article once, shuffled with seed {@code g}, its entities, places and numbers renamed for
 * the generation, so that each generation's events are new ones of the same kinds), {@code perDay} articles a day,
 * re-checked as each day closes, the way {@code storyline cluster} does. Measured: CPU time of each re-check (of
 * this thread, so that other processes on the machine do not count), the articles it moved, and the CPU time of
 * assignment per article.
 */
public final class RecheckBenchmark {

    /** Figures of one day's close. */
    public record Close(LocalDate day, int articles, int window, double cpuSeconds, int moved) {
    }

    private final List<ArticleFeatures> sources;
    private final int perDay;
    private final LocalDate start;

    public RecheckBenchmark(List<ArticleFeatures> sources, int perDay, LocalDate start) {
        this.sources = List.copyOf(sources);
        this.perDay = perDay;
        this.start = start;
    }

    private ArticleFeatures article(int i, List<Integer> order) {
        int g = i / sources.size();
        ArticleFeatures base = sources.get(order.get(i % sources.size()));
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> surfaces = new LinkedHashMap<>();
        base.counts().forEach((key, count) -> {
            Family f = Family.of(key);
            String renamed = f == Family.ENTITY || f == Family.PLACE || f == Family.NUMBER ? key + "#" + g : key;
            counts.merge(renamed, count, Integer::sum);
            String surface = base.surfaces().get(key);
            if (surface != null) surfaces.put(renamed, surface);
        });
        return new ArticleFeatures(base.id() + "#" + g, start.plusDays(i / perDay), base.label(), counts, surfaces);
    }

    /** Feeds {@code total} articles to a fresh clusterer with {@code config}, re-checking at each day's close. */
    public List<Close> run(int total, ClusteringConfig config, PrintWriter out) {
        EventClusterer clusterer = new EventClusterer(FeatureExtractor.standard(), config, new InMemoryEventStore());
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<Close> closes = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        LocalDate newest = null;
        long assignNanos = 0;
        for (int i = 0; i < total; i++) {
            if (i % sources.size() == 0) {
                order = new ArrayList<>();
                for (int k = 0; k < sources.size(); k++) order.add(k);
                Collections.shuffle(order, new Random(i / sources.size()));
            }
            ArticleFeatures a = article(i, order);
            if (newest != null && a.published().isAfter(newest)) {
                long t0 = cpu.getCurrentThreadCpuTime();
                int moved = clusterer.recheck().size();
                double seconds = (cpu.getCurrentThreadCpuTime() - t0) / 1e9;
                Close c = new Close(newest, i, Math.min(i, config.recheckArticles()), seconds, moved);
                closes.add(c);
                out.printf(Locale.ROOT, "%s closed, %,d articles so far, window %,d: re-check %.2f CPU s, %,d moved%n",
                        c.day(), c.articles(), c.window(), c.cpuSeconds(), c.moved());
                out.flush();
            }
            newest = a.published();
            long t0 = cpu.getCurrentThreadCpuTime();
            clusterer.assign(a);
            assignNanos += cpu.getCurrentThreadCpuTime() - t0;
        }
        double[] seconds = closes.stream().mapToDouble(Close::cpuSeconds).sorted().toArray();
        out.printf(Locale.ROOT, "assignment %.2f CPU ms/article; re-check median %.2f CPU s a day (%.2f CPU ms per article of the day)%n",
                assignNanos / 1e6 / total, seconds.length == 0 ? 0 : seconds[seconds.length / 2],
                seconds.length == 0 ? 0 : seconds[seconds.length / 2] * 1000 / perDay);
        out.flush();
        return closes;
    }
}

package dev.storyline.events;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Cost per new article and heap of {@link EventClusterer} as the corpus grows, on a stream generated from real
 * articles' features (ECB+ through the pipeline): generation {@code g} is every source article once, in an order
 * shuffled with seed {@code g}, published {@code perDay} a day after the previous generation. In generation g, every
 * entity, place and number of an article becomes a name of that generation (the news has new people and new tolls
 * every day, and a copy must be another event, not the same one growing forever), a quarter of its word stems take
 * one of {@link #TERM_VARIANTS} variants (so that the vocabulary grows, but boundedly, like a language's), and
 * written years move by {@code g / 365 per day}. Measured: wall time of each {@code assign}; median and 90th
 * percentile over the last {@link #WINDOW} articles before each checkpoint, and heap after a GC there.
 */
public final class ClusteringBenchmark {

    /** Articles whose assignment times make one checkpoint's figures. */
    public static final int WINDOW = 2000;
    static final int TERM_VARIANTS = 16;

    /** Figures at one corpus size. */
    public record Checkpoint(int articles, LocalDate newest, double medianMs, double p90Ms, long heapMb, int events) {
    }

    private final List<ArticleFeatures> sources;
    private final int perDay;
    private final LocalDate start;

    public ClusteringBenchmark(List<ArticleFeatures> sources, int perDay, LocalDate start) {
        this.sources = List.copyOf(sources);
        this.perDay = perDay;
        this.start = start;
    }

    /** The {@code i}th generated article. */
    ArticleFeatures article(int i, List<Integer> order) {
        int n = sources.size();
        int g = i / n;
        ArticleFeatures base = sources.get(order.get(i % n));
        LocalDate published = start.plusDays(i / perDay);
        int yearShift = (int) ((long) i / perDay / 365);
        SplittableRandom random = new SplittableRandom(i * 0x9E3779B97F4A7C15L);
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> surfaces = new LinkedHashMap<>();
        base.counts().forEach((key, count) -> {
            String changed = switch (Family.of(key)) {
                case ENTITY, PLACE, NUMBER -> key + "#" + g;
                case TERM -> random.nextInt(4) == 0 ? key + "~" + random.nextInt(TERM_VARIANTS) : key;
                case DATE -> shiftYear(key, yearShift);
            };
            counts.merge(changed, count, Integer::sum);
            String surface = base.surfaces().get(key);
            if (surface != null) surfaces.put(changed, surface);
        });
        return new ArticleFeatures(base.id() + "#" + g, published, base.label(), counts, surfaces);
    }

    private static String shiftYear(String dateKey, int years) {
        String value = Family.value(dateKey);
        int year = Integer.parseInt(value.substring(0, 4)) + years;
        return Family.DATE.key(year + value.substring(4));
    }

    /** Feeds {@code max(checkpoints)} articles to a fresh clusterer, printing a line at each checkpoint. */
    public List<Checkpoint> run(int[] checkpoints, ClusteringConfig config, PrintWriter out) {
        int total = Arrays.stream(checkpoints).max().orElse(0);
        EventClusterer clusterer = new EventClusterer(FeatureExtractor.standard(), config, new InMemoryEventStore());
        double[] ms = new double[total];
        List<Checkpoint> results = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        int events = 0;
        for (int i = 0; i < total; i++) {
            if (i % sources.size() == 0) {
                order = new ArrayList<>();
                for (int k = 0; k < sources.size(); k++) order.add(k);
                Collections.shuffle(order, new Random(i / sources.size()));
            }
            ArticleFeatures a = article(i, order);
            long t0 = System.nanoTime();
            Assignment assignment = clusterer.assign(a);
            ms[i] = (System.nanoTime() - t0) / 1e6;
            if (assignment.newEvent()) events++;
            int done = i + 1;
            if (Arrays.stream(checkpoints).anyMatch(c -> c == done)) {
                double[] recent = Arrays.copyOfRange(ms, Math.max(0, done - WINDOW), done);
                Arrays.sort(recent);
                System.gc();
                Runtime rt = Runtime.getRuntime();
                long heap = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
                Checkpoint c = new Checkpoint(done, a.published(), recent[recent.length / 2],
                        recent[(int) (recent.length * 0.9)], heap, events);
                results.add(c);
                out.printf(Locale.ROOT, "%,9d articles (newest %s): median %.3f ms/article, p90 %.3f ms, heap %,d MB after GC, %,d events%n",
                        c.articles(), c.newest(), c.medianMs(), c.p90Ms(), c.heapMb(), c.events());
                out.flush();
            }
        }
        return results;
    }
}

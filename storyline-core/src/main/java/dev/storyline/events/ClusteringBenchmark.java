package dev.storyline.events;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * written years move by {@code g / 365 per day}. Measured: wall and thread CPU time of each {@code assign} with the
 * recording of its result, median and 90th percentile over the last {@link #WINDOW} articles before each checkpoint;
 * the time of the commits (every so many articles, as ingestion commits) per article; heap after a GC there.
 */
public final class ClusteringBenchmark {

    /** Articles whose assignment times make one checkpoint's figures. */
    public static final int WINDOW = 2000;
    /** Articles whose events are scored against the gold at each checkpoint (ten generations of ECB+ dev). */
    public static final int SCORED = 7720;
    static final int TERM_VARIANTS = 16;

    /**
     * Figures at one corpus size: per-article wall time of assignment (and its recording) over the last
     * {@link #WINDOW} articles, the median CPU time of the thread likewise (less noisy on a shared machine), commits
     * per article since the previous checkpoint, heap after a GC, events created, what the store holds in memory,
     * and BCubed of the events of the last {@link #SCORED} articles against the gold (a copy's gold event is its
     * source's in its generation: its names are that generation's).
     */
    public record Checkpoint(int articles, LocalDate newest, double medianMs, double p90Ms, double medianCpuMs,
                             double p90CpuMs, double commitMsPerArticle, long heapMb, int events, InMemoryEventStore.Footprint held,
                             BCubed recent) {
    }

    private final List<ArticleFeatures> sources;
    private final List<String> goldEvents;
    private final int perDay;
    private final LocalDate start;

    /** @param goldEvents each source's gold event, in the order of {@code sources} */
    public ClusteringBenchmark(List<ArticleFeatures> sources, List<String> goldEvents, int perDay, LocalDate start) {
        if (goldEvents.size() != sources.size()) throw new IllegalArgumentException("one gold event per source");
        this.sources = List.copyOf(sources);
        this.goldEvents = List.copyOf(goldEvents);
        this.perDay = perDay;
        this.start = start;
    }

    private String gold(int i, List<Integer> order) {
        return goldEvents.get(order.get(i % sources.size())) + "#" + i / sources.size();
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

    /** Where the stream goes besides the clusterer: each assignment and the commits, as ingestion does them. */
    public interface Sink {
        /** The {@code sequence}th article went there. */
        void assigned(ArticleFeatures article, long sequence, Assignment assignment) throws IOException;

        /** Makes everything through article {@code sequence} durable. */
        void commit(long sequence) throws IOException;

        /** What the store holds in memory. */
        InMemoryEventStore.Footprint footprint();
    }

    /** A store that forgets what leaves the window, and a sink that keeps nothing: the clusterer alone. */
    public static InMemoryEventStore boundedInMemory() {
        return new InMemoryEventStore(0, new DocumentFrequencies(), new InMemoryEventStore.Archive() {
            @Override
            public void evicted(EventState compacted) {
            }

            @Override
            public void evicted(StoryState story) {
            }
        });
    }

    public static Sink nothingKept(InMemoryEventStore store) {
        return new Sink() {
            @Override
            public void assigned(ArticleFeatures article, long sequence, Assignment assignment) {
            }

            @Override
            public void commit(long sequence) {
            }

            @Override
            public InMemoryEventStore.Footprint footprint() {
                return store.footprint();
            }
        };
    }

    /**
     * Feeds {@code max(checkpoints)} articles to a clusterer over {@code store}, passing each assignment to
     * {@code sink} and committing every {@code commitEvery} articles, printing a line at each checkpoint.
     */
    public List<Checkpoint> run(int[] checkpoints, ClusteringConfig config, EventStore store, Sink sink,
                                int commitEvery, PrintWriter out) throws IOException {
        int total = Arrays.stream(checkpoints).max().orElse(0);
        EventClusterer clusterer = new EventClusterer(FeatureExtractor.standard(), config, store);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] ms = new double[total];
        double[] cpuMs = new double[total];
        double commitMs = 0;
        int sinceCheckpoint = 0;
        List<Checkpoint> results = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        String[] predicted = new String[SCORED];
        String[] gold = new String[SCORED];
        int events = 0;
        for (int i = 0; i < total; i++) {
            if (i % sources.size() == 0) {
                order = new ArrayList<>();
                for (int k = 0; k < sources.size(); k++) order.add(k);
                Collections.shuffle(order, new Random(i / sources.size()));
            }
            ArticleFeatures a = article(i, order);
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            Assignment assignment = clusterer.assign(a);
            sink.assigned(a, i + 1, assignment);
            ms[i] = (System.nanoTime() - t0) / 1e6;
            cpuMs[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
            if (assignment.newEvent()) events++;
            predicted[i % SCORED] = assignment.eventId();
            gold[i % SCORED] = gold(i, order);
            int done = i + 1;
            sinceCheckpoint++;
            if (done % commitEvery == 0 || done == total) {
                long c1 = System.nanoTime();
                sink.commit(done);
                commitMs += (System.nanoTime() - c1) / 1e6;
            }
            if (Arrays.stream(checkpoints).anyMatch(c -> c == done)) {
                double[] recent = Arrays.copyOfRange(ms, Math.max(0, done - WINDOW), done);
                double[] recentCpu = Arrays.copyOfRange(cpuMs, Math.max(0, done - WINDOW), done);
                Arrays.sort(recent);
                Arrays.sort(recentCpu);
                System.gc();
                Runtime rt = Runtime.getRuntime();
                long heap = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
                int scored = Math.min(done, SCORED);
                BCubed quality = BCubed.score(Arrays.asList(predicted).subList(0, scored), Arrays.asList(gold).subList(0, scored));
                Checkpoint c = new Checkpoint(done, a.published(), recent[recent.length / 2],
                        recent[(int) (recent.length * 0.9)], recentCpu[recentCpu.length / 2],
                        recentCpu[(int) (recentCpu.length * 0.9)], commitMs / sinceCheckpoint, heap, events, sink.footprint(), quality);
                commitMs = 0;
                sinceCheckpoint = 0;
                results.add(c);
                out.printf(Locale.ROOT, "%,9d articles (newest %s): median %.3f ms/article (CPU %.3f), p90 %.3f ms (CPU %.3f), "
                                + "commits %.3f ms/article; heap %,d MB after GC; %,d events; in memory %,d events, "
                                + "%,d stories, %,d postings, %,d DF keys in %d weeks; events of the last %,d articles: %s%n",
                        c.articles(), c.newest(), c.medianMs(), c.medianCpuMs(), c.p90Ms(), c.p90CpuMs(), c.commitMsPerArticle(),
                        c.heapMb(), c.events(), c.held().events(), c.held().stories(),
                        c.held().eventPostings() + c.held().storyPostings(), c.held().frequencyKeys(),
                        c.held().frequencyWeeks(), Math.min(done, SCORED), c.recent());
                out.flush();
            }
        }
        return results;
    }
}

package dev.storyline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where the analysis spends its time: wall and CPU nanoseconds and bytes allocated per stage, per article language,
 * summed over every article a {@link Pipeline#timed timed pipeline} analyses. What {@code bench pipeline} breaks its figures down by.
 * Thread-safe; one per measurement (never shared process-wide).
 */
public final class StageTimes {

    /** The stages of {@link Pipeline#analyze}, in the order they run. */
    public enum Stage {
        EXTRACTION, LANGUAGE, NAMES, GENERIC, ENTITIES, DATES, QUOTES
    }

    /** One language's totals: articles, then wall and CPU nanoseconds and bytes allocated per stage. */
    private static final class Totals {
        final LongAdder articles = new LongAdder();
        final LongAdder[] wall = adders(), cpu = adders(), allocated = adders();

        private static LongAdder[] adders() {
            LongAdder[] a = new LongAdder[Stage.values().length];
            for (int i = 0; i < a.length; i++) a[i] = new LongAdder();
            return a;
        }
    }

    /**
     * A language's figures, read after a measurement. Bytes allocated are the heap the stage's thread took (the
     * garbage it leaves is what the collector later pays for); 0 throughout where the JVM cannot count them.
     */
    public record Breakdown(long articles, long[] wallNanos, long[] cpuNanos, long[] allocatedBytes) {
        public double wallMsPerArticle(Stage stage) {
            return articles == 0 ? 0 : wallNanos[stage.ordinal()] / 1e6 / articles;
        }

        public double cpuMsPerArticle(Stage stage) {
            return articles == 0 ? 0 : cpuNanos[stage.ordinal()] / 1e6 / articles;
        }

        public double allocatedKbPerArticle(Stage stage) {
            return articles == 0 ? 0 : allocatedBytes[stage.ordinal()] / 1e3 / articles;
        }
    }

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    /** HotSpot's view of the same bean, which counts the bytes a thread allocates; null on JVMs without it. */
    private final com.sun.management.ThreadMXBean allocation =
            threads instanceof com.sun.management.ThreadMXBean t && t.isThreadAllocatedMemorySupported()
                    && t.isThreadAllocatedMemoryEnabled() ? t : null;
    private final Map<String, Totals> byLanguage = new ConcurrentHashMap<>();

    /** A stopwatch for one article on the current thread. */
    final class Clock {
        private final long[] wall = new long[Stage.values().length], cpu = new long[Stage.values().length],
                allocated = new long[Stage.values().length];
        private long lastWall = System.nanoTime(), lastCpu = threadCpu(), lastAllocated = threadAllocated();

        /** Charges the time and allocations since the previous lap (or since the clock started) to {@code stage}. */
        void lap(Stage stage) {
            long w = System.nanoTime(), c = threadCpu(), a = threadAllocated();
            wall[stage.ordinal()] += w - lastWall;
            cpu[stage.ordinal()] += c - lastCpu;
            allocated[stage.ordinal()] += a - lastAllocated;
            lastWall = w;
            lastCpu = c;
            lastAllocated = a;
        }

        /** Adds this article's laps to the totals of {@code language} ("" when unknown), and counts the article. */
        void done(String language) {
            addLaps(language).articles.increment();
        }

        /**
         * Adds the laps of the article's second part to the totals of {@code language} without counting it again (the
         * analysis is read, then resolved, maybe on another thread).
         */
        void doneResolving(String language) {
            addLaps(language);
        }

        private Totals addLaps(String language) {
            Totals t = byLanguage.computeIfAbsent(language == null ? "" : language, l -> new Totals());
            for (int i = 0; i < wall.length; i++) {
                t.wall[i].add(wall[i]);
                t.cpu[i].add(cpu[i]);
                t.allocated[i].add(allocated[i]);
            }
            return t;
        }
    }

    Clock start() {
        return new Clock();
    }

    /** Figures per language ("" for articles of no identified language), in language order. */
    public Map<String, Breakdown> byLanguage() {
        Map<String, Breakdown> out = new TreeMap<>();
        byLanguage.forEach((language, t) -> out.put(language, breakdown(t)));
        return out;
    }

    /** Figures over every language. */
    public Breakdown total() {
        long articles = 0;
        long[] wall = new long[Stage.values().length], cpu = new long[Stage.values().length],
                allocated = new long[Stage.values().length];
        for (Breakdown b : byLanguage().values()) {
            articles += b.articles();
            for (int i = 0; i < wall.length; i++) {
                wall[i] += b.wallNanos()[i];
                cpu[i] += b.cpuNanos()[i];
                allocated[i] += b.allocatedBytes()[i];
            }
        }
        return new Breakdown(articles, wall, cpu, allocated);
    }

    private static Breakdown breakdown(Totals t) {
        long[] wall = new long[t.wall.length], cpu = new long[t.cpu.length], allocated = new long[t.allocated.length];
        for (int i = 0; i < wall.length; i++) {
            wall[i] = t.wall[i].sum();
            cpu[i] = t.cpu[i].sum();
            allocated[i] = t.allocated[i].sum();
        }
        return new Breakdown(t.articles.sum(), wall, cpu, allocated);
    }

    private long threadCpu() {
        return threads.getCurrentThreadCpuTime();
    }

    private long threadAllocated() {
        return allocation == null ? 0 : allocation.getCurrentThreadAllocatedBytes();
    }
}

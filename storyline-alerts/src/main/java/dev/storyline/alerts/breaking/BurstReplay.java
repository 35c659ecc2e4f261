package dev.storyline.alerts.breaking;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A stream of arrivals with bursts injected at known times, and how a detector does on it: which bursts it finds,
 * how many articles and minutes after their start, and how many signals it gives that are no injected burst (false
 * alarms). What {@code storyline bench breaking} and the tests replay.
 * <p>
 * The stream: a background of stories that are not bursting by construction (the given arrivals, or synthetic
 * stories of 1 to 100 articles arriving as a Poisson process at 0.2 to 1.5 an hour), big and medium stories steady at
 * tens of articles an hour from the start, stories that grow slowly (linearly, to several an hour over three days),
 * and injected bursts: a new story receiving k articles from m outlets within t minutes (then a tail of half as many
 * over six hours), and steady stories at 2 an hour suddenly receiving a burst. Only the injected bursts should be
 * signalled; everything else signalled after the warm-up days is a false alarm.
 */
public final class BurstReplay {

    private static final long MINUTE = 60_000L;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;
    private static final String[] LANGUAGES = {"en", "fr", "de", "es"};

    /** What an injected story is. */
    public enum Kind {
        /** A new story that bursts: should be signalled once. */
        BURST,
        /** A story steady at 2 an hour that suddenly bursts: should be signalled once, at the burst. */
        BURST_ON_STORY,
        /** A story whose rate grows slowly: must not be signalled. */
        SLOW_GROWTH,
        /** A big or medium story at a steady rate: must not be signalled after the warm-up. */
        STEADY,
        /** A background story (no burst by construction). */
        BACKGROUND
    }

    /**
     * What the stream is made of.
     *
     * @param days           days measured, after the warm-up
     * @param warmUpDays     days before, where steady stories start and the detector learns the system's rate
     * @param perDay         background articles a day (synthetic background only)
     * @param outlets        how many outlets publish (chosen with Zipf weights: a few big agencies, many small ones)
     * @param burstArticles  k: the articles of an injected burst…
     * @param burstOutlets   m: …from this many outlets…
     * @param burstMinutes   t: …within this many minutes (every combination with m ≤ k, {@code repeats} times)
     * @param repeats        how many bursts of each combination
     * @param burstsOnStories how many steady stories at 2 an hour get a burst of 15 articles from 6 outlets in 30 min
     * @param slowGrowth     how many slowly growing stories
     * @param steadyRates    the rates (articles an hour) of the steady stories, one story each
     * @param diurnal        the day's swing of every rate but the bursts': times 1 + diurnal · sin, highest at 14:00
     *                       UTC and lowest at 02:00 (0.5: three times as many articles in the afternoon as at night)
     * @param seed           the random seed: the same plan and seed give the same stream
     */
    public record Plan(int days, int warmUpDays, int perDay, int outlets, List<Integer> burstArticles,
                       List<Integer> burstOutlets, List<Integer> burstMinutes, int repeats, int burstsOnStories,
                       int slowGrowth, List<Double> steadyRates, double diurnal, long seed) {

        /** A week after two days of warm-up, at 1,000 background articles a day. */
        public static Plan defaults() {
            return new Plan(7, 2, 1000, 60, List.of(5, 8, 12, 20, 40), List.of(3, 5, 10), List.of(15, 30, 60, 120),
                    1, 10, 10, List.of(50.0, 50.0, 20.0, 20.0, 5.0, 5.0), 0.5, 1);
        }

        public Plan withDays(int d) {
            return new Plan(d, warmUpDays, perDay, outlets, burstArticles, burstOutlets, burstMinutes, repeats,
                    burstsOnStories, slowGrowth, steadyRates, diurnal, seed);
        }

        public Plan withPerDay(int n) {
            return new Plan(days, warmUpDays, n, outlets, burstArticles, burstOutlets, burstMinutes, repeats,
                    burstsOnStories, slowGrowth, steadyRates, diurnal, seed);
        }

        public Plan withSeed(long s) {
            return new Plan(days, warmUpDays, perDay, outlets, burstArticles, burstOutlets, burstMinutes, repeats,
                    burstsOnStories, slowGrowth, steadyRates, diurnal, s);
        }

        public Plan withRepeats(int r) {
            return new Plan(days, warmUpDays, perDay, outlets, burstArticles, burstOutlets, burstMinutes, r,
                    burstsOnStories, slowGrowth, steadyRates, diurnal, seed);
        }
    }

    /**
     * An injected story.
     *
     * @param storyId  its story
     * @param kind     what it is
     * @param articles k (bursts), else 0
     * @param outlets  m (bursts), else 0
     * @param minutes  t (bursts), else 0
     * @param start    when the burst starts (its first article), or when the story starts
     * @param burstArrivals the burst's own arrival times, in order (empty for stories that must not alert)
     */
    public record Injected(String storyId, Kind kind, int articles, int outlets, int minutes, Instant start,
                           List<Instant> burstArrivals) {

        /** Bursts one can ask a detector to catch within the hour: at least 8 articles in at most 60 minutes. */
        public boolean clear() {
            return (kind == Kind.BURST || kind == Kind.BURST_ON_STORY) && articles >= 8 && minutes <= 60;
        }

        public boolean isBurst() {
            return kind == Kind.BURST || kind == Kind.BURST_ON_STORY;
        }
    }

    /**
     * A stream to replay.
     *
     * @param arrivals     every arrival, in time order
     * @param injected     the injected stories, bursts and those that must not alert
     * @param measuredFrom the end of the warm-up: signals before it are not counted
     * @param end          the last arrival's time
     */
    public record Stream(List<ArticleArrival> arrivals, List<Injected> injected, Instant measuredFrom, Instant end) {

        public double measuredDays() {
            return Duration.between(measuredFrom, end).toMillis() / (double) DAY;
        }
    }

    /** An injected burst and what the detector said of it: the signal (null when missed) and its delay. */
    public record Detection(Injected burst, BreakingSignal signal, int delayArticles, double delayMinutes) {

        public boolean detected() {
            return signal != null;
        }
    }

    /**
     * How a detector did on a stream.
     *
     * @param detections  one per injected burst
     * @param falseAlarms signals that are no injected burst (after the warm-up), by the kind of story signalled
     * @param days        the days measured
     * @param tracked     the most stories and events the detector kept state for at once (its memory's bound)
     */
    public record Result(BreakingConfig config, List<Detection> detections, Map<Kind, Integer> falseAlarms, double days,
                         int tracked) {

        public int falseAlarmCount() {
            return falseAlarms.values().stream().mapToInt(Integer::intValue).sum();
        }

        public double falseAlarmsPerDay() {
            return falseAlarmCount() / days;
        }
    }

    private BurstReplay() {
    }

    /** A stream with a synthetic background of {@code plan.perDay()} articles a day. */
    public static Stream synthetic(Plan plan) {
        Builder b = new Builder(plan);
        b.syntheticBackground();
        return b.inject();
    }

    /**
     * A stream whose background is the given arrivals (their times are kept; they should span the plan's days,
     * warm-up included, from {@code start}), e.g. {@link #goldStream}.
     */
    public static Stream over(Plan plan, Instant start, List<ArticleArrival> background) {
        Builder b = new Builder(plan, start);
        b.arrivals.addAll(background);
        for (ArticleArrival a : background) b.kinds.putIfAbsent(a.storyId(), Kind.BACKGROUND);
        return b.inject();
    }

    /**
     * Arrivals of documents with known events and stories, as the time-shifted stream of {@code bench clustering}
     * lays them out (generations of the documents, each shuffled, {@code perDay} a day) but without the language
     * analysis: the gold event is the assignment (event {@code event#generation}, story {@code topic#generation}).
     * Arrival times are a Poisson process at {@code perDay} a day from {@code start}, swinging with the hour of the day
     * by {@code diurnal} (see {@link Plan#diurnal}); outlets are drawn with Zipf weights.
     *
     * @param ids    the documents' ids; {@code events} and {@code topics} their gold event and story, in the same order
     */
    public static List<ArticleArrival> goldStream(List<String> ids, List<String> events, List<String> topics,
                                                  int perDay, Instant start, Duration span, int outlets,
                                                  double diurnal, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] zipf = zipf(outlets);
        List<ArticleArrival> out = new ArrayList<>();
        double meanGapMs = DAY / (double) perDay;
        long t = start.toEpochMilli();
        long end = t + span.toMillis();
        int n = ids.size();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; ; i++) {
            if (i % n == 0) {
                order = new ArrayList<>();
                for (int k = 0; k < n; k++) order.add(k);
                java.util.Collections.shuffle(order, new java.util.Random(i / n)); // as ClusteringBenchmark does
            }
            // A Poisson process at perDay a day, swinging with the hour (thinning keeps each arrival with the swing).
            t += (long) (-Math.log(1 - random.nextDouble()) * meanGapMs / (1 + diurnal));
            if (random.nextDouble() * (1 + diurnal) > diurnal(diurnal, t)) {
                i--;
                continue;
            }
            if (t >= end) return out;
            int d = order.get(i % n);
            int g = i / n;
            out.add(new ArticleArrival(ids.get(d) + "#" + g, "gold:" + events.get(d) + "#" + g,
                    "gold:" + topics.get(d) + "#" + g, outlet(random, zipf), LANGUAGES[random.nextInt(LANGUAGES.length)],
                    Instant.ofEpochMilli(t)));
        }
    }

    /** Replays the stream through a fresh detector with {@code config} and scores what it signals. */
    public static Result evaluate(Stream stream, BreakingConfig config) {
        BreakingStories detector = new BreakingStories(config);
        List<BreakingSignal> signals = new ArrayList<>();
        int tracked = 0;
        for (ArticleArrival a : stream.arrivals()) {
            signals.addAll(detector.observe(a));
            tracked = Math.max(tracked, detector.trackedStories() + detector.trackedEvents());
        }
        return score(stream, config, signals, tracked);
    }

    /** Scores signals against the stream's injected bursts. */
    public static Result score(Stream stream, BreakingConfig config, List<BreakingSignal> signals, int tracked) {
        Map<String, List<Injected>> bursts = new HashMap<>();
        Map<String, Kind> kinds = new HashMap<>();
        for (Injected i : stream.injected()) {
            kinds.put(i.storyId(), i.kind());
            if (i.isBurst()) bursts.computeIfAbsent(i.storyId(), s -> new ArrayList<>()).add(i);
        }
        Map<Injected, BreakingSignal> found = new HashMap<>();
        Map<Kind, Integer> falseAlarms = new java.util.EnumMap<>(Kind.class);
        for (BreakingSignal s : signals) {
            Instant at = Instant.ofEpochMilli(s.burst());
            if (at.isBefore(stream.measuredFrom())) continue;
            Injected match = null;
            for (Injected i : bursts.getOrDefault(s.storyId(), List.of())) {
                Instant last = i.burstArrivals().get(i.burstArrivals().size() - 1);
                // A signal counts for the burst from its first article to an hour (the window) after its last.
                if (!at.isBefore(i.start()) && !at.isAfter(last.plus(Duration.ofHours(1))) && !found.containsKey(i)) {
                    match = i;
                }
            }
            if (match != null) found.put(match, s);
            else falseAlarms.merge(kinds.getOrDefault(s.storyId(), Kind.BACKGROUND), 1, Integer::sum);
        }
        List<Detection> detections = new ArrayList<>();
        for (Injected i : stream.injected()) {
            if (!i.isBurst()) continue;
            BreakingSignal s = found.get(i);
            if (s == null) {
                detections.add(new Detection(i, null, 0, 0));
                continue;
            }
            Instant at = Instant.ofEpochMilli(s.burst());
            int articles = (int) i.burstArrivals().stream().filter(t -> !t.isAfter(at)).count();
            detections.add(new Detection(i, s, articles, Duration.between(i.start(), at).toMillis() / (double) MINUTE));
        }
        return new Result(config, detections, falseAlarms, stream.measuredDays(), tracked);
    }

    /** The day's swing of a rate at this time: 1 + amplitude · sin, highest at 14:00 UTC. */
    static double diurnal(double amplitude, long epochMs) {
        double hour = Math.floorMod(epochMs, DAY) / (double) HOUR;
        return 1 + amplitude * Math.sin(2 * Math.PI * (hour - 8) / 24);
    }

    private static double[] zipf(int n) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) cumulative[i] = sum += 1.0 / (i + 1);
        for (int i = 0; i < n; i++) cumulative[i] /= sum;
        return cumulative;
    }

    private static String outlet(SplittableRandom random, double[] zipf) {
        double u = random.nextDouble();
        int i = 0;
        while (i < zipf.length - 1 && zipf[i] < u) i++;
        return "outlet-" + (i + 1);
    }

    private static int poisson(SplittableRandom random, double lambda) {
        double limit = Math.exp(-lambda), p = 1;
        int k = -1;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > limit);
        return k;
    }

    /** Builds one stream: background, then the injected stories, sorted by time at the end. */
    private static final class Builder {
        final Plan plan;
        final SplittableRandom random;
        final double[] zipf;
        final long start;
        final long measuredFrom;
        final long end;
        final List<ArticleArrival> arrivals = new ArrayList<>();
        final List<Injected> injected = new ArrayList<>();
        final Map<String, Kind> kinds = new HashMap<>();
        int articles;

        Builder(Plan plan) {
            this(plan, Instant.parse("2024-01-01T00:00:00Z"));
        }

        Builder(Plan plan, Instant start) {
            this.plan = plan;
            this.random = new SplittableRandom(plan.seed() * 0x9E3779B97F4A7C15L + 17);
            this.zipf = zipf(plan.outlets());
            this.start = start.toEpochMilli();
            this.measuredFrom = this.start + plan.warmUpDays() * DAY;
            this.end = measuredFrom + plan.days() * DAY;
        }

        void add(String story, String event, String source, long at) {
            if (at < start || at >= end) return;
            arrivals.add(new ArticleArrival("a" + (++articles), event, story, source,
                    LANGUAGES[random.nextInt(LANGUAGES.length)], Instant.ofEpochMilli(at)));
        }

        /** Stories of 1 to 100 articles (P(size) ∝ 1/size²) at 0.2 to 1.5 an hour, a new event every 12 hours. */
        void syntheticBackground() {
            long total = (long) plan.perDay() * (plan.warmUpDays() + plan.days());
            int n = 0;
            for (long made = 0; made < total; n++) {
                int size = powerLawSize(100);
                double rate = 0.2 + 1.3 * random.nextDouble();
                long first = start + (long) (random.nextDouble() * (end - start));
                String story = "bg" + n;
                kinds.put(story, Kind.BACKGROUND);
                long t = first;
                int kept = 0;
                for (int k = 0; k < size; k++) {
                    if (k > 0) t += (long) (-Math.log(1 - random.nextDouble()) * HOUR / rate);
                    // Thinning: an article kept with the hour's swing (the story's size is what it would be at noon).
                    if (random.nextDouble() * (1 + plan.diurnal()) > diurnal(plan.diurnal(), t)) continue;
                    add(story, story + "/e" + (t - first) / (12 * HOUR), outlet(random, zipf), t);
                    kept++;
                }
                made += kept;
            }
        }

        int powerLawSize(int max) {
            // Inverse transform of the continuous 1/x² law on [1, max + 1), floored.
            double u = random.nextDouble();
            return (int) Math.min(max, Math.floor(1 / (1 - u * (1 - 1.0 / (max + 1)))));
        }

        Stream inject() {
            steady();
            bursts();
            burstsOnStories();
            slowGrowth();
            arrivals.sort(Comparator.comparing(ArticleArrival::arrivedAt)); // stable: ties keep their order
            return new Stream(List.copyOf(arrivals), List.copyOf(injected), Instant.ofEpochMilli(measuredFrom),
                    arrivals.isEmpty() ? Instant.ofEpochMilli(end) : arrivals.get(arrivals.size() - 1).arrivedAt());
        }

        /** Steady stories from the start: a Poisson process at their rate, a new event every 6 hours. */
        void steady() {
            for (int i = 0; i < plan.steadyRates().size(); i++) {
                String story = "steady" + i;
                double rate = plan.steadyRates().get(i);
                poissonStory(story, start, end, h -> rate, 6 * HOUR);
                injected.add(new Injected(story, Kind.STEADY, 0, 0, 0, Instant.ofEpochMilli(start), List.of()));
                kinds.put(story, Kind.STEADY);
            }
        }

        void poissonStory(String story, long from, long to, java.util.function.LongToDoubleFunction ratePerHour, long eventEvery) {
            for (long h = from; h < to; h += HOUR) {
                int n = poisson(random, ratePerHour.applyAsDouble(h) * diurnal(plan.diurnal(), h + HOUR / 2));
                long[] times = new long[n];
                for (int k = 0; k < n; k++) times[k] = h + (long) (random.nextDouble() * HOUR);
                java.util.Arrays.sort(times);
                for (long t : times) add(story, story + "/e" + (t - from) / eventEvery, outlet(random, zipf), t);
            }
        }

        /** Every (k, m, t) with m ≤ k, at random times of the measured days, each a new story. */
        void bursts() {
            int n = 0;
            for (int r = 0; r < plan.repeats(); r++)
                for (int k : plan.burstArticles())
                    for (int m : plan.burstOutlets())
                        for (int minutes : plan.burstMinutes()) {
                            if (m > k) continue;
                            String story = "burst" + n++;
                            long at = measuredFrom + (long) (random.nextDouble() * (end - measuredFrom - 3 * HOUR));
                            injected.add(burst(story, Kind.BURST, k, m, minutes, at));
                            // The tail: half as many again over the next six hours, from anyone.
                            long last = at + minutes * MINUTE;
                            for (int j = 0; j < k / 2; j++) {
                                add(story, story + "/burst" + at, outlet(random, zipf), last + (long) (random.nextDouble() * 6 * HOUR));
                            }
                        }
        }

        /** k articles from m outlets (each of them at least once) within t minutes, the first at {@code at}. */
        Injected burst(String story, Kind kind, int k, int m, int minutes, long at) {
            List<String> outlets = new ArrayList<>();
            while (outlets.size() < m) {
                String o = random.nextInt(3) == 0 ? outlet(random, zipf) : "outlet-" + (1 + random.nextInt(plan.outlets()));
                if (!outlets.contains(o)) outlets.add(o);
            }
            long[] times = new long[k];
            times[0] = at;
            for (int j = 1; j < k; j++) times[j] = at + (long) (random.nextDouble() * minutes * MINUTE);
            java.util.Arrays.sort(times);
            List<Instant> instants = new ArrayList<>();
            String event = story + "/burst" + at;
            for (int j = 0; j < k; j++) {
                String outlet = j < m ? outlets.get(j) : outlets.get(random.nextInt(m));
                add(story, event, outlet, times[j]);
                instants.add(Instant.ofEpochMilli(times[j]));
            }
            kinds.put(story, kind);
            return new Injected(story, kind, k, m, minutes, Instant.ofEpochMilli(at), List.copyOf(instants));
        }

        /** Stories at 2 an hour from the start that get 15 articles from 6 outlets in 30 minutes. */
        void burstsOnStories() {
            for (int i = 0; i < plan.burstsOnStories(); i++) {
                String story = "storyburst" + i;
                poissonStory(story, start, end, h -> 2.0, 12 * HOUR);
                long at = measuredFrom + (long) (random.nextDouble() * (end - measuredFrom - 3 * HOUR));
                injected.add(burst(story, Kind.BURST_ON_STORY, 15, 6, 30, at));
            }
        }

        /** Stories starting in the measured days at 0.3 an hour, growing linearly to 8 an hour over three days. */
        void slowGrowth() {
            for (int i = 0; i < plan.slowGrowth(); i++) {
                String story = "slow" + i;
                long from = measuredFrom + (long) (random.nextDouble() * (end - measuredFrom) * 0.5);
                long to = Math.min(end, from + 3 * DAY);
                poissonStory(story, from, to, h -> 0.3 + 7.7 * (h - from) / (3.0 * DAY), 12 * HOUR);
                injected.add(new Injected(story, Kind.SLOW_GROWTH, 0, 0, 0, Instant.ofEpochMilli(from), List.of()));
                kinds.put(story, Kind.SLOW_GROWTH);
            }
        }
    }
}

package dev.storyline.alerts.breaking;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the stories, and the events, that grow abnormally fast: EMM's "breaking news", the rate of new articles and of
 * new outlets on a story against its own and the system's usual rate.
 * <p>
 * Method: at each arrival, the story's other articles of the last {@link BreakingConfig#window} (an hour; at most
 * {@link BreakingConfig#perSourceCap} counted per outlet) are tested against a Poisson rate: the story's own usual
 * rate, its past hours weighing half every {@link BreakingConfig#halfLife} (over {@link BreakingConfig#baseline} at
 * most), shrunk towards the system's usual rate for a new story (what the stories that appeared in the last day got in
 * their first window besides their first article) as if the story had had {@link BreakingConfig#priorHours} hours at
 * that rate before its first article — the gamma-Poisson posterior mean. So a new story is judged against what a new
 * story usually gets, and an old one against itself: a new story with ten outlets in an hour breaks, one that always
 * gets fifty an hour does not, nor one that grows a little every hour. Rates follow the hour of the day: counts are
 * divided by the stream's volume when they arrive (the other stories' articles in the window against the day's mean)
 * and expectations multiplied by the volume now. The score is -log10 of the Poisson tail; a burst starts at
 * {@link BreakingConfig#threshold} with enough articles, outlets and {@link BreakingConfig#minRatio} times the
 * expected rate, goes on while the window stays at {@link BreakingConfig#hotRatio} times the expected rate, and ends
 * after {@link BreakingConfig#quiet} below it (hysteresis: one signal per burst). Chosen over Kleinberg's automaton
 * (which labels bursts after the fact, over a whole sequence) and over an EWMA z-score (a Gaussian test that is wrong
 * for the small counts of a new story) because it decides online at each arrival, with a calibrated score at any
 * count, and its state is a deterministic function of a bounded past (what {@link #rebuild} relies on).
 * <p>
 * An event is tested the same way, its prior being its story's expected rate: a development that draws more than
 * its whole story usually does breaks even inside a big story. An event's burst inside a story already breaking is
 * not signalled again.
 * <p>
 * Time is only what the arrivals say (an arrival earlier than the latest counts at the latest). Memory: stories and
 * events idle for {@link BreakingConfig#baseline} are forgotten, checked once an hour of arrivals. Thread-safe.
 */
public final class BreakingStories {

    private static final long HOUR = 3_600_000L;
    private static final long DAY = 24 * HOUR;
    /** The quietest the stream is taken to be against its daily mean (and the busiest, inverted). */
    private static final double MIN_VOLUME = 0.25;
    /** The volume is taken as usual until the window holds this many articles' evidence. */
    private static final double VOLUME_PRIOR = 10;

    private final BreakingConfig config;
    private final long windowMs;
    private final long baselineMs;
    private final long quietMs;
    private final long warmUpMs;
    private final double windowHours;
    private final double halfLifeHours;
    private final Map<String, Tracker> stories = new HashMap<>();
    private final Map<String, Tracker> events = new HashMap<>();
    // The whole stream's arrivals in the last window, and per hour over the last day: the hour's swing.
    private final ArrayDeque<Long> systemWindow = new ArrayDeque<>();
    private final ArrayDeque<long[]> systemHours = new ArrayDeque<>();
    private long systemDay;
    private double systemRate;
    private long now = Long.MIN_VALUE;
    private long firstArrival = Long.MIN_VALUE;
    private long sweptHour = Long.MIN_VALUE;

    public BreakingStories(BreakingConfig config) {
        this.config = config;
        this.windowMs = config.window().toMillis();
        this.baselineMs = config.baseline().toMillis();
        this.quietMs = config.quiet().toMillis();
        this.warmUpMs = config.warmUp().toMillis();
        this.windowHours = windowMs / (double) HOUR;
        this.halfLifeHours = config.halfLife().toMillis() / (double) HOUR;
        this.systemRate = config.minRate();
    }

    /**
     * A detector in the state an uninterrupted one would be in after {@code arrivals} (in arrival order): give it
     * the arrivals of the last {@link BreakingConfig#rebuildLookback()} (see {@link RecentArrivals}). What they
     * signal is dropped: it was signalled before the restart.
     */
    public static BreakingStories rebuild(BreakingConfig config, Iterable<ArticleArrival> arrivals) {
        BreakingStories detector = new BreakingStories(config);
        for (ArticleArrival a : arrivals) detector.observe(a);
        return detector;
    }

    public BreakingConfig config() {
        return config;
    }

    /** Takes one arrival into account; returns the bursts it starts (none, or one). */
    public synchronized List<BreakingSignal> observe(ArticleArrival a) {
        long t = Math.max(a.arrivedAt().toEpochMilli(), now);
        if (firstArrival == Long.MIN_VALUE) firstArrival = t;
        now = t;
        long hour = Math.floorDiv(t, HOUR);
        if (hour != sweptHour) {
            sweep(t);
            sweptHour = hour;
        }
        boolean warm = t - firstArrival >= warmUpMs;
        String source = a.source() == null ? "" : a.source();
        Tracker story = a.storyId() == null ? null : stories.computeIfAbsent(a.storyId(), id -> new Tracker(t));
        Tracker event = a.eventId() == null ? null : events.computeIfAbsent(a.eventId(), id -> new Tracker(t));
        if (story != null) story.advance(t);
        double volume = volume(t, story == null ? 0 : story.window.size());
        countSystem(t, hour);
        double storyRate = systemRate;
        Tipped storyTipped = null, eventTipped = null;
        if (story != null) {
            story.add(t, source, volume);
            storyRate = story.usualRate(t, systemRate);
            storyTipped = story.check(t, Math.max(config.minRate(), storyRate * volume));
        }
        if (event != null) {
            event.add(t, source, volume);
            eventTipped = event.check(t, Math.max(config.minRate(), event.usualRate(t, storyRate) * volume));
        }
        if (!warm) return List.of();
        if (storyTipped != null) return List.of(signal(a, t, storyTipped, true));
        if (eventTipped != null && (story == null || !story.inBurst)) return List.of(signal(a, t, eventTipped, false));
        return List.of();
    }

    /**
     * How busy the stream is now against its mean over the last day (1: as usual; 0.5 at night, 1.5 in the
     * afternoon): the articles of the other stories in the last window, so that a story's own burst does not raise its
     * own bar. News swings with the hour of the day; so does what is usual for a story. Counts are taken divided by
     * the volume at their arrival and expectations multiplied by the volume now.
     */
    private double volume(long t, int ownInWindow) {
        while (!systemWindow.isEmpty() && systemWindow.peekFirst() <= t - windowMs) systemWindow.pollFirst();
        double hours = Math.max(1, Math.min(24, (t - firstArrival) / (double) HOUR));
        double usual = systemDay / hours * windowHours;
        if (usual <= 0) return 1;
        // Shrunk towards 1 by a few articles' worth, so that a small desk's few articles an hour do not swing it.
        double v = (systemWindow.size() - ownInWindow + VOLUME_PRIOR) / (usual + VOLUME_PRIOR);
        return Math.max(MIN_VOLUME, Math.min(1 / MIN_VOLUME, v));
    }

    private void countSystem(long t, long hour) {
        systemWindow.addLast(t);
        long[] last = systemHours.peekLast();
        if (last != null && last[0] == hour) last[1]++;
        else systemHours.addLast(new long[]{hour, 1});
        systemDay++;
    }

    /** Stories with state kept (those seen within the baseline). */
    public synchronized int trackedStories() {
        return stories.size();
    }

    /** Events with state kept. */
    public synchronized int trackedEvents() {
        return events.size();
    }

    /** The system's usual rate for a story, articles per hour, as of the last hour's turn. */
    public synchronized double systemRate() {
        return systemRate;
    }

    /** The weight of an hour this long ago (ms) in a story's usual rate. */
    private double weight(long ago) {
        return Math.pow(2, -(ago / (double) HOUR) / halfLifeHours);
    }

    private BreakingSignal signal(ArticleArrival a, long t, Tipped tipped, boolean ofStory) {
        double rate = tipped.articles / windowHours;
        double baseline = tipped.expectedPerHour;
        long minutes = Math.max(1, Math.round((t - tipped.since) / 60_000.0));
        String usual = tipped.established ? (ofStory ? "the story's usual rate" : "the event's usual rate")
                : (ofStory ? "a new story's usual rate" : "its story's usual rate");
        double ratio = rate / baseline;
        String times = ratio >= 10 ? Math.round(ratio) + "x" : String.format(Locale.ROOT, "%.1fx", ratio);
        String why = String.format(Locale.ROOT, "%d articles from %d outlets in %d min, %s %s",
                tipped.articles, tipped.sources, minutes, times, usual);
        if (!ofStory) why = "event: " + why;
        return new BreakingSignal(a.storyId(), a.eventId(), t, tipped.articles, tipped.sources, rate, baseline,
                tipped.score, Instant.ofEpochMilli(tipped.since), why);
    }

    /** Once an hour of arrivals: forget what went idle, and measure the system's usual rate over the last day. */
    private void sweep(long t) {
        long dayAgoHour = Math.floorDiv(t - DAY, HOUR);
        while (!systemHours.isEmpty() && systemHours.peekFirst()[0] <= dayAgoHour) systemDay -= systemHours.pollFirst()[1];
        expire(stories, t);
        expire(events, t);
        // The usual rate of a new story: what the stories that appeared in the last day got in their first window,
        // besides their first article (the arrival a story is tested at is given, the rest of its window is not);
        // the busiest quarter left out, so that the bursts themselves do not raise the bar for the next one.
        List<Integer> extras = new ArrayList<>();
        for (Tracker s : stories.values()) {
            if (s.firstSeen > t - DAY - windowMs && s.firstSeen <= t - windowMs) extras.add(s.firstWindow - 1);
        }
        extras.sort(null);
        int kept = extras.size() - extras.size() / 4;
        long extra = 0;
        for (int i = 0; i < kept; i++) extra += extras.get(i);
        systemRate = kept == 0 ? config.minRate() : Math.max(config.minRate(), extra / (double) kept / windowHours);
    }

    private void expire(Map<String, Tracker> trackers, long t) {
        for (Iterator<Tracker> it = trackers.values().iterator(); it.hasNext(); ) {
            if (it.next().lastSeen <= t - baselineMs) it.remove();
        }
    }

    /** A burst that starts at this arrival. */
    private record Tipped(int articles, int sources, double expectedPerHour, double score, long since,
                          boolean established) {
    }

    /** An arrival in a window, and what it counts for in the history: 1 divided by the stream's volume then. */
    private record Arrived(long at, String source, double weight) {
    }

    /** A past hour of a story: its articles, each divided by the stream's volume at its arrival. */
    private static final class Hour {
        final long hour;
        double articles;

        Hour(long hour) {
            this.hour = hour;
        }
    }

    /** One story's (or event's) recent arrivals and burst state. */
    private final class Tracker {
        final long firstSeen;
        long lastSeen;
        // Articles in the first window after the story appeared.
        int firstWindow;
        final ArrayDeque<Arrived> window = new ArrayDeque<>();
        final Map<String, Integer> windowSources = new HashMap<>();
        // The arrivals that left the window, per hour, within the baseline.
        final ArrayDeque<Hour> history = new ArrayDeque<>();
        boolean inBurst;
        long lastHot;

        Tracker(long firstSeen) {
            this.firstSeen = firstSeen;
        }

        void add(long t, String source, double volume) {
            advance(t);
            window.addLast(new Arrived(t, source, 1 / volume));
            windowSources.merge(source, 1, Integer::sum);
            lastSeen = t;
            if (t < firstSeen + windowMs) firstWindow++;
        }

        void advance(long t) {
            while (!window.isEmpty() && window.peekFirst().at() <= t - windowMs) {
                Arrived old = window.pollFirst();
                windowSources.computeIfPresent(old.source(), (s, n) -> n == 1 ? null : n - 1);
                long hour = Math.floorDiv(old.at(), HOUR);
                if (history.isEmpty() || history.peekLast().hour != hour) history.addLast(new Hour(hour));
                history.peekLast().articles += old.weight();
            }
            long oldestHour = Math.floorDiv(t - baselineMs, HOUR);
            while (!history.isEmpty() && history.peekFirst().hour < oldestHour) history.pollFirst();
        }

        /** Hours of own history behind the window, within the baseline. */
        double historyHours(long t) {
            long from = Math.max(firstSeen, t - baselineMs);
            return Math.max(0, (t - windowMs) - from) / (double) HOUR;
        }

        /**
         * Usual articles per hour at the stream's mean volume: the own history's rate, each past hour weighing half
         * every half-life, shrunk towards {@code prior} (the gamma-Poisson posterior mean). The prior counts as
         * priorHours of history at that rate just before the story's first article, weighing as the past does: it
         * decides for a new story and fades as the story's own history grows.
         */
        double usualRate(long t, double prior) {
            double articles = 0;
            for (Hour hour : history) articles += hour.articles * weight(t - (hour.hour * HOUR + HOUR / 2));
            long from = Math.max(firstSeen, t - baselineMs);
            long to = t - windowMs;
            double scale = halfLifeHours / Math.log(2);
            // The weighted length of the history: the integral of the weight from its start to the window.
            double hours = to <= from ? 0 : scale * (weight(t - to) - weight(t - from));
            long priorStart = Math.min(from, to);
            double priorHours = scale * (weight(t - priorStart) - weight(t - priorStart + (long) (config.priorHours() * HOUR)));
            double rate = (articles + prior * priorHours) / (hours + priorHours);
            return Math.max(config.minRate(), rate);
        }

        Tipped check(long t, double expectedPerHour) {
            if (inBurst && t - lastHot >= quietMs) inBurst = false;
            double lambda = expectedPerHour * windowHours;
            int articles = window.size();
            int capped = 0;
            for (int n : windowSources.values()) capped += Math.min(n, config.perSourceCap());
            // The arrival tested is given; the others of the window are what the rate may or may not explain.
            int others = capped - 1;
            boolean hot = others >= config.hotRatio() * lambda;
            if (inBurst) {
                if (hot) lastHot = t;
                return null;
            }
            if (articles < config.minArticles() || windowSources.size() < config.minSources()
                    || others < config.minRatio() * lambda) return null;
            double score = PoissonTail.score(others, lambda);
            if (score < config.threshold()) return null;
            inBurst = true;
            lastHot = t;
            return new Tipped(articles, windowSources.size(), expectedPerHour, score, window.peekFirst().at(),
                    historyHours(t) >= config.priorHours());
        }
    }
}

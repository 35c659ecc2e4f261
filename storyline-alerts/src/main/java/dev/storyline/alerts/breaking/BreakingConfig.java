package dev.storyline.alerts.breaking;

import java.time.Duration;

/**
 * The breaking-story detector's settings. The defaults are the ones {@code storyline bench breaking} measures.
 *
 * @param window          the short window whose articles are counted against the expected rate
 * @param halfLife        a story's usual rate weighs its past hours by half every this long (so that a story that
 *                        grows slowly is judged against its recent rate, not its rate of days ago)…
 * @param baseline        …over this far back at most (also how long an idle story is kept)
 * @param priorHours      the system's usual rate for a new story counts as this many hours of a story's history before
 *                        its first article (weighing as its past does): it decides for a new story and fades as the
 *                        story's own history grows
 * @param minRate         the lowest expected rate for a story, articles per hour (a quiet system is not a hair trigger)
 * @param perSourceCap    at most this many articles of one outlet count in the window (one outlet's updates are no burst)
 * @param minArticles     a burst has at least this many articles in the window…
 * @param minSources      …from at least this many outlets…
 * @param minRatio        …at least this many times the expected rate (big stories swing with the hour of the day far
 *                        beyond what a Poisson law allows, and a two-fold swing of fifty articles is no news)…
 * @param threshold       …and the score (-log10 of the Poisson tail) at which a burst starts
 * @param hotRatio        a burst goes on while the window's rate is at least this many times the expected rate…
 * @param quiet           …and ends once it has not been for this long; a new burst of the story needs that quiet
 * @param warmUp          no signal in the first this long of the stream: the system's usual rate is not known yet
 */
public record BreakingConfig(Duration window, Duration halfLife, Duration baseline, double priorHours, double minRate,
                             int perSourceCap, int minArticles, int minSources, double minRatio, double threshold,
                             double hotRatio, Duration quiet, Duration warmUp) {

    public BreakingConfig {
        if (window.isNegative() || window.isZero()) throw new IllegalArgumentException("window must be positive");
        if (halfLife.isNegative() || halfLife.isZero()) throw new IllegalArgumentException("halfLife must be positive");
        if (baseline.compareTo(window) <= 0) throw new IllegalArgumentException("baseline must be longer than the window");
        if (priorHours <= 0 || minRate <= 0) throw new IllegalArgumentException("priorHours and minRate must be positive");
        if (perSourceCap < 1 || minArticles < 1 || minSources < 1) throw new IllegalArgumentException("caps and minimums must be at least 1");
        if (hotRatio <= 0 || minRatio <= 0) throw new IllegalArgumentException("hotRatio and minRatio must be positive");
        if (quiet.isNegative() || warmUp.isNegative()) throw new IllegalArgumentException("quiet and warmUp must not be negative");
    }

    public static BreakingConfig defaults() {
        return new BreakingConfig(Duration.ofHours(1), Duration.ofHours(12), Duration.ofDays(3), 6, 0.1, 3, 5, 3, 3.0,
                6.0, 2.0, Duration.ofHours(3), Duration.ofHours(24));
    }

    public BreakingConfig withThreshold(double t) {
        return new BreakingConfig(window, halfLife, baseline, priorHours, minRate, perSourceCap, minArticles, minSources,
                minRatio, t, hotRatio, quiet, warmUp);
    }

    public BreakingConfig withHalfLife(Duration h) {
        return new BreakingConfig(window, h, baseline, priorHours, minRate, perSourceCap, minArticles, minSources,
                minRatio, threshold, hotRatio, quiet, warmUp);
    }

    public BreakingConfig withWarmUp(Duration w) {
        return new BreakingConfig(window, halfLife, baseline, priorHours, minRate, perSourceCap, minArticles, minSources,
                minRatio, threshold, hotRatio, quiet, w);
    }

    /**
     * How far back a detector rebuilt at a restart must read arrivals to be in the state an uninterrupted one is in:
     * twice the {@link #baseline} and a day. A story's usual rate looks back one baseline; a story the uninterrupted
     * detector still remembers from before that (its arrivals never a baseline apart) has arrivals in the baseline
     * before, so the rebuilt one knows it as old too; and the day lets the bursts that the replay's short memory
     * imagines at its start end before it does. The system's usual rate looks back a day.
     */
    public Duration rebuildLookback() {
        Duration lookback = baseline.multipliedBy(2).plus(Duration.ofDays(1));
        return lookback.compareTo(warmUp) >= 0 ? lookback : warmUp;
    }
}

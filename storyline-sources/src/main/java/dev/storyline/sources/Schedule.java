package dev.storyline.sources;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * When a source is polled next. A poll that brought new articles halves the interval, a quiet one lengthens it by
 * half, always within the source's bounds ({@link SourceSettings}: 5 min … 6 h by default), so a busy outlet is
 * polled every few minutes and a dormant blog a few times a day. A failing source backs off exponentially from
 * the shortest interval (honouring a longer {@code Retry-After}) and is paused, with its reason, after
 * {@code pauseAfter} failures in a row or at once on a permanent failure (gone, forbidden by robots.txt): it is never
 * retried in a tight loop, and a paused source waits for the user.
 *
 * @param pauseAfter failures in a row that pause a source (8 by default: about 17 hours of failing at the defaults)
 */
public record Schedule(int pauseAfter) {

    public static final Schedule DEFAULT = new Schedule(8);

    public Schedule {
        if (pauseAfter < 1) throw new IllegalArgumentException("pauseAfter must be >= 1, was " + pauseAfter);
    }

    /** The status after a poll that worked (possibly with some of the source's feeds failing: {@code partialError}). */
    public SourceStatus succeeded(SourceStatus st, SourceSettings settings, Instant now, int newArticles, String result,
                                  Map<URI, Validators> validators, String partialError) {
        Duration interval = newArticles > 0 ? st.interval().dividedBy(2) : st.interval().plus(st.interval().dividedBy(2));
        interval = clamp(interval, settings);
        return st.with(st.polls() + 1, now, result, now.plus(interval), interval, 0, null,
                partialError != null ? partialError : st.lastError(), partialError != null ? now : st.lastErrorAt(), validators);
    }

    /** The status after a poll that failed as a whole. */
    public SourceStatus failed(SourceStatus st, SourceSettings settings, Instant now, String error, Duration retryAfter,
                               boolean permanent) {
        int failures = st.consecutiveFailures() + 1;
        Duration backoff = settings.minInterval().multipliedBy(1L << Math.min(failures - 1, 20));
        if (backoff.compareTo(settings.maxInterval()) > 0) backoff = settings.maxInterval();
        if (retryAfter != null && retryAfter.compareTo(backoff) > 0) backoff = retryAfter;
        String paused = permanent ? "stopped: " + error
                : failures >= pauseAfter ? "paused after " + failures + " failures in a row; the last: " + error : null;
        return st.with(st.polls(), now, "failed: " + error, now.plus(backoff), st.interval(), failures, paused, error, now,
                st.validators());
    }

    private static Duration clamp(Duration d, SourceSettings s) {
        if (d.compareTo(s.minInterval()) < 0) return s.minInterval();
        if (d.compareTo(s.maxInterval()) > 0) return s.maxInterval();
        return d;
    }
}

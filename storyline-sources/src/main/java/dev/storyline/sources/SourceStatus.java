package dev.storyline.sources;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Where following a source stands.
 *
 * @param added               when the source was added
 * @param polls               how many polls succeeded (0: the next is its first, with the age cut-off)
 * @param lastFetch           when it was last polled, or null
 * @param lastResult          what that poll gave, for people ("2 new articles", "not modified", "failed: …")
 * @param nextFetch           when it is due again
 * @param interval            the current polling interval, which adapts within the settings' bounds
 * @param consecutiveFailures polls that failed in a row (reset by a success)
 * @param pausedReason        why following it stopped (too many failures, a permanent error), or null when followed
 * @param lastError           the last error with its reason, or null
 * @param lastErrorAt         when it happened, or null
 * @param validators          each feed's and sitemap's validators from its last answer, by URL
 * @param addedByDay          articles added from it per day (UTC), the last 8 days only
 */
public record SourceStatus(Instant added, long polls, Instant lastFetch, String lastResult, Instant nextFetch,
                           Duration interval, int consecutiveFailures, String pausedReason, String lastError,
                           Instant lastErrorAt, Map<URI, Validators> validators, NavigableMap<LocalDate, Integer> addedByDay) {

    private static final int DAYS_KEPT = 8;

    public SourceStatus {
        Objects.requireNonNull(added, "added");
        Objects.requireNonNull(nextFetch, "nextFetch");
        Objects.requireNonNull(interval, "interval");
        validators = validators == null ? Map.of() : Map.copyOf(validators);
        addedByDay = addedByDay == null ? new TreeMap<>() : java.util.Collections.unmodifiableNavigableMap(new TreeMap<>(addedByDay));
    }

    /** A new source: due at once, polled at the shortest interval until it shows how busy it is. */
    public static SourceStatus fresh(Instant now, SourceSettings settings) {
        return new SourceStatus(now, 0, null, null, now, settings.minInterval(), 0, null, null, null, Map.of(), new TreeMap<>());
    }

    public boolean paused() {
        return pausedReason != null;
    }

    public boolean dueAt(Instant now) {
        return !paused() && !nextFetch.isAfter(now);
    }

    public int articlesOn(LocalDate day) {
        return addedByDay.getOrDefault(day, 0);
    }

    /** Articles added in the 7 days ending with {@code today}, today included. */
    public int articlesLast7Days(LocalDate today) {
        return addedByDay.subMap(today.minusDays(6), true, today, true).values().stream().mapToInt(Integer::intValue).sum();
    }

    /** This status with {@code count} more articles added on {@code day}, forgetting days beyond the last 8. */
    public SourceStatus withArticlesAdded(LocalDate day, int count) {
        if (count == 0) return this;
        TreeMap<LocalDate, Integer> days = new TreeMap<>(addedByDay);
        days.merge(day, count, Integer::sum);
        while (days.size() > DAYS_KEPT) days.pollFirstEntry();
        return new SourceStatus(added, polls, lastFetch, lastResult, nextFetch, interval, consecutiveFailures,
                pausedReason, lastError, lastErrorAt, validators, days);
    }

    /** Followed again (the user resumed it): due now, failures forgotten. */
    public SourceStatus resumed(Instant now) {
        return new SourceStatus(added, polls, lastFetch, lastResult, now, interval, 0, null, lastError, lastErrorAt,
                validators, addedByDay);
    }

    SourceStatus with(long newPolls, Instant newLastFetch, String newLastResult, Instant newNextFetch, Duration newInterval,
                      int newFailures, String newPausedReason, String newLastError, Instant newLastErrorAt,
                      Map<URI, Validators> newValidators) {
        return new SourceStatus(added, newPolls, newLastFetch, newLastResult, newNextFetch, newInterval, newFailures,
                newPausedReason, newLastError, newLastErrorAt, newValidators, addedByDay);
    }
}

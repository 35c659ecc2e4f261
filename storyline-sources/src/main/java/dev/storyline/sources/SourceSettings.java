package dev.storyline.sources;

import java.time.Duration;
import java.util.Objects;

/**
 * How one source is followed.
 *
 * @param minInterval           the shortest time between two polls, however busy the source (politeness)
 * @param maxInterval           the longest time between two polls, however quiet the source (freshness)
 * @param firstPollMaxAge       on a source's first poll, items older than this are not fetched, so that adding a big
 *                              outlet does not pull its whole archive
 * @param allowPrivateAddresses whether the source may be fetched from private and loopback addresses (refused by
 *                              default against server-side request forgery)
 */
public record SourceSettings(Duration minInterval, Duration maxInterval, Duration firstPollMaxAge,
                             boolean allowPrivateAddresses) {

    /** A feed is never polled more often than every 5 minutes nor less often than every 6 hours. */
    public static final Duration DEFAULT_MIN_INTERVAL = Duration.ofMinutes(5);
    public static final Duration DEFAULT_MAX_INTERVAL = Duration.ofHours(6);
    public static final Duration DEFAULT_FIRST_POLL_MAX_AGE = Duration.ofDays(3);

    public static final SourceSettings DEFAULTS = new SourceSettings(DEFAULT_MIN_INTERVAL, DEFAULT_MAX_INTERVAL,
            DEFAULT_FIRST_POLL_MAX_AGE, false);

    public SourceSettings {
        Objects.requireNonNull(minInterval, "minInterval");
        Objects.requireNonNull(maxInterval, "maxInterval");
        Objects.requireNonNull(firstPollMaxAge, "firstPollMaxAge");
        if (minInterval.isNegative() || minInterval.isZero()) throw new IllegalArgumentException("minInterval must be > 0, was " + minInterval);
        if (maxInterval.compareTo(minInterval) < 0) {
            throw new IllegalArgumentException("maxInterval " + maxInterval + " is shorter than minInterval " + minInterval);
        }
        if (firstPollMaxAge.isNegative()) throw new IllegalArgumentException("firstPollMaxAge must be >= 0, was " + firstPollMaxAge);
    }

    public SourceSettings withAllowPrivateAddresses(boolean allow) {
        return new SourceSettings(minInterval, maxInterval, firstPollMaxAge, allow);
    }
}

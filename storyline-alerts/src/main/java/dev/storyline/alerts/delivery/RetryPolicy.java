package dev.storyline.alerts.delivery;

import java.time.Duration;
import java.util.Random;

/**
 * When to try a failed parcel again: exponential backoff with jitter, then parking. After the n-th failure the
 * next attempt waits {@code base × 2^(n-1)}, at most {@code cap}, times a random factor in [0.8, 1.2) so that many
 * parcels failing together do not retry together; a receiver's Retry-After is honoured as asked (up to a day).
 * After {@code maxFailures} failures the parcel is parked.
 * Defaults: 30 s, 1 min, 2 min, 4 min, 8 min, 16 min, 32 min, then parked at the 8th failure (about an hour).
 */
public record RetryPolicy(int maxFailures, Duration base, Duration cap, Random random) {

    static final Duration LONGEST_RETRY_AFTER = Duration.ofDays(1);

    public static RetryPolicy standard() {
        return new RetryPolicy(8, Duration.ofSeconds(30), Duration.ofHours(1), new Random());
    }

    public RetryPolicy {
        if (maxFailures < 1) throw new IllegalArgumentException("maxFailures must be >= 1, was " + maxFailures);
    }

    public RetryPolicy withMaxFailures(int n) {
        return new RetryPolicy(n, base, cap, random);
    }

    /** The wait after {@code failures} failures (1 for the first); {@code retryAfter} is the receiver's, else null. */
    public Duration delay(int failures, Duration retryAfter) {
        if (retryAfter != null) return retryAfter.compareTo(LONGEST_RETRY_AFTER) > 0 ? LONGEST_RETRY_AFTER : retryAfter;
        long doubled = base.toMillis() << Math.min(failures - 1, 30);
        long capped = Math.min(doubled, cap.toMillis());
        double jitter;
        synchronized (random) {
            jitter = 0.8 + 0.4 * random.nextDouble();
        }
        return Duration.ofMillis((long) (capped * jitter));
    }

    public boolean parks(int failures) {
        return failures >= maxFailures;
    }
}

package dev.storyline.alerts.delivery;

import dev.storyline.alerts.Match;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one delivery sends: a single match (as it happens), or a digest of a period's matches, sealed when the period
 * ended so that a crash mid-send re-sends the same digest, under the same id, with the same matches.
 *
 * @param id          the idempotency key a receiver de-duplicates by: the match's id, or for a digest
 *                    {@code alertId + ":digest:hourly:" + period start} (deterministic, so a re-send carries the same id)
 * @param alertId     whose matches these are
 * @param period      the digest's period, else null
 * @param matches     what it carries, oldest first
 * @param attempts    failed attempts so far
 * @param nextAttempt not to be tried before this
 * @param lastError   why the last attempt failed, else null
 */
public record Parcel(String id, String alertId, Period period, List<Match> matches, int attempts, Instant nextAttempt,
                     String lastError) {

    public Parcel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(alertId, "alertId");
        matches = List.copyOf(matches);
        if (matches.isEmpty()) throw new IllegalArgumentException("a parcel carries at least one match");
    }

    static Parcel single(Match match, Instant due) {
        return new Parcel(match.id(), match.alertId(), null, List.of(match), 0, due, null);
    }

    static Parcel digest(String alertId, Period period, List<Match> matches) {
        return new Parcel(digestId(alertId, period), alertId, period, matches, 0, period.end(), null);
    }

    /** A digest's id: the alert, its frequency and period, nothing that could differ between two sends of it. */
    static String digestId(String alertId, Period period) {
        return alertId + ":digest:" + period.frequency().name().toLowerCase(java.util.Locale.ROOT) + ":" + period.start();
    }

    public boolean isDigest() {
        return period != null;
    }

    Parcel failed(String error, Instant next) {
        return new Parcel(id, alertId, period, matches, attempts + 1, next, error);
    }

    /** Back in the queue from the parked list: tried again at once, its count of failures from zero. */
    Parcel retried(Instant now) {
        return new Parcel(id, alertId, period, matches, 0, now, lastError);
    }
}

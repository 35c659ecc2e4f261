package dev.storyline.alerts.delivery;

import dev.storyline.alerts.Frequency;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The span of one digest: an hour or a day (UTC), from {@code start} inclusive to {@code end} exclusive.
 */
public record Period(Frequency frequency, Instant start, Instant end) {

    public Period {
        Objects.requireNonNull(frequency, "frequency");
        if (frequency == Frequency.AS_IT_HAPPENS) throw new IllegalArgumentException("as-it-happens delivery has no period");
        if (!start.isBefore(end)) throw new IllegalArgumentException("a period ends after it starts");
    }

    /** The period of {@code frequency} that holds {@code instant}. */
    public static Period of(Frequency frequency, Instant instant) {
        ChronoUnit unit = frequency == Frequency.HOURLY ? ChronoUnit.HOURS : ChronoUnit.DAYS;
        Instant start = instant.truncatedTo(unit);
        return new Period(frequency, start, start.plus(1, unit));
    }

    public boolean endedBy(Instant now) {
        return !now.isBefore(end);
    }
}

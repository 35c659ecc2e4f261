package dev.storyline.alerts.delivery;

import dev.storyline.alerts.Frequency;
import dev.storyline.alerts.Match;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One alert's delivery state on one channel, kept durably: how far into the match log it has taken matches
 * ({@code enqueuedThrough}, the alert's cursor), the matches waiting for their digest period to end, the parcels
 * to send (oldest first), those parked after too many failures, and the last attempt.
 *
 * @param enqueuedThrough the log position of the last match taken in (a match at or before it is never taken again)
 * @param open            matches of a digest alert whose period has not ended yet
 * @param sealedThrough   the end of the latest digest period sealed: a later match goes in a later digest
 * @param queue           parcels to deliver, in order
 * @param parked          parcels that failed too often, with the reason, until {@code alerts retry}
 * @param last            the latest attempt, else null
 * @param delivered       how many parcels were delivered
 */
public record AlertOutbox(String alertId, long enqueuedThrough, List<Match> open, Instant sealedThrough,
                          List<Parcel> queue, List<Parcel> parked, LastDelivery last, long delivered) {

    public AlertOutbox {
        open = List.copyOf(open);
        queue = List.copyOf(queue);
        parked = List.copyOf(parked);
    }

    static AlertOutbox empty(String alertId) {
        return new AlertOutbox(alertId, 0, List.of(), Instant.EPOCH, List.of(), List.of(), null, 0);
    }

    /**
     * Takes in a match found at {@code position}: a parcel of its own when delivered as it happens, else it waits
     * for its digest. A match at or before the cursor was taken already and changes nothing.
     */
    AlertOutbox take(long position, Match match, Frequency frequency, Instant now) {
        if (position <= enqueuedThrough) return this;
        if (frequency == Frequency.AS_IT_HAPPENS) {
            return new AlertOutbox(alertId, position, open, sealedThrough, plus(queue, Parcel.single(match, now)), parked, last, delivered);
        }
        List<Match> waiting = new ArrayList<>(open);
        waiting.add(match);
        return new AlertOutbox(alertId, position, waiting, sealedThrough, queue, parked, last, delivered);
    }

    /**
     * Seals the digests of every period that has ended by {@code now}: each waiting match goes in the period of its
     * finding, or the first period after the last one sealed (so a match found late never reopens a digest sent).
     */
    AlertOutbox sealDigests(Frequency frequency, Instant now) {
        if (open.isEmpty()) return this;
        if (frequency == Frequency.AS_IT_HAPPENS) {
            // The alert changed to as-it-happens: what waited goes out at once, one by one.
            List<Parcel> sent = new ArrayList<>(queue);
            for (Match m : open) sent.add(Parcel.single(m, now));
            return new AlertOutbox(alertId, enqueuedThrough, List.of(), sealedThrough, sent, parked, last, delivered);
        }
        Map<Instant, List<Match>> byPeriod = new TreeMap<>();
        Map<Instant, Period> periods = new TreeMap<>();
        for (Match m : open) {
            Instant at = m.matchedAt().isBefore(sealedThrough) ? sealedThrough : m.matchedAt();
            Period p = Period.of(frequency, at);
            periods.putIfAbsent(p.start(), p);
            byPeriod.computeIfAbsent(p.start(), k -> new ArrayList<>()).add(m);
        }
        List<Match> stillOpen = new ArrayList<>();
        List<Parcel> sealed = new ArrayList<>(queue);
        Instant through = sealedThrough;
        for (Map.Entry<Instant, List<Match>> e : byPeriod.entrySet()) {
            Period p = periods.get(e.getKey());
            if (p.endedBy(now)) {
                List<Match> matches = new ArrayList<>(e.getValue());
                matches.sort(Comparator.comparing(Match::matchedAt));
                sealed.add(Parcel.digest(alertId, p, matches));
                if (p.end().isAfter(through)) through = p.end();
            } else {
                stillOpen.addAll(e.getValue());
            }
        }
        if (stillOpen.size() == open.size()) return this;
        return new AlertOutbox(alertId, enqueuedThrough, stillOpen, through, sealed, parked, last, delivered);
    }

    /** The head parcel was delivered. */
    AlertOutbox deliveredHead(LastDelivery attempt) {
        return new AlertOutbox(alertId, enqueuedThrough, open, sealedThrough, queue.subList(1, queue.size()), parked, attempt, delivered + 1);
    }

    /** The head parcel failed: it waits until its next attempt. */
    AlertOutbox failedHead(Parcel retried, LastDelivery attempt) {
        List<Parcel> q = new ArrayList<>(queue);
        q.set(0, retried);
        return new AlertOutbox(alertId, enqueuedThrough, open, sealedThrough, q, parked, attempt, delivered);
    }

    /** The head parcel failed for the last time: parked, the queue goes on with the next. */
    AlertOutbox parkedHead(Parcel failed, LastDelivery attempt) {
        return new AlertOutbox(alertId, enqueuedThrough, open, sealedThrough, queue.subList(1, queue.size()), plus(parked, failed), attempt, delivered);
    }

    /** Every parked parcel back at the end of the queue, due at once. */
    AlertOutbox retryParked(Instant now) {
        if (parked.isEmpty()) return this;
        List<Parcel> q = new ArrayList<>(queue);
        for (Parcel p : parked) q.add(p.retried(now));
        return new AlertOutbox(alertId, enqueuedThrough, open, sealedThrough, q, List.of(), last, delivered);
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> more = new ArrayList<>(list);
        more.add(item);
        return more;
    }
}

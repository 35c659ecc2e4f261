package dev.storyline.alerts.delivery;

import dev.storyline.alerts.Delivery;
import dev.storyline.alerts.MatchLog;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Delivers the alerts' matches from the match log (the outbox) on each channel, at least once: per channel a
 * cursor over the log takes new matches into each alert's {@link AlertOutbox} (written before the cursor moves, so
 * a crash takes nothing twice and loses nothing), digests are sealed when their period ends, then each alert's
 * parcels are sent in order. A parcel leaves its queue only once the receiver took it, in a state written after the
 * send: a crash between the two sends it again, under the same idempotency key, and the receiver drops the repeat.
 * A failed parcel waits ({@link RetryPolicy}), and the alert's later parcels wait behind it, so that a receiver that
 * is down is not hammered; after too many failures it is parked with its reason.
 */
public final class Deliverer {

    /** Matches read from the log at a time. */
    private static final int BATCH = 1000;
    /**
     * Parcels an alert's state holds at most on a channel: behind a receiver that is down, the rest wait in the log
     * (the channel's cursor holds before them), so that the state written at each delivery stays small.
     */
    static final int MAX_QUEUED = 100;

    private final MatchLog log;
    private final Function<String, Optional<Delivery>> settings;
    private final List<Channel> channels;
    private final OutboxStore store;
    private final Clock clock;
    private final RetryPolicy retry;
    private final int maxQueued;

    /**
     * @param settings an alert's delivery setting by its id; empty for an alert that no longer exists (its matches
     *                 are not delivered, what is queued for it stays as it is)
     */
    public Deliverer(MatchLog log, Function<String, Optional<Delivery>> settings, List<Channel> channels,
                     OutboxStore store, Clock clock, RetryPolicy retry) {
        this(log, settings, channels, store, clock, retry, MAX_QUEUED);
    }

    Deliverer(MatchLog log, Function<String, Optional<Delivery>> settings, List<Channel> channels,
              OutboxStore store, Clock clock, RetryPolicy retry, int maxQueued) {
        this.maxQueued = maxQueued;
        this.log = log;
        this.settings = settings;
        this.channels = List.copyOf(channels);
        this.store = store;
        this.clock = clock;
        this.retry = retry;
    }

    public OutboxStore store() {
        return store;
    }

    /** One attempt, as {@code alerts deliver} prints it. */
    public record Attempt(String channel, String alertId, String parcelId, int matches, LastDelivery.Status status,
                          String detail, Instant nextAttempt) {
    }

    /**
     * What a pass did.
     *
     * @param ran       false when another deliverer held the lock (nothing was done)
     * @param waiting   parcels and digest matches still to deliver after the pass
     * @param problems  state files or log reads that failed, with the reason
     */
    public record Report(boolean ran, int delivered, int failed, int parked, int waiting, List<String> problems) {
    }

    /**
     * Takes new matches in and sends what is due, for at most about {@code budget} (a send under way finishes),
     * telling each attempt to {@code attempts}.
     */
    public Report pass(Duration budget, Consumer<Attempt> attempts) throws IOException {
        return pass(budget, attempts, () -> false);
    }

    /** A pass that also stops taking new sends once {@code stop} says so (the server is stopping). */
    public Report pass(Duration budget, Consumer<Attempt> attempts, java.util.function.BooleanSupplier stop) throws IOException {
        long deadline = System.nanoTime() + budget.toNanos();
        try (OutboxStore.Lock lock = store.tryLock()) {
            if (lock == null) return new Report(false, 0, 0, 0, 0, List.of());
            Tally tally = new Tally();
            for (Channel channel : channels) {
                try {
                    enqueue(channel, deadline, tally);
                } catch (IOException e) {
                    // The cursor stays where it was (nothing is skipped); what is queued already still goes out.
                    tally.problems.add(channel.name() + ": new matches not taken in: " + e.getMessage());
                }
                if (stop.getAsBoolean()) break;
                send(channel, deadline, tally, attempts, stop);
            }
            return new Report(true, tally.delivered, tally.failed, tally.parked, tally.waiting, List.copyOf(tally.problems));
        }
    }

    private static final class Tally {
        int delivered;
        int failed;
        int parked;
        int waiting;
        final List<String> problems = new java.util.ArrayList<>();
    }

    /**
     * Moves the channel's cursor over the log, taking each new match into its alert's outbox first. An alert whose
     * state cannot be read is told and left out, and the saved cursor stays before its first match left out, so that
     * nothing is skipped for good (the others' matches are taken in; their own cursors keep them from being taken twice).
     */
    private void enqueue(Channel channel, long deadline, Tally tally) throws IOException {
        long cursor = store.cursor(channel.name());
        long holdAt = -1;
        Map<String, String> unreadable = new LinkedHashMap<>();
        Instant now = clock.instant();
        while (System.nanoTime() <= deadline) {
            List<MatchLog.Positioned> batch = log.after(cursor, BATCH);
            if (batch.isEmpty()) break;
            Map<String, AlertOutbox> touched = new LinkedHashMap<>();
            Map<String, Optional<Delivery>> settingsNow = new java.util.HashMap<>();
            for (MatchLog.Positioned p : batch) {
                String alertId = p.match().alertId();
                Optional<Delivery> delivery = settingsNow.computeIfAbsent(alertId, settings);
                if (delivery.isEmpty() || !channel.appliesTo(delivery.get())) continue;
                AlertOutbox box = touched.get(alertId);
                if (box == null && !unreadable.containsKey(alertId)) {
                    try {
                        box = store.outbox(channel.name(), alertId).orElseGet(() -> AlertOutbox.empty(alertId));
                    } catch (IOException e) {
                        unreadable.put(alertId, e.getMessage());
                    }
                }
                if (box == null || (box.queue().size() >= maxQueued && p.position() > box.enqueuedThrough())) {
                    // Left in the log for a later pass: this alert's later matches too, so that none is passed over.
                    if (holdAt < 0) holdAt = p.position() - 1;
                    continue;
                }
                touched.put(alertId, box.take(p.position(), p.match(), delivery.get().frequency(), now));
            }
            for (AlertOutbox box : touched.values()) store.save(channel.name(), box);
            cursor = batch.get(batch.size() - 1).position();
            store.saveCursor(channel.name(), holdAt >= 0 ? holdAt : cursor);
        }
        unreadable.values().forEach(reason -> tally.problems.add(reason + " (its new matches wait until it is fixed or removed)"));
    }

    private void send(Channel channel, long deadline, Tally tally, Consumer<Attempt> attempts,
                      java.util.function.BooleanSupplier stop) throws IOException {
        for (AlertOutbox stored : store.outboxes(channel.name(), e -> tally.problems.add(e.getMessage()))) {
            Optional<Delivery> delivery = settings.apply(stored.alertId());
            if (delivery.isEmpty() || !channel.appliesTo(delivery.get())) continue;
            AlertOutbox box = stored.sealDigests(delivery.get().frequency(), clock.instant());
            if (box != stored) store.save(channel.name(), box);
            while (!box.queue().isEmpty() && System.nanoTime() < deadline && !stop.getAsBoolean()) {
                Parcel head = box.queue().get(0);
                Instant now = clock.instant();
                if (head.nextAttempt().isAfter(now)) break;
                Channel.Outcome outcome = sendSafely(channel, head, delivery.get());
                Instant after = clock.instant();
                if (outcome.delivered()) {
                    box = box.deliveredHead(new LastDelivery(after, head.id(), LastDelivery.Status.DELIVERED, outcome.detail()));
                    store.save(channel.name(), box);
                    tally.delivered++;
                    attempts.accept(new Attempt(channel.name(), box.alertId(), head.id(), head.matches().size(),
                            LastDelivery.Status.DELIVERED, outcome.detail(), null));
                    continue;
                }
                int failures = head.attempts() + 1;
                if (retry.parks(failures)) {
                    String reason = outcome.detail() + " (parked after " + failures + " failed attempts)";
                    box = box.parkedHead(head.failed(reason, after), new LastDelivery(after, head.id(), LastDelivery.Status.PARKED, reason));
                    store.save(channel.name(), box);
                    tally.parked++;
                    attempts.accept(new Attempt(channel.name(), box.alertId(), head.id(), head.matches().size(),
                            LastDelivery.Status.PARKED, reason, null));
                    continue;
                }
                Instant next = after.plus(retry.delay(failures, outcome.retryAfter()));
                box = box.failedHead(head.failed(outcome.detail(), next),
                        new LastDelivery(after, head.id(), LastDelivery.Status.FAILED, outcome.detail()));
                store.save(channel.name(), box);
                tally.failed++;
                attempts.accept(new Attempt(channel.name(), box.alertId(), head.id(), head.matches().size(),
                        LastDelivery.Status.FAILED, outcome.detail(), next));
                break;
            }
            tally.waiting += box.queue().size() + box.open().size();
        }
    }

    private static Channel.Outcome sendSafely(Channel channel, Parcel parcel, Delivery delivery) {
        try {
            return channel.send(parcel, delivery);
        } catch (RuntimeException e) {
            return Channel.Outcome.failed(channel.name() + " failed: " + e);
        }
    }

    /**
     * Puts an alert's parked parcels back in its queues on every channel, due at once, their failures counted from
     * zero; how many. Waits up to {@code wait} for a pass under way to finish.
     */
    public int retryParked(String alertId, Duration wait) throws IOException, InterruptedException {
        return store.retryParked(alertId, clock.instant(), wait);
    }
}

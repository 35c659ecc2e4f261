package dev.storyline.alerts.delivery;

import dev.storyline.alerts.Delivery;
import dev.storyline.alerts.Frequency;
import dev.storyline.alerts.JsonlMatchLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The order of the outbox's writes, which the at-least-once guarantee rests on: while a parcel is being sent, the
 * state on disk still has it queued, so that a crash during the send sends it again.
 */
class OutboxOrderTest {

    @TempDir
    Path dir;

    /** A channel that, at each send, reads what the state on disk says at that moment. */
    private static final class Observing implements Channel {
        final OutboxStore store;
        final List<String> queuedOnDiskDuringSend = new ArrayList<>();

        Observing(OutboxStore store) {
            this.store = store;
        }

        @Override
        public String name() {
            return "observed";
        }

        @Override
        public boolean appliesTo(Delivery delivery) {
            return true;
        }

        @Override
        public Outcome send(Parcel parcel, Delivery delivery) {
            try {
                AlertOutbox onDisk = store.outbox(name(), parcel.alertId()).orElseThrow();
                queuedOnDiskDuringSend.add(onDisk.queue().get(0).id());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Outcome.delivered("seen");
        }
    }

    @Test
    void aParcelIsStillQueuedOnDiskWhileItIsSent() throws IOException {
        Instant t = Instant.parse("2026-12-04T10:00:00Z");
        try (JsonlMatchLog log = JsonlMatchLog.open(dir.resolve("alerts"))) {
            log.append(List.of(Matches.of("a", 1, t), Matches.of("a", 2, t)));
            OutboxStore store = OutboxStore.in(dir);
            Observing channel = new Observing(store);
            Delivery delivery = new Delivery(Frequency.AS_IT_HAPPENS, URI.create("https://example.org/hook"), "s", List.of());
            Deliverer deliverer = new Deliverer(log, id -> Optional.of(delivery), List.of(channel), store,
                    new TestClock(t), RetryPolicy.standard());

            deliverer.pass(Duration.ofSeconds(10), a -> { });

            assertEquals(List.of("a:k1", "a:k2"), channel.queuedOnDiskDuringSend, "each parcel was on disk, queued, as it went out");
            AlertOutbox after = store.outbox("observed", "a").orElseThrow();
            assertEquals(List.of(), after.queue());
            assertEquals(2, after.delivered());
            assertEquals(2, after.enqueuedThrough());
        }
    }
}

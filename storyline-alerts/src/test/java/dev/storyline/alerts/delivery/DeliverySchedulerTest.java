package dev.storyline.alerts.delivery;

import dev.storyline.alerts.Delivery;
import dev.storyline.alerts.Frequency;
import dev.storyline.alerts.JsonlMatchLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeliverySchedulerTest {

    @TempDir
    Path dir;

    @Test
    void aNudgeDeliversNewMatchesWithoutWaitingForTheIntervalAndStopEndsTheThread() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(); JsonlMatchLog log = JsonlMatchLog.open(dir.resolve("alerts"))) {
            Delivery delivery = new Delivery(Frequency.AS_IT_HAPPENS, receiver.url(), "secret", List.of());
            Deliverer deliverer = new Deliverer(log, id -> Optional.of(delivery),
                    List.of(new WebhookChannel(Duration.ofSeconds(2), Duration.ofSeconds(5), true, DeskLinks.unknown(), Clock.systemUTC())),
                    OutboxStore.in(dir), Clock.systemUTC(), RetryPolicy.standard());
            DeliveryScheduler scheduler = new DeliveryScheduler(deliverer, Duration.ofHours(1), a -> { }).start();
            Thread.sleep(200); // the first pass, at start, finds nothing

            log.append(List.of(Matches.of("a", 1, Instant.now())));
            scheduler.nudge();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (receiver.received().isEmpty() && System.nanoTime() < deadline) Thread.sleep(20);

            assertEquals(List.of("a:k1"), receiver.received().stream().map(WebhookReceiver.Received::delivery).toList());
            long stopping = System.nanoTime();
            scheduler.stop(Duration.ofSeconds(10));
            assertTrue(System.nanoTime() - stopping < Duration.ofSeconds(5).toNanos(), "stops without waiting for the hour");
            assertFalse(threadAlive(), "the delivery thread is gone");
        }
    }

    private static boolean threadAlive() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("storyline-delivery") && t.isAlive());
    }
}

package dev.storyline.alerts.delivery;

import dev.storyline.alerts.Delivery;
import dev.storyline.alerts.Frequency;
import dev.storyline.alerts.JsonlMatchLog;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The process {@link DeliveryCrashTest} kills: delivers the match log under {@code args[0]} to the webhook
 * {@code args[1]} with passes until nothing waits, then exits 0. Alert "now" is delivered as it happens, alert
 * "digest" hourly; retries come quickly (50 ms, doubling to 200 ms) so that the test need not wait.
 */
public final class DeliveryCrashChild {

    private DeliveryCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        URI hook = URI.create(args[1]);
        Delivery now = new Delivery(Frequency.AS_IT_HAPPENS, hook, "secret-now", List.of());
        Delivery digest = new Delivery(Frequency.HOURLY, hook, "secret-digest", List.of());
        Clock clock = Clock.systemUTC();
        try (JsonlMatchLog log = JsonlMatchLog.openReadOnly(data.resolve("alerts"))) {
            WebhookChannel webhook = new WebhookChannel(Duration.ofSeconds(2), Duration.ofSeconds(5), true, DeskLinks.unknown(), clock);
            Deliverer deliverer = new Deliverer(log, id -> Optional.ofNullable(switch (id) {
                case "now" -> now;
                case "digest" -> digest;
                default -> null;
            }), List.of(webhook), OutboxStore.in(data), clock,
                    new RetryPolicy(1000, Duration.ofMillis(50), Duration.ofMillis(200), new Random()));
            while (true) {
                Deliverer.Report report = deliverer.pass(Duration.ofSeconds(60), a -> { });
                if (report.ran() && report.waiting() == 0) break;
                Thread.sleep(20);
            }
        }
        System.exit(0);
    }
}

package dev.storyline.cli;

import dev.storyline.CommitListener;
import dev.storyline.StoredEvents;
import dev.storyline.alerts.AlertEvaluator;
import dev.storyline.alerts.DeliveryStatus;
import dev.storyline.alerts.delivery.Deliverer;
import dev.storyline.alerts.delivery.Delivering;
import dev.storyline.web.DeliveryModule;
import dev.storyline.alerts.delivery.DeliveryScheduler;
import dev.storyline.alerts.delivery.OutboxStatus;
import dev.storyline.alerts.delivery.OutboxStore;
import dev.storyline.alerts.delivery.StoryLabels;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * Alert delivery in a long-running command (serve, run, watch, follow): a scheduler delivering in the background,
 * nudged after each evaluation of new articles; the feeds and delivery routes for the desk; the status for the
 * Alerts page. Close it before the alerts' match log.
 */
final class BackgroundDelivery implements AutoCloseable {

    private final AlertEvaluator alerts;
    private final Delivering delivering;
    private final Path data;
    private final DeliveryScheduler scheduler;

    private BackgroundDelivery(AlertEvaluator alerts, Delivering delivering, Path data, DeliveryScheduler scheduler) {
        this.alerts = alerts;
        this.delivering = delivering;
        this.data = data;
        this.scheduler = scheduler;
    }

    static BackgroundDelivery start(Path data, Delivering delivering, Duration interval, AlertEvaluator alerts,
                                    StoredEvents events, PrintWriter err) {
        Deliverer deliverer = delivering.deliverer(data, alerts.registry(), alerts.log(), StoryLabels.of(events.store()));
        if (delivering.smtp().isPresent()) err.println("storyline: alert emails go through " + delivering.smtp().get());
        try {
            delivering.emailWithoutServer(alerts.registry()).ifPresent(note -> err.println("storyline: " + note));
        } catch (IOException e) {
            err.println("storyline: " + e.getMessage());
        }
        DeliveryScheduler scheduler = new DeliveryScheduler(deliverer, interval, Delivering.failuresTo(err)).start();
        return new BackgroundDelivery(alerts, delivering, data, scheduler);
    }

    /** Evaluates the alerts on what was just committed, then has their matches delivered at once. */
    CommitListener listener() {
        return () -> {
            alerts.committed();
            scheduler.nudge();
        };
    }

    DeliveryModule module() {
        return new DeliveryModule(alerts.registry(), alerts.log(), OutboxStore.in(data), delivering.publicUrl(), Clock.systemUTC());
    }

    DeliveryStatus status() {
        return new OutboxStatus(OutboxStore.in(data));
    }

    /** Stops the background passes after the send under way. */
    @Override
    public void close() {
        scheduler.close();
    }

    /**
     * One delivery pass of at most {@code budget} before a command that ingested exits (ingest): what fails stays
     * queued for the next pass ({@code alerts deliver}, or a server).
     */
    static void passBeforeExit(Path data, Delivering delivering, AlertEvaluator alerts, StoredEvents events,
                               Duration budget, PrintWriter err) throws IOException {
        Deliverer deliverer = delivering.deliverer(data, alerts.registry(), alerts.log(), StoryLabels.of(events.store()));
        delivering.emailWithoutServer(alerts.registry()).ifPresent(note -> err.println("storyline: " + note));
        Deliverer.Report report = deliverer.pass(budget, Delivering.failuresTo(err));
        if (!report.ran()) {
            err.println("storyline: another storyline process is delivering alerts; it will deliver these matches");
        } else if (report.delivered() + report.failed() + report.parked() + report.waiting() > 0) {
            err.printf("storyline: alert deliveries: %d delivered, %d failed, %d parked, %d waiting (`storyline alerts deliver` sends what waits)%n",
                    report.delivered(), report.failed(), report.parked(), report.waiting());
        }
        report.problems().forEach(p -> err.println("storyline: " + p));
    }
}

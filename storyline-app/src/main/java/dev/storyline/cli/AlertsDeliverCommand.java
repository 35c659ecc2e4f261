package dev.storyline.cli;

import dev.storyline.AnalysisJson;
import dev.storyline.alerts.EmbeddedAlertRegistry;
import dev.storyline.alerts.JsonlMatchLog;
import dev.storyline.alerts.delivery.Deliverer;
import dev.storyline.alerts.delivery.Delivering;
import dev.storyline.alerts.delivery.StoryLabels;
import dev.storyline.store.LuceneEventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

@Command(name = "deliver", mixinStandardHelpOptions = true,
        description = {"Deliver the alerts' new matches once (webhooks, email) and exit: for cron, next to `ingest`.",
                "`serve`, `run` and `watch` deliver in the background by themselves; this does nothing while one of them does.",
                "Stdout: one JSON line per attempt {\"channel\",\"alert\",\"id\",\"matches\",\"status\":\"delivered|failed|parked\",\"detail\",\"next\"}.",
                "Exit status: 0 everything due was delivered, 1 some delivery failed (it stays queued, or is parked), 2 usage error."})
final class AlertsDeliverCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOption data;

    @Mixin
    DeliveryOptions delivery;

    @Mixin
    PrivateAddressesOption privateAddresses;

    @Option(names = "--budget", paramLabel = "SECONDS", description = "Stop starting new sends after this long (default: ${DEFAULT-VALUE}).")
    double budgetSeconds = 300;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!(budgetSeconds > 0)) {
            err.println("storyline: --budget must be > 0 seconds, was " + budgetSeconds);
            return 2;
        }
        Delivering delivering = delivery.deliveringOrSay(data.data, privateAddresses.allowPrivateAddresses, err);
        if (delivering == null) return 2;
        EmbeddedAlertRegistry registry = EmbeddedAlertRegistry.open(data.alertsFolder());
        LuceneEventStore events = openEventsIfFree(err);
        try (JsonlMatchLog log = JsonlMatchLog.openReadOnly(data.alertsFolder())) {
            Function<String, Optional<String>> labels = events == null ? StoryLabels.none() : StoryLabels.of(events);
            Deliverer deliverer = delivering.deliverer(data.data, registry, log, labels);
            delivering.emailWithoutServer(registry).ifPresent(note -> err.println("storyline: " + note));
            java.util.function.Consumer<Deliverer.Attempt> toErr = Delivering.failuresTo(err);
            Deliverer.Report report = deliverer.pass(Duration.ofMillis((long) (budgetSeconds * 1000)), a -> {
                out.println(line(a));
                out.flush();
                toErr.accept(a);
            });
            if (!report.ran()) {
                err.println("storyline: another storyline process is delivering these alerts now; nothing done");
                return 0;
            }
            report.problems().forEach(p -> err.println("storyline: " + p));
            err.printf("storyline: %d delivered, %d failed (queued again), %d parked; %d waiting%n",
                    report.delivered(), report.failed(), report.parked(), report.waiting());
            return report.failed() + report.parked() == 0 && report.problems().isEmpty() ? 0 : 1;
        } finally {
            if (events != null) events.close();
        }
    }

    /** The events, for story labels in emails; null when there are none or a server holds them (labels then fall back). */
    private LuceneEventStore openEventsIfFree(PrintWriter err) {
        if (!Files.isDirectory(data.data.resolve("events"))) return null;
        try {
            return LuceneEventStore.open(data.data);
        } catch (IOException e) {
            err.println("storyline: the events are in use (" + e.getClass().getSimpleName() + "); emails name stories by their first article");
            return null;
        }
    }

    static String line(Deliverer.Attempt a) {
        return AnalysisJson.line(AnalysisJson.object().put("channel", a.channel()).put("alert", a.alertId())
                .put("id", a.parcelId()).put("matches", a.matches()).put("status", a.status().name().toLowerCase(Locale.ROOT))
                .put("detail", a.detail()).put("next", a.nextAttempt() == null ? null : a.nextAttempt().toString()));
    }
}

package dev.storyline.cli;

import dev.storyline.AnalysisJson;
import dev.storyline.alerts.Alert;
import dev.storyline.alerts.EmbeddedAlertRegistry;
import dev.storyline.alerts.delivery.OutboxStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "retry", mixinStandardHelpOptions = true,
        description = {"Put an alert's parked deliveries (those that failed too often) back in its queue, to be tried at the next delivery pass.",
                "Stdout: {\"alert\",\"name\",\"retried\":N}. Exit status: 0 done (also when nothing was parked), 1 no such alert, 2 usage error."})
final class AlertsRetryCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOption data;

    @Parameters(paramLabel = "NAME", description = "The alert's name (or id).")
    String name;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EmbeddedAlertRegistry registry = EmbeddedAlertRegistry.open(data.alertsFolder());
        Optional<Alert> alert = registry.byName(name).or(() -> {
            try {
                return registry.byId(name);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        if (alert.isEmpty()) {
            err.println("storyline: alert '" + name + "': no such alert (`storyline alerts list` shows them)");
            return 1;
        }
        int n = OutboxStore.in(data.data).retryParked(alert.get().id(), Instant.now(), Duration.ofSeconds(60));
        out.println(AnalysisJson.line(AnalysisJson.object().put("alert", alert.get().id()).put("name", alert.get().name()).put("retried", n)));
        out.flush();
        err.println("storyline: " + n + (n == 1 ? " parked delivery" : " parked deliveries") + " of '" + alert.get().name()
                + "' queued again; the next delivery pass sends " + (n == 1 ? "it" : "them"));
        return 0;
    }
}

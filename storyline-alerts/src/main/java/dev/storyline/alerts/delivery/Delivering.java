package dev.storyline.alerts.delivery;

import dev.storyline.alerts.Alert;
import dev.storyline.alerts.AlertRegistry;
import dev.storyline.alerts.Delivery;
import dev.storyline.alerts.MatchLog;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Puts delivery together for a command: the channels that are configured (the webhook always; email when an SMTP
 * server is set), over the alerts' registry and match log, with the state under {@code <data>/alerts/deliveries}.
 *
 * @param smtp          the SMTP server, else empty (email waits in the log until one is set)
 * @param publicUrl     the desk's public URL for links, else {@link DeskLinks#unknown()}
 * @param allowPrivate  whether webhooks may target loopback and private addresses
 * @param maxFailures   failures before a parcel is parked
 */
public record Delivering(Optional<SmtpSettings> smtp, DeskLinks publicUrl, boolean allowPrivate, int maxFailures) {

    public Deliverer deliverer(Path data, AlertRegistry registry, MatchLog log, Function<String, Optional<String>> storyLabels) {
        Clock clock = Clock.systemUTC();
        List<Channel> channels = new ArrayList<>();
        channels.add(WebhookChannel.standard(allowPrivate, publicUrl));
        smtp.ifPresent(s -> channels.add(new EmailChannel(s, storyLabels, publicUrl, clock)));
        return new Deliverer(log, settings(registry), channels, OutboxStore.in(data), clock,
                RetryPolicy.standard().withMaxFailures(maxFailures));
    }

    /**
     * A word for people when alerts have email addresses but no SMTP server is set: their emails wait in the log
     * (and go out once one is set).
     */
    public Optional<String> emailWithoutServer(AlertRegistry registry) throws IOException {
        if (smtp.isPresent()) return Optional.empty();
        long n = registry.list().stream().filter(a -> !a.delivery().email().isEmpty()).count();
        if (n == 0) return Optional.empty();
        return Optional.of(n + (n == 1 ? " alert has" : " alerts have") + " email addresses but no SMTP server is set "
                + "(--smtp-host, or host= in <data>/" + SmtpSettings.FILE_NAME + "): their emails wait until one is");
    }

    /** An alert's delivery setting, read from the registry each time (another process may change it). */
    static Function<String, Optional<Delivery>> settings(AlertRegistry registry) {
        return id -> {
            try {
                return registry.byId(id).map(Alert::delivery);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /** Prints failed and parked attempts on {@code err} for people (delivered ones are quiet). */
    public static Consumer<Deliverer.Attempt> failuresTo(PrintWriter err) {
        return a -> {
            if (a.status() == LastDelivery.Status.DELIVERED) return;
            err.println("storyline: alert " + a.alertId() + ": " + a.channel() + " delivery of " + a.parcelId() + " "
                    + (a.status() == LastDelivery.Status.PARKED ? "parked: " : "failed: ") + a.detail()
                    + (a.nextAttempt() == null ? "" : "; next attempt at " + a.nextAttempt()));
            err.flush();
        };
    }
}

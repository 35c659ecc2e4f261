package dev.storyline.cli;

import dev.storyline.alerts.delivery.DeskLinks;
import dev.storyline.alerts.delivery.Delivering;
import dev.storyline.alerts.delivery.SmtpSettings;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The options of the commands that deliver alert matches (serve, run, watch, ingest, alerts deliver). The SMTP
 * password is no option: it comes from the environment or the owner-only {@code <data>/smtp.properties}. Whether
 * webhooks may reach private addresses is {@link PrivateAddressesOption} (or, where the command fetches too, its
 * fetch options' flag of the same name).
 */
final class DeliveryOptions {

    @Option(names = "--public-url", paramLabel = "URL",
            description = "The desk's address as readers reach it (https://desk.example.org), for the links in feeds, "
                    + "webhooks and emails (default: feeds use the address they are asked at; webhooks and emails carry no desk link).")
    String publicUrl;

    @Option(names = "--smtp-host", paramLabel = "HOST", description = "SMTP server for alert emails (or host= in <data>/smtp.properties); no email without one.")
    String smtpHost;

    @Option(names = "--smtp-port", paramLabel = "PORT", description = "SMTP port (default 587).")
    Integer smtpPort;

    @Option(names = "--smtp-starttls", paramLabel = "MODE",
            description = "required (default: never send in clear), optional (use it when offered) or off.")
    String smtpStarttls;

    @Option(names = "--smtp-user", paramLabel = "USER",
            description = "SMTP user; the password comes from $" + SmtpSettings.PASSWORD_VARIABLE
                    + " or password= in <data>/smtp.properties (read only when its mode is 600).")
    String smtpUser;

    @Option(names = "--mail-from", paramLabel = "ADDRESS", description = "From-address of alert emails.")
    String mailFrom;

    @Option(names = "--max-delivery-failures", paramLabel = "N",
            description = "Failed attempts before a delivery is parked (default: ${DEFAULT-VALUE}).")
    int maxFailures = 8;

    @Option(names = "--delivery-interval", paramLabel = "SECONDS",
            description = "Seconds between two delivery passes while serving or watching (default: ${DEFAULT-VALUE}).")
    double intervalSeconds = 15;

    /**
     * The delivery set up from these options and {@code <data>/smtp.properties}; a bad setting (or a settings file
     * others may read) is an {@link IllegalArgumentException} saying what to fix, which the commands report before
     * doing anything.
     */
    Delivering delivering(Path data, boolean allowPrivateAddresses) {
        try {
            return settle(data, allowPrivateAddresses);
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** As {@link #delivering}, or null after saying on {@code err} what is wrong (the command then exits 2). */
    Delivering deliveringOrSay(Path data, boolean allowPrivateAddresses, java.io.PrintWriter err) {
        try {
            return delivering(data, allowPrivateAddresses);
        } catch (IllegalArgumentException e) {
            err.println("storyline: alert delivery: " + e.getMessage());
            err.flush();
            return null;
        }
    }

    private Delivering settle(Path data, boolean allowPrivateAddresses) throws IOException {
        Map<String, String> given = new HashMap<>();
        given.put("host", smtpHost);
        given.put("port", smtpPort == null ? null : smtpPort.toString());
        given.put("starttls", smtpStarttls);
        given.put("user", smtpUser);
        given.put("from", mailFrom);
        Optional<SmtpSettings> smtp = SmtpSettings.resolve(data, given, System.getenv());
        if (maxFailures < 1) throw new IllegalArgumentException("--max-delivery-failures must be >= 1, was " + maxFailures);
        interval();
        return new Delivering(smtp, publicUrl == null ? DeskLinks.unknown() : new DeskLinks(publicUrl), allowPrivateAddresses, maxFailures);
    }

    java.time.Duration interval() {
        if (!(intervalSeconds > 0)) throw new IllegalArgumentException("--delivery-interval must be > 0, was " + intervalSeconds);
        return java.time.Duration.ofMillis((long) (intervalSeconds * 1000));
    }
}

package dev.storyline.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storyline.StoredEvents;
import dev.storyline.alerts.Alert;
import dev.storyline.alerts.AlertEvaluator;
import dev.storyline.alerts.AlertJson;
import dev.storyline.alerts.AlertKind;
import dev.storyline.alerts.AlertRegistry;
import dev.storyline.alerts.BreakingStoriesDetector;
import dev.storyline.alerts.EmbeddedAlertRegistry;
import dev.storyline.alerts.EntityMode;
import dev.storyline.alerts.Frequency;
import dev.storyline.alerts.JsonlMatchLog;
import dev.storyline.alerts.Match;
import dev.storyline.alerts.MatchLog;
import dev.storyline.alerts.NewAlert;
import dev.storyline.alerts.SavedSearch;
import dev.storyline.entities.EmbeddedEntityRegistry;
import dev.storyline.store.ArticleStore;
import dev.storyline.store.LuceneArticleStore;
import org.apache.lucene.store.LockObtainFailedException;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = {"Saved searches, watched entities and stories, breaking stories: what to tell analysts about.",
                "Alerts are evaluated on every article added after they were created (ingest, watch, run, serve, follow).",
                "Stdout: JSON Lines. Stderr: messages. Exit status: 0 done, 1 failed (unknown alert, bad query…), 2 usage error."},
        subcommands = {AlertsCommand.Add.class, AlertsCommand.ListAlerts.class, AlertsCommand.Remove.class,
                AlertsCommand.Test.class, AlertsCommand.Matches.class, AlertsDeliverCommand.class, AlertsRetryCommand.class})
final class AlertsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    private static Optional<Alert> find(AlertRegistry registry, String name) throws IOException {
        return registry.byName(name).or(() -> {
            try {
                return registry.byId(name);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static int unknown(PrintWriter err, String name) {
        err.println("storyline: alert '" + name + "': no such alert (`storyline alerts list` shows them)");
        return 1;
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Add an alert: a saved search (--query, with filters), a watched entity (--entity), a watched "
                    + "story (--story) or breaking stories (--breaking).",
                    "Prints the alert as one JSON line; a webhook's signing secret is in it this once (keep it)."})
    static final class Add implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DataOption data;

        @Parameters(index = "0", paramLabel = "NAME", description = "The alert's name (unique).")
        String name;

        @ArgGroup(exclusive = true, multiplicity = "1")
        What what;

        static final class What {
            @Option(names = "--query", paramLabel = "Q", description = "A saved search, in the desk's search syntax (words, \"phrases\", -excluded, AND, OR, NOT, parentheses).")
            String query;
            @Option(names = "--entity", paramLabel = "KEY", description = "A watched entity's canonical key (PER:…, ORG:…, LOC:…).")
            String entity;
            @Option(names = "--story", paramLabel = "ID", description = "A watched story's id: each new event in it.")
            String story;
            @Option(names = "--breaking", description = "Stories that grow abnormally fast.")
            boolean breaking;
        }

        @Option(names = "--language", paramLabel = "L", description = "With --query: only articles in this language (ISO 639-1).")
        String language;
        @Option(names = "--source", paramLabel = "S", description = "With --query: only articles from this outlet.")
        String source;
        @Option(names = "--entity-filter", paramLabel = "KEY", description = "With --query: only articles naming this entity.")
        String entityFilter;
        @Option(names = "--from", paramLabel = "D", description = "With --query: published on or after this day (YYYY-MM-DD).")
        LocalDate from;
        @Option(names = "--to", paramLabel = "D", description = "With --query: published on or before this day (YYYY-MM-DD).")
        LocalDate to;
        @Option(names = "--new-language-or-outlet", description = "With --entity: only first mentions in a language or an outlet that had not named it.")
        boolean newLanguageOrOutlet;
        @Option(names = "--frequency", paramLabel = "F", converter = FrequencyConverter.class,
                description = "as-it-happens (default), hourly or daily.")
        Frequency frequency;
        @Option(names = "--webhook", paramLabel = "URL", description = "POST each match (or digest) there, signed (HMAC-SHA256).")
        String webhook;
        @Option(names = "--email", paramLabel = "ADDR", description = "Email the matches there (repeatable).")
        List<String> email = new ArrayList<>();

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (what.query == null && (language != null || source != null || entityFilter != null || from != null || to != null)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--language, --source, --entity-filter, --from and --to go with --query");
            }
            if (newLanguageOrOutlet && what.entity == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--new-language-or-outlet goes with --entity");
            }
            AlertKind kind = what.query != null ? AlertKind.SEARCH : what.entity != null ? AlertKind.ENTITY
                    : what.story != null ? AlertKind.STORY : AlertKind.BREAKING;
            Alert alert;
            try {
                SavedSearch search = kind == AlertKind.SEARCH ? new SavedSearch(what.query, language, source, entityFilter, from, to) : null;
                alert = new NewAlert(name, kind, search, what.entity,
                        newLanguageOrOutlet ? EntityMode.NEW_LANGUAGE_OR_OUTLET : EntityMode.EVERY_ARTICLE, what.story,
                        frequency, webhook, email).create(Instant.now());
                alert = EmbeddedAlertRegistry.open(data.alertsFolder()).add(alert);
            } catch (IllegalArgumentException e) {
                String message = e.getMessage();
                err.println("storyline: " + (message.startsWith("alert '") ? message : "alert '" + name + "': " + message));
                return 1;
            }
            warnIfUnknownEntity(alert.entity(), err);
            if (alert.search() != null) warnIfUnknownEntity(alert.search().entity(), err);
            ObjectNode line = AlertJson.of(alert, true);
            out.println(AlertJson.line(line));
            out.flush();
            if (alert.delivery().webhookSecret() != null) {
                err.println("storyline: alert '" + alert.name() + "': its webhook secret is printed this once (\"webhookSecret\"): keep it to check signatures");
            }
            return 0;
        }

        private void warnIfUnknownEntity(String key, PrintWriter err) throws IOException {
            if (key == null) return;
            if (EmbeddedEntityRegistry.open(data.data.resolve("entities.jsonl")).get(key).isEmpty()) {
                err.println("storyline: alert '" + name + "': warning: no article has named entity '" + key + "' yet (the alert is kept)");
            }
        }
    }

    static final class FrequencyConverter implements CommandLine.ITypeConverter<Frequency> {
        @Override
        public Frequency convert(String value) {
            try {
                return AlertJson.value(Frequency.class, value, "--frequency");
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = {"Print the alerts, one JSON line each, oldest first (webhook secrets left out),",
            "with \"deliveries\": per channel the last delivery and its result, counts queued and delivered, and parked deliveries with their reasons."})
    static final class ListAlerts implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        DataOption data;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            dev.storyline.alerts.delivery.OutboxStore outbox = dev.storyline.alerts.delivery.OutboxStore.in(data.data);
            for (Alert a : EmbeddedAlertRegistry.open(data.alertsFolder()).list()) {
                ObjectNode line = AlertJson.of(a, false);
                // Per channel: the last delivery and its result, what waits, the parked deliveries with their reasons.
                var deliveries = line.putArray("deliveries");
                for (var status : dev.storyline.alerts.delivery.ChannelStatus.of(outbox, a.id())) {
                    deliveries.add(dev.storyline.web.DeliveryModule.json(status));
                }
                out.println(AlertJson.line(line));
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove an alert (its matches stay in the log).")
    static final class Remove implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        DataOption data;
        @Parameters(index = "0", paramLabel = "NAME", description = "The alert's name (or id).")
        String name;

        @Override
        public Integer call() throws IOException {
            AlertRegistry registry = EmbeddedAlertRegistry.open(data.alertsFolder());
            Optional<Alert> alert = find(registry, name);
            if (alert.isEmpty()) return unknown(spec.commandLine().getErr(), name);
            registry.remove(alert.get().id());
            spec.commandLine().getOut().println(AlertJson.line(AlertJson.object().put("removed", alert.get().id()).put("name", alert.get().name())));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = {"Run an alert over the store's latest articles and print what it would match, one JSON line "
                    + "each, delivering nothing and changing nothing.",
                    "Needs the store to itself: stop a running serve, run or watch first."})
    static final class Test implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        DataOption data;
        @Parameters(index = "0", paramLabel = "NAME", description = "The alert's name (or id).")
        String name;
        @Option(names = "--recent", paramLabel = "N", description = "How many of the latest articles (default: ${DEFAULT-VALUE}).")
        int recent = 1000;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Optional<Alert> alert = find(EmbeddedAlertRegistry.open(data.alertsFolder()), name);
            if (alert.isEmpty()) return unknown(err, name);
            ArticleStore store;
            try {
                store = LuceneArticleStore.open(data.data);
            } catch (LockObtainFailedException e) {
                err.println("storyline: alert '" + name + "': the store at " + data.data + " is in use by another process (serve, run or watch?): stop it first");
                return 1;
            }
            try (store; StoredEvents events = data.openEvents(store)) {
                List<Match> matches = AlertEvaluator.dryRun(store, events, alert.get(), recent, BreakingStoriesDetector.factory(store, events));
                for (Match m : matches) out.println(AlertJson.line(AlertJson.of(m)));
                out.flush();
                err.printf("storyline: alert '%s' would match %,d of the latest %,d articles%n", alert.get().name(),
                        matches.size(), Math.min(recent, store.lastSequence()));
            }
            return 0;
        }
    }

    @Command(name = "matches", mixinStandardHelpOptions = true, description = "Print an alert's matches, one JSON line each, newest last.")
    static final class Matches implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        DataOption data;
        @Parameters(index = "0", paramLabel = "NAME", description = "The alert's name (or id).")
        String name;
        @Option(names = "--limit", paramLabel = "N", description = "At most the latest N (default: ${DEFAULT-VALUE}).")
        int limit = 100;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            Optional<Alert> alert = find(EmbeddedAlertRegistry.open(data.alertsFolder()), name);
            if (alert.isEmpty()) return unknown(spec.commandLine().getErr(), name);
            try (MatchLog log = JsonlMatchLog.openReadOnly(data.alertsFolder())) {
                for (MatchLog.Positioned p : log.ofAlert(alert.get().id(), limit)) {
                    out.println(AlertJson.line(AlertJson.of(p.match()).put("position", p.position())));
                }
            }
            out.flush();
            return 0;
        }
    }
}

package dev.storyline.cli;

import dev.storyline.CommitListener;
import dev.storyline.alerts.AlertEvaluator;
import dev.storyline.summaries.SummaryUpdater;
import dev.storyline.alerts.delivery.Delivering;
import dev.storyline.Pipeline;
import dev.storyline.StoredEvents;
import dev.storyline.entities.EntityRegistry;
import dev.storyline.sources.Follower;
import dev.storyline.store.ArticleStore;
import dev.storyline.store.LuceneArticleStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

@Command(name = "follow", mixinStandardHelpOptions = true,
        description = {"Follow the sources (see `storyline sources`): poll each one when it is due, fetch its new articles "
                + "politely, archive them (WARC, under the data folder) and ingest them as `ingest` does: durable, "
                + "idempotent, events assigned. Runs until Ctrl-C; --once does one pass over the sources that are due and exits.",
                "Stdout: one JSON line per article once it is durable, as `ingest` prints: {\"id\" (the URL fetched),\"key\","
                        + "\"status\":\"added|duplicate\"} or {\"id\",\"input\",\"error\"}. Stderr: each source's result and a summary per pass.",
                "Politeness: robots.txt obeyed, one request at a time per host, 6 s between two requests to a host, "
                        + "429 and 5xx back off (Retry-After honoured). Exit status: 0, or 1 when some articles failed (--once)."})
final class FollowCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOption data;

    @Mixin
    FollowOptions follow;

    @Mixin
    DeliveryOptions delivery;

    @Option(names = "--once", description = "One pass over the sources that are due, then exit (for cron and tests).")
    boolean once;

    @Option(names = "--threads", description = "Analysis threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    /** How long `follow --once` may spend delivering the new matches before it exits; the rest waits for the next run. */
    private static final java.time.Duration DELIVERY_BUDGET = java.time.Duration.ofSeconds(30);

    /** Counted down once everything is closed, which a Ctrl-C waits for. */
    private final CountDownLatch closed = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        try {
            return follow();
        } finally {
            closed.countDown();
        }
    }

    private Integer follow() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // One flag for fetching and for delivering: --allow-private-addresses lets both reach private addresses.
        Delivering delivering = delivery.deliveringOrSay(data.data, follow.allowPrivateAddresses, err);
        if (delivering == null) return 2;
        EntityRegistry entities = data.openRegistry();
        try (ArticleStore store = LuceneArticleStore.open(data.data);
             StoredEvents events = data.openEventsCaughtUp(store, err);
             AlertEvaluator alerts = data.openAlerts(store, events);
             Following following = new Following(data, follow)) {
            if (following.registry.size() == 0) {
                err.println("storyline: no sources to follow in " + data.data + "; add some with `storyline sources add URL`");
                return once ? 0 : 2;
            }
            if (once && following.registry.all().stream().noneMatch(s -> s.status().dueAt(java.time.Instant.now()))) {
                // Nothing to do: say when, without loading the analysis models (cron runs this every few minutes).
                java.time.Instant next = following.registry.all().stream().filter(s -> !s.status().paused())
                        .map(s -> s.status().nextFetch()).min(java.time.Instant::compareTo).orElse(null);
                err.println("storyline: no source is due" + (next == null ? " (every source is paused)" : "; the next at " + next));
                return 0;
            }
            SummaryUpdater summaries = data.openSummaries(store, events);
            int[] failed = {0};
            java.util.function.Consumer<String> log = line -> err.println("storyline: " + line);
            if (once) {
                Follower follower = following.follower(Pipeline.standard(LocalDate.now(), entities), store, events, entities,
                        threads, CommitListener.all(alerts, summaries), new Object());
                Follower.Pass pass = follower.followOnce(printer(out, err, failed), log);
                err.println("storyline: " + Follower.summary(pass) + "; the store holds " + store.count() + " articles");
                BackgroundDelivery.passBeforeExit(data.data, delivering, alerts, events, DELIVERY_BUDGET, err);
                return failed[0] == 0 ? 0 : 1;
            }
            // Matches are delivered in the background, and at once after the articles that made them are evaluated.
            try (BackgroundDelivery deliveries = BackgroundDelivery.start(data.data, delivering, delivery.interval(), alerts, events, err)) {
                Follower follower = following.follower(Pipeline.standard(LocalDate.now(), entities), store, events,
                        entities, threads, CommitListener.all(deliveries.listener(), summaries), new Object());
                followUntilStopped(follower, following, out, err, failed, log);
            }
            return 0;
        }
    }

    private static java.util.function.Consumer<dev.storyline.Ingestion.Acknowledgement> printer(PrintWriter out, PrintWriter err, int[] failed) {
        return ack -> {
            if (ack.status() == dev.storyline.Ingestion.Status.FAILED) failed[0]++;
            IngestCommand.printAcknowledgement(ack, out, err);
            out.flush();
        };
    }

    private void followUntilStopped(Follower follower, Following following, PrintWriter out, PrintWriter err, int[] failed,
                                    java.util.function.Consumer<String> log) throws Exception {
        err.println("storyline: following " + following.registry.size() + " sources; Ctrl-C stops");
        Thread hook = new Thread(() -> {
            err.println("storyline: stopping (articles fetched so far are acknowledged first)");
            follower.stop();
            try {
                closed.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }, "storyline-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        follower.followUntilStopped(printer(out, err, failed), log);
    }
}

package dev.storyline.cli;

import dev.storyline.CommitListener;
import dev.storyline.alerts.AlertEvaluator;
import dev.storyline.summaries.SummaryUpdater;
import dev.storyline.alerts.delivery.Delivering;
import dev.storyline.Pipeline;
import dev.storyline.StoredEvents;
import dev.storyline.cluster.ClusterConfig;
import dev.storyline.cluster.ClusterTopics;
import dev.storyline.cluster.PageProducer;
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
                        + "429 and 5xx back off (Retry-After honoured). Exit status: 0, or 1 when some articles failed (--once).",
                "With --cluster CONFIG the pages go to the cluster's pages topic on Kafka instead of the store: stdout has "
                        + "{\"id\",\"status\":\"queued\",\"topic\"} per page once Kafka acknowledged it; the sources, the "
                        + "frontier and the WARC archive stay under --data; alerts are not evaluated here (the job's results are in the cluster)."})
final class FollowCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOption data;

    @Mixin
    FollowOptions follow;

    @Mixin
    DeliveryOptions delivery;

    @Mixin
    ClusterOption cluster;

    @Mixin
    ConfigOption config;

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
        if (cluster.given()) {
            if (config.folder() != null) {
                err.println("storyline: --config: the cluster's job analyses with the shipped name lists; " + config.folder() + " is not used");
            }
            return followToCluster(out, err);
        }
        config.validate(spec.commandLine());
        // One flag for fetching and for delivering: --allow-private-addresses lets both reach private addresses.
        Delivering delivering = delivery.deliveringOrSay(data.data, follow.allowPrivateAddresses, err);
        if (delivering == null) return 2;
        EntityRegistry entities = data.openRegistry();
        try (ArticleStore store = LuceneArticleStore.open(data.data);
             StoredEvents events = data.openEventsCaughtUp(store, err);
             AlertEvaluator alerts = data.openAlerts(store, events);
             Following following = new Following(data, follow)) {
            Integer idle = nothingToDo(following, err);
            if (idle != null) return idle;
            Pipeline.Models models = config.models(spec.commandLine(), err);
            SummaryUpdater summaries = data.openSummaries(store, events);
            int[] failed = {0};
            java.util.function.Consumer<String> log = line -> err.println("storyline: " + line);
            if (once) {
                Follower follower = following.follower(Pipeline.standard(LocalDate.now(), entities, models), store, events, entities,
                        threads, CommitListener.all(alerts, summaries), new Object());
                Follower.Pass pass = follower.followOnce(printer(out, err, failed), log);
                err.println("storyline: " + Follower.summary(pass) + "; the store holds " + store.count() + " articles");
                BackgroundDelivery.passBeforeExit(data.data, delivering, alerts, events, DELIVERY_BUDGET, err);
                return failed[0] == 0 ? 0 : 1;
            }
            // Matches are delivered in the background, and at once after the articles that made them are evaluated.
            try (BackgroundDelivery deliveries = BackgroundDelivery.start(data.data, delivering, delivery.interval(), alerts, events, err)) {
                Follower follower = following.follower(Pipeline.standard(LocalDate.now(), entities, models), store, events,
                        entities, threads, CommitListener.all(deliveries.listener(), summaries), new Object());
                followUntilStopped(follower, following, out, err, failed, log);
            }
            return 0;
        }
    }

    /** The exit status when there is nothing to follow or nothing due (said on err), else null. */
    private Integer nothingToDo(Following following, PrintWriter err) {
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
        return null;
    }

    /** How long a page may wait for Kafka before the pass ends with the reason (the page is fetched again next pass). */
    private static final java.time.Duration KAFKA_WAIT = java.time.Duration.ofMinutes(1);

    /**
     * With --cluster: the same following (politeness, archive, frontier under --data), the pages to Kafka. No models
     * are loaded, no store is opened here: the Flink job analyses, stores and assigns.
     */
    private Integer followToCluster(PrintWriter out, PrintWriter err) throws Exception {
        ClusterConfig config = cluster.readOrSay(err);
        if (config == null) return 2;
        try (Following following = new Following(data, follow)) {
            Integer idle = nothingToDo(following, err);
            if (idle != null) return idle;
            try {
                ClusterTopics.create(config);
            } catch (IllegalStateException e) {
                err.println("storyline: " + e.getMessage());
                return 1;
            }
            try (PageProducer producer = new PageProducer(config, KAFKA_WAIT)) {
                Follower follower = following.followerTo(page -> append(producer, page, config));
                int[] failed = {0};
                java.util.function.Consumer<String> log = line -> err.println("storyline: " + line);
                java.util.function.Consumer<dev.storyline.Ingestion.Acknowledgement> printer = ack -> {
                    if (ack.status() == dev.storyline.Ingestion.Status.QUEUED) {
                        out.println(dev.storyline.AnalysisJson.line(dev.storyline.AnalysisJson.object().put("id", ack.id())
                                .put("status", "queued").put("topic", config.pagesTopic())));
                    } else {
                        if (ack.status() == dev.storyline.Ingestion.Status.FAILED) failed[0]++;
                        IngestCommand.printAcknowledgement(ack, out, err);
                    }
                    out.flush();
                };
                try {
                    if (once) {
                        Follower.Pass pass = follower.followOnce(printer, log);
                        err.printf("storyline: follow: %d sources polled, %d pages fetched, %d queued to %s on %s, %d failed%n",
                                pass.sources().size(), pass.fetched(), pass.added(), config.pagesTopic(),
                                config.bootstrapServers(), pass.failed());
                        return failed[0] == 0 ? 0 : 1;
                    }
                    followUntilStopped(follower, following, out, err, failed, log, printer);
                    return 0;
                } catch (java.io.IOException e) {
                    err.println("storyline: " + e.getMessage() + "; what Kafka did not acknowledge is fetched again at the next pass");
                    return 1;
                }
            }
        }
    }

    private static void append(PageProducer producer, dev.storyline.ingest.RawPage page, ClusterConfig config)
            throws java.io.IOException {
        try {
            producer.sendAndWait(page);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted before Kafka acknowledged page " + page.id());
        } catch (IllegalStateException e) {
            throw new java.io.IOException("Kafka at " + config.bootstrapServers() + ": " + e.getMessage(), e);
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
        followUntilStopped(follower, following, out, err, failed, log, printer(out, err, failed));
    }

    private void followUntilStopped(Follower follower, Following following, PrintWriter out, PrintWriter err, int[] failed,
                                    java.util.function.Consumer<String> log,
                                    java.util.function.Consumer<dev.storyline.Ingestion.Acknowledgement> printer) throws Exception {
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
        follower.followUntilStopped(printer, log);
    }
}

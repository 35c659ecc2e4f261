package dev.storyline.cli;

import dev.storyline.CommitListener;
import dev.storyline.summaries.SummaryUpdater;
import dev.storyline.Pipeline;
import dev.storyline.StoredEvents;
import dev.storyline.alerts.AlertEvaluator;
import dev.storyline.alerts.delivery.Delivering;
import dev.storyline.web.AlertsModule;
import dev.storyline.entities.EntityRegistry;
import dev.storyline.store.ArticleStore;
import dev.storyline.web.AccessControl;
import dev.storyline.web.DeskModule;
import dev.storyline.web.StorylineServer;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import java.util.concurrent.CountDownLatch;

/** The {@code --host} and {@code --port} of the commands that serve, and serving until Ctrl-C. */
final class ServeOptions {

    @Option(names = "--host", paramLabel = "HOST",
            description = "Interface to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    String host = "127.0.0.1";

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
    int port = 8080;

    @Mixin
    DeliveryOptions delivery;

    @Option(names = "--reads-need-token",
            description = "Require the API token for reads too (writes need it whenever --host is not loopback).")
    boolean readsNeedToken;

    /** Who may write and read: a token beyond loopback (from $STORYLINE_API_TOKEN or DATA/api-token), said on err. */
    AccessControl access(Path data, PrintWriter err) throws IOException {
        AccessControl access = AccessControl.forHost(host, data, System.getenv(AccessControl.TOKEN_ENVIRONMENT), readsNeedToken);
        if (access.writesNeedToken()) {
            err.println("storyline: writes" + (readsNeedToken ? " and reads" : "") + " need the token: 'Authorization: Bearer <token>', "
                    + "the token being " + (System.getenv(AccessControl.TOKEN_ENVIRONMENT) != null
                    ? "$" + AccessControl.TOKEN_ENVIRONMENT : "in " + data.resolve(AccessControl.TOKEN_FILE) + " (owner-only)")
                    + "; the desk's forms ask for it at /login");
        }
        return access;
    }

    /**
     * Serves the store, with the alerts evaluated on every article added (posted, or followed by {@code alongside}) and
     * their matches delivered in the background, until the process is interrupted. {@code alongside} is given the
     * started server and the listener its articles must go through; what it returns is closed first (the follower
     * stops, having acknowledged what it fetched), then the server, the deliveries, the alerts, the events and the store.
     */
    void serveUntilStopped(ArticleStore store, StoredEvents events, Pipeline pipeline, EntityRegistry registry,
                           AlertEvaluator alerts, SummaryUpdater summaries, Delivering delivering, List<DeskModule> modules, Path data, PrintWriter err,
                           BiFunction<StorylineServer, CommitListener, AutoCloseable> alongside)
            throws InterruptedException, IOException {
        serveUntilStopped(store, events, pipeline, registry, alerts, summaries, delivering, modules, data, err, alongside, null);
    }

    /** How long an article posted with --cluster waits for Kafka before the API answers 503. */
    static final java.time.Duration KAFKA_WAIT = java.time.Duration.ofSeconds(15);

    /** As above; with {@code cluster}, posted articles go to its pages topic instead of {@code store}. */
    void serveUntilStopped(ArticleStore store, StoredEvents events, Pipeline pipeline, EntityRegistry registry,
                           AlertEvaluator alerts, SummaryUpdater summaries, Delivering delivering, List<DeskModule> modules, Path data, PrintWriter err,
                           BiFunction<StorylineServer, CommitListener, AutoCloseable> alongside,
                           dev.storyline.cluster.ClusterConfig cluster)
            throws InterruptedException, IOException {
        // Matches are delivered in the background, and at once after the articles that made them are evaluated.
        BackgroundDelivery deliveries = BackgroundDelivery.start(data, delivering, delivery.interval(), alerts, events, err);
        List<DeskModule> all = new java.util.ArrayList<>(modules);
        all.add(new AlertsModule(alerts, deliveries.status()));
        all.add(deliveries.module());
        CommitListener listener = CommitListener.all(deliveries.listener(), summaries);
        StorylineServer server = new StorylineServer(store, events, pipeline, registry, listener, all,
                access(data, err), summaries, cluster, KAFKA_WAIT).start(host, port);
        if (cluster != null) {
            err.println("storyline: articles posted to /api/articles go to " + cluster.pagesTopic() + " on "
                    + cluster.bootstrapServers() + " (answered 202 once Kafka holds them)");
        }
        AutoCloseable background = alongside.apply(server, listener);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            err.println("storyline: stopping");
            try {
                background.close();
                server.close();
                deliveries.close();
                alerts.close();
                // Everything the server acknowledged is committed; closing the events drops only a catch-up's tail.
                events.close();
                store.close();
                registry.flush();
            } catch (Exception e) {
                err.println("storyline: while stopping: " + e.getMessage());
            } finally {
                stopped.countDown();
            }
        }, "storyline-stop"));
        String shown = host.equals("127.0.0.1") || host.equals("0.0.0.0") ? "localhost" : host;
        err.println("Storyline is serving at http://" + shown + ":" + server.port());
        err.println("storyline: Ctrl-C stops it");
        err.flush();
        stopped.await();
    }
}

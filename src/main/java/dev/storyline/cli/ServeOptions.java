package dev.storyline.cli;

import dev.storyline.Pipeline;
import dev.storyline.StoredEvents;
import dev.storyline.alerts.AlertEvaluator;
import dev.storyline.alerts.delivery.Delivering;
import dev.storyline.web.AlertsModule;
import dev.storyline.entities.EntityRegistry;
import dev.storyline.store.ArticleStore;
import dev.storyline.web.StorylineServer;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
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

    /** Serves the store until the process is interrupted, then stops the server and closes the store. */
    void serveUntilStopped(Path data, Delivering delivering, ArticleStore store, StoredEvents events, AlertEvaluator alerts, Pipeline pipeline,
                           EntityRegistry registry, PrintWriter err) throws InterruptedException, IOException {
        // Matches are delivered in the background, and at once after articles posted to the API are evaluated.
        BackgroundDelivery deliveries = BackgroundDelivery.start(data, delivering, delivery.interval(), alerts, events, err);
        StorylineServer server = new StorylineServer(store, events, pipeline, registry, deliveries.listener(),
                List.of(new AlertsModule(alerts, deliveries.status()), deliveries.module())).start(host, port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            err.println("storyline: stopping");
            try {
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

package dev.storyline.cli;

import dev.storyline.CommitListener;
import dev.storyline.Pipeline;
import dev.storyline.StoredEvents;
import dev.storyline.entities.EntityRegistry;
import dev.storyline.store.ArticleStore;
import dev.storyline.web.AccessControl;
import dev.storyline.web.DeskModule;
import dev.storyline.web.StorylineServer;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.concurrent.CountDownLatch;

/** The {@code --host} and {@code --port} of the commands that serve, and serving until Ctrl-C. */
final class ServeOptions {

    @Option(names = "--host", paramLabel = "HOST",
            description = "Interface to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    String host = "127.0.0.1";

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
    int port = 8080;

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

    /** Serves the store until the process is interrupted, then stops the server and closes the store. */
    void serveUntilStopped(ArticleStore store, StoredEvents events, Pipeline pipeline, EntityRegistry registry,
                           CommitListener listener, List<DeskModule> modules, Path data, PrintWriter err)
            throws InterruptedException, IOException {
        serveUntilStopped(store, events, pipeline, registry, listener, modules, data, err, server -> () -> { });
    }

    /**
     * Serves as above, and runs {@code alongside} (given the started server) until the process is interrupted: what
     * it returns is closed first (the follower stops, having acknowledged what it fetched), then the server, the
     * events and the store.
     */
    void serveUntilStopped(ArticleStore store, StoredEvents events, Pipeline pipeline, EntityRegistry registry,
                           CommitListener listener, List<DeskModule> modules, Path data, PrintWriter err,
                           Function<StorylineServer, AutoCloseable> alongside) throws InterruptedException, IOException {
        StorylineServer server = new StorylineServer(store, events, pipeline, registry, listener, modules,
                access(data, err)).start(host, port);
        AutoCloseable background = alongside.apply(server);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            err.println("storyline: stopping");
            try {
                background.close();
                server.close();
                // The alerts' evaluator (the listener) keeps its match log open: closed after the server.
                if (listener instanceof AutoCloseable closeable) closeable.close();
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

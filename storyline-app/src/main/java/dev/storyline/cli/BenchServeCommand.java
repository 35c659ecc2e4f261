package dev.storyline.cli;

import dev.storyline.AnalyzedArticle;
import dev.storyline.Pipeline;
import dev.storyline.StoredEvents;
import dev.storyline.entities.EntityRegistry;
import dev.storyline.store.ArticleStore;
import dev.storyline.store.LuceneArticleStore;
import dev.storyline.web.ServeBenchmark;
import dev.storyline.web.StorylineServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true,
        footer = "Name lists: the shipped ones only (no --config; STORYLINE_CONFIG is not read), so that figures compare across installations.",
        description = {"Load a store with many articles (copies of the ECB+ documents and French samples, each analysed "
                + "once by the full pipeline, with shifted dates, new ids and synthetic outlets) and measure the server "
                + "over it: analysis and store rates, heap, and request latencies (p50/p99) over loopback.",
                "With --keep-serving the server stays up afterwards, for a load test (wrk)."})
final class BenchServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = "--shared", paramLabel = "DIR", description = "The shared data folder (default: ${DEFAULT-VALUE}).")
    Path shared = Path.of("..", "shared");

    @Option(names = "--articles", description = "Articles to load into the store (default: ${DEFAULT-VALUE}).")
    int articles = 100_000;

    @Option(names = "--threads", description = "Analysis threads (default: ${DEFAULT-VALUE}).")
    int threads = 2;

    @Option(names = "--requests", description = "Requests of each kind timed (default: ${DEFAULT-VALUE}).")
    int requests = 200;

    @Option(names = "--port", description = "Port of the measured server (default: ${DEFAULT-VALUE}).")
    int port = 8089;

    @Option(names = "--keep-serving", description = "Keep serving after the measures, until Ctrl-C.")
    boolean keepServing;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (Files.exists(data.data.resolve("articles"))) {
            spec.commandLine().getErr().println("storyline: " + data.data + " already holds a store; the load is measured from empty, so give a new folder");
            return 2;
        }
        ServeBenchmark bench = new ServeBenchmark(out);
        try (ArticleStore store = LuceneArticleStore.open(data.data)) {
            EntityRegistry registry = data.openRegistry();
            Pipeline pipeline = Pipeline.standard(LocalDate.of(2022, 1, 20), registry);
            List<AnalyzedArticle> base = bench.analyze(ServeBenchmark.basePages(shared), pipeline, threads);
            if (base.isEmpty()) {
                spec.commandLine().getErr().println("storyline: no ECB+ documents or samples under " + shared);
                return 2;
            }
            bench.load(base, store, registry, articles);
            out.printf("heap in use after GC, store open: %,d MB%n", ServeBenchmark.heapAfterGcMb());
            // The copies were stored without events, as by a version before events were kept: the first start
            // assigns them all (the one-time migration); a restart then reads the stored events.
            long starting = System.nanoTime();
            StoredEvents events = data.openEvents(store);
            StorylineServer server = new StorylineServer(store, events, pipeline, registry).start("127.0.0.1", port);
            out.printf("server started in %.1f s (events of the stored articles are assigned in the background)%n", (System.nanoTime() - starting) / 1e9);
            while (!server.storiesReady()) Thread.sleep(200);
            double replay = (System.nanoTime() - starting) / 1e9;
            out.printf("events assigned to the %,d stored articles (once, migrating) in %.1f s = %,.0f articles/s; heap after GC: %,d MB%n",
                    store.count(), replay, store.count() / replay, ServeBenchmark.heapAfterGcMb());
            server.close();
            events.close();
            starting = System.nanoTime();
            events = data.openEvents(store);
            server = new StorylineServer(store, events, pipeline, registry).start("127.0.0.1", port);
            out.printf("restart: server up with its stored events in %.2f s (ready: %s); heap after GC: %,d MB%n",
                    (System.nanoTime() - starting) / 1e9, server.storiesReady(), ServeBenchmark.heapAfterGcMb());
            try {
                bench.measureRequests("http://127.0.0.1:" + server.port(), store, requests, 42); // warm-up
                out.println("(above: warm-up; below: measured)");
                bench.measureRequests("http://127.0.0.1:" + server.port(), store, requests, 7);
                out.printf("heap in use after GC, after the requests: %,d MB%n", ServeBenchmark.heapAfterGcMb());
                out.printf("store on disk: %,d MB%n", size(data.data) / (1024 * 1024));
                out.flush();
                if (keepServing) {
                    spec.commandLine().getErr().println("Storyline is serving at http://localhost:" + server.port());
                    Thread.currentThread().join();
                }
            } finally {
                server.close();
                events.close();
            }
        }
        return 0;
    }

    private static long size(Path dir) throws java.io.IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}

package dev.storyline.cli;

import dev.storyline.Ingestion;
import dev.storyline.Pipeline;
import dev.storyline.StoredEvents;
import dev.storyline.alerts.AlertEvaluator;
import dev.storyline.summaries.SummaryUpdater;
import dev.storyline.alerts.delivery.Delivering;
import dev.storyline.entities.EntityRegistry;
import dev.storyline.ingest.Ingested;
import dev.storyline.store.ArticleStore;
import dev.storyline.store.LuceneArticleStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import dev.storyline.CommitListener;
import dev.storyline.sources.Follower;
import dev.storyline.sources.SourceSettings;
import dev.storyline.web.SourcesDesk;
import dev.storyline.web.StorylineServer;

import java.io.PrintWriter;
import java.time.Clock;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Ingest the inputs, if any, into the store (as `ingest` does), then serve the web UI and REST API over it "
                + "while following the sources (as `follow` does; add them on the Sources page or with `storyline sources add`).",
                "Stderr: progress, a summary, then the address to open, and each source's poll. Ctrl-C stops the server cleanly."})
final class RunCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOption data;

    @Mixin
    ServeOptions serve;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Files or folders to ingest first (same formats as analyze).")
    List<Path> inputs = List.of();

    @Mixin
    FollowOptions follow;

    @Mixin
    NewSourceOptions newSources;

    @Mixin
    AnalysisOptions analysis;

    @Mixin
    ConfigOption config;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Pipeline.Models models = config.models(spec.commandLine(), err);
        SourceSettings added;
        try {
            added = newSources.settings(follow.allowPrivateAddresses);
        } catch (IllegalArgumentException e) {
            err.println("storyline: " + e.getMessage());
            return 2;
        }
        // One flag for fetching and for delivering: --allow-private-addresses lets both reach private addresses.
        Delivering delivering = serve.delivery.deliveringOrSay(data.data, follow.allowPrivateAddresses, err);
        if (delivering == null) return 2;
        ArticleStore store = LuceneArticleStore.open(data.data);
        EntityRegistry registry = data.openRegistry();
        Pipeline pipeline = Pipeline.standard(analysis.today, registry, models);
        StoredEvents events = null;
        AlertEvaluator alerts = null;
        SummaryUpdater summaries = null;
        try (Stream<Ingested> items = analysis.reader().read(inputs); Progress progress = new Progress("ingest")) {
            events = data.openEventsCaughtUp(store, err);
            alerts = data.openAlerts(store, events);
            summaries = data.openSummaries(store, events);
            Ingestion.Summary summary = new Ingestion(pipeline, store, events, registry, analysis.threads,
                    CommitListener.all(alerts, summaries)).ingest(items, ack -> {
                if (ack.status() == Ingestion.Status.FAILED) err.println("storyline: " + ack.input() + ": " + ack.error());
                progress.step(ack.status() != Ingestion.Status.FAILED);
            });
            IngestCommand.printSummary(summary, store, err, data.data);
        } catch (Exception e) {
            if (alerts != null) alerts.close();
            if (events != null) events.close();
            store.close();
            throw e;
        }
        Following following;
        try {
            following = new Following(data, follow);
        } catch (Exception e) {
            alerts.close();
            events.close();
            store.close();
            throw e;
        }
        StoredEvents opened = events;
        SourcesDesk desk = new SourcesDesk(following.sources, added, Clock.systemUTC());
        serve.serveUntilStopped(store, events, pipeline, registry, alerts, summaries, delivering, List.of(desk), data.data, err,
                (server, listener) -> followInBackground(server, following, pipeline, store, opened, registry, listener, err));
        return 0;
    }

    /** Follows the sources on a thread of its own once the server's stories are ready; closing stops it. */
    private AutoCloseable followInBackground(StorylineServer server, Following following, Pipeline pipeline,
                                             ArticleStore store, StoredEvents events, EntityRegistry registry,
                                             CommitListener alerts, PrintWriter err) {
        Follower[] follower = {null};
        Object started = new Object();
        Thread thread = new Thread(() -> {
            try {
                // The server assigns events to stored articles that have none first; following waits for it.
                while (!server.storiesReady()) Thread.sleep(500);
                Follower f = following.follower(pipeline, store, events, registry, analysis.threads, alerts,
                        server.writerLock());
                synchronized (started) {
                    follower[0] = f;
                }
                err.println("storyline: following " + following.registry.size() + " sources (add more on the Sources page)");
                f.followUntilStopped(ack -> {
                    if (ack.status() == Ingestion.Status.FAILED) err.println("storyline: " + ack.input() + ": " + ack.error());
                }, line -> err.println("storyline: " + line));
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                err.println("storyline: following stopped: " + e);
            }
        }, "storyline-follow");
        thread.setDaemon(true);
        thread.start();
        return () -> {
            synchronized (started) {
                if (follower[0] != null) follower[0].stop();
                else thread.interrupt();
            }
            thread.join(60_000);
            following.close();
        };
    }
}

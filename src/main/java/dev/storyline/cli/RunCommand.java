package dev.storyline.cli;

import dev.storyline.Ingestion;
import dev.storyline.Pipeline;
import dev.storyline.StoredEvents;
import dev.storyline.alerts.AlertEvaluator;
import dev.storyline.alerts.delivery.Delivering;
import dev.storyline.entities.EntityRegistry;
import dev.storyline.ingest.Ingested;
import dev.storyline.store.ArticleStore;
import dev.storyline.store.LuceneArticleStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Ingest the inputs into the store (as `ingest` does), then serve the web UI and REST API over it.",
                "Stderr: progress, a summary, then the address to open. Ctrl-C stops the server cleanly."})
final class RunCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOption data;

    @Mixin
    ServeOptions serve;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders to ingest (same formats as analyze).")
    List<Path> inputs;

    @Mixin
    AnalysisOptions analysis;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        // Webhooks to private addresses stay refused in run until the follow branch brings --allow-private-addresses
        // to it (FollowOptions): its flag then goes here, one flag for fetching and delivering.
        Delivering delivering = serve.delivery.deliveringOrSay(data.data, false, err);
        if (delivering == null) return 2;
        ArticleStore store = LuceneArticleStore.open(data.data);
        EntityRegistry registry = data.openRegistry();
        Pipeline pipeline = Pipeline.standard(analysis.today, registry);
        StoredEvents events = null;
        AlertEvaluator alerts = null;
        try (Stream<Ingested> items = analysis.reader().read(inputs); Progress progress = new Progress("ingest")) {
            events = data.openEventsCaughtUp(store, err);
            alerts = data.openAlerts(store, events);
            Ingestion.Summary summary = new Ingestion(pipeline, store, events, registry, analysis.threads, alerts).ingest(items, ack -> {
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
        serve.serveUntilStopped(data.data, delivering, store, events, alerts, pipeline, registry, err);
        return 0;
    }
}

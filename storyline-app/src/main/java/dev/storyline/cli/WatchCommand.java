package dev.storyline.cli;

import dev.storyline.Ingestion;
import dev.storyline.Pipeline;
import dev.storyline.StoredEvents;
import dev.storyline.CommitListener;
import dev.storyline.alerts.AlertEvaluator;
import dev.storyline.summaries.SummaryUpdater;
import dev.storyline.alerts.delivery.Delivering;
import dev.storyline.entities.EntityRegistry;
import dev.storyline.ingest.FolderWatcher;
import dev.storyline.ingest.InputReader;
import dev.storyline.store.ArticleStore;
import dev.storyline.store.LuceneArticleStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {
                "Keep ingesting the files that appear in (or change in) a folder, as a crawler drops them; stop with Ctrl-C.",
                "Files already taken are remembered in the store's folder, so a restart takes only new ones.",
                "Stdout: one JSON line per input once durable, as `ingest` prints."})
final class WatchCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOption data;

    @Parameters(paramLabel = "DIR", description = "The folder to watch (recursively).")
    Path folder;

    @Option(names = "--interval", description = "Seconds between two looks at the folder (default: ${DEFAULT-VALUE}).")
    double intervalSeconds = 2;

    @Option(names = "--polls", hidden = true, description = "Stop after this many polls (for tests).")
    long polls = Long.MAX_VALUE;

    @Mixin
    DeliveryOptions delivery;

    @Mixin
    PrivateAddressesOption privateAddresses;

    @Mixin
    ConfigOption config;

    @Option(names = "--threads", description = "Analysis threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(folder)) {
            err.println("storyline: " + folder + ": not a folder");
            return 2;
        }
        Pipeline.Models models = config.models(spec.commandLine(), err);
        Delivering delivering = delivery.deliveringOrSay(data.data, privateAddresses.allowPrivateAddresses, err);
        if (delivering == null) return 2;
        FolderWatcher watcher = new FolderWatcher(folder, data.data.resolve("watched-files.tsv"));
        err.println("storyline: watching " + folder + " every " + intervalSeconds + " s; Ctrl-C to stop");
        EntityRegistry registry = data.openRegistry();
        try (ArticleStore store = LuceneArticleStore.open(data.data);
             StoredEvents events = data.openEventsCaughtUp(store, err);
             AlertEvaluator alerts = data.openAlerts(store, events);
             BackgroundDelivery deliveries = BackgroundDelivery.start(data.data, delivering, delivery.interval(), alerts, events, err)) {
            SummaryUpdater summaries = data.openSummaries(store, events);
            Ingestion ingestion = new Ingestion(Pipeline.standard(LocalDate.now(), registry, models), store, events, registry, threads,
                    CommitListener.all(deliveries.listener(), summaries));
            for (long poll = 0; poll < polls; poll++) {
                List<Path> ready = watcher.poll();
                if (!ready.isEmpty()) {
                    Ingestion.Summary summary = ingestion.ingest(new InputReader().read(ready),
                            ack -> IngestCommand.printAcknowledgement(ack, out, err));
                    for (Path file : ready) watcher.markTaken(file);
                    out.flush();
                    IngestCommand.printSummary(summary, store, err, data.data);
                }
                if (poll + 1 < polls) Thread.sleep((long) (intervalSeconds * 1000));
            }
        }
        return 0;
    }
}

package dev.storyline.cli;

import dev.storyline.AnalysisJson;
import dev.storyline.Ingestion;
import dev.storyline.Pipeline;
import dev.storyline.StoredEvents;
import dev.storyline.CommitListener;
import dev.storyline.alerts.AlertEvaluator;
import dev.storyline.summaries.SummaryUpdater;
import dev.storyline.alerts.delivery.Delivering;
import dev.storyline.entities.EntityRegistry;
import dev.storyline.ingest.Ingested;
import dev.storyline.ingest.InputReader;
import dev.storyline.ingest.SkipCounts;
import dev.storyline.store.ArticleStore;
import dev.storyline.store.LuceneArticleStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {
                "Analyse inputs (as `analyze` does) and add them to the store. Re-ingesting an article changes nothing.",
                "Inputs: files or folders of *.html, *.htm, *.txt, *.jsonl and *.warc (HTML responses of WARC files, e.g. "
                        + "Common Crawl CC-NEWS, streamed), each optionally gzipped.",
                "Stdout: one JSON line per input once it is durable: {\"id\",\"key\",\"status\":\"added|duplicate\"} "
                        + "or {\"id\",\"input\",\"error\"}. Stderr: progress and a summary.",
                "Exit status: 0 all inputs worked, 1 some failed, 2 usage error."})
final class IngestCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOption data;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders to ingest (same formats as analyze).")
    List<Path> inputs;

    @Mixin
    AnalysisOptions analysis;

    @Mixin
    ConfigOption config;

    @Mixin
    PageFilterOptions pages;

    @Mixin
    DeliveryOptions delivery;

    @Mixin
    PrivateAddressesOption privateAddresses;

    @Mixin
    ClusterOption cluster;

    /** How long ingest may spend delivering the new matches before it exits; what is left waits for the next pass. */
    private static final java.time.Duration DELIVERY_BUDGET = java.time.Duration.ofSeconds(30);

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (cluster.given()) {
            if (config.folder() != null) {
                err.println("storyline: --config: the cluster's job analyses with the shipped name lists; " + config.folder() + " is not used");
            }
            return queueToCluster(out, err);
        }
        Pipeline.Models models = config.models(spec.commandLine(), err);
        Delivering delivering = delivery.deliveringOrSay(data.data, privateAddresses.allowPrivateAddresses, err);
        if (delivering == null) return 2;
        EntityRegistry registry = data.openRegistry();
        try (ArticleStore store = LuceneArticleStore.open(data.data);
             StoredEvents events = data.openEventsCaughtUp(store, err);
             AlertEvaluator alerts = data.openAlerts(store, events);
             Progress progress = new Progress("ingest")) {
            SummaryUpdater summaries = data.openSummaries(store, events);
            InputReader reader = analysis.reader(pages, progress);
            progress.showingSkipped(reader.skipped()::total);
            Ingestion.Summary summary;
            try (Stream<Ingested> items = reader.read(inputs)) {
                summary = new Ingestion(Pipeline.standard(analysis.today, registry, models), store, events,
                        registry, analysis.threads, CommitListener.all(alerts, summaries)).dropping(pages::languageDropReason).ingest(items, ack -> {
                    printAcknowledgement(ack, out, err);
                    progress.step(ack.status() != Ingestion.Status.FAILED);
                });
            }
            out.flush();
            progress.close();
            printSummary(summary, store, err, data.data);
            printSkipped(reader.skipped(), summary.skipped(), err);
            BackgroundDelivery.passBeforeExit(data.data, delivering, alerts, events, DELIVERY_BUDGET, err);
            return summary.failed() == 0 ? 0 : 1;
        }
    }

    /** With --cluster: the pages go to Kafka; the Flink job analyses, stores and assigns them. */
    private int queueToCluster(PrintWriter out, PrintWriter err) {
        var config = cluster.readOrSay(err);
        if (config == null) return 2;
        try (Progress progress = new Progress("ingest")) {
            InputReader reader = analysis.reader(pages, progress);
            ClusterOption.Queued queued;
            try (Stream<Ingested> items = reader.read(inputs)) {
                queued = ClusterOption.send(config, items, out, err, progress);
            }
            out.flush();
            progress.close();
            err.printf("storyline: %,d pages queued to %s on %s, %,d failed%n", queued.queued(), config.pagesTopic(),
                    config.bootstrapServers(), queued.failed());
            printSkipped(reader.skipped(), 0, err);
            return queued.failed() == 0 ? 0 : 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (IllegalStateException e) {
            err.println("storyline: " + e.getMessage());
            return 1;
        }
    }

    static void printAcknowledgement(Ingestion.Acknowledgement ack, PrintWriter out, PrintWriter err) {
        if (ack.status() == Ingestion.Status.SKIPPED) return; // counted in the summary: a filter asked for it
        if (ack.status() == Ingestion.Status.FAILED) {
            err.println("storyline: " + ack.input() + ": " + ack.error());
            out.println(AnalysisJson.line(AnalysisJson.object().put("id", ack.id()).put("input", ack.input())
                    .put("error", ack.error())));
        } else {
            out.println(AnalysisJson.line(AnalysisJson.object().put("id", ack.id()).put("key", ack.key())
                    .put("status", ack.status().name().toLowerCase(Locale.ROOT))));
        }
    }

    static void printSummary(Ingestion.Summary summary, ArticleStore store, PrintWriter err, Path data) throws IOException {
        err.printf("storyline: %,d added, %,d duplicates, %,d failed; the store at %s holds %,d articles%n",
                summary.added(), summary.duplicates(), summary.failed(), data, store.count());
        summary.failuresByReason().forEach((reason, n) -> err.printf("storyline:   %,d × %s%n", n, reason));
    }

    /** What was passed over without an error: WARC records that are not pages, and pages the filters dropped. */
    static void printSkipped(SkipCounts skipped, int analysedThenSkipped, PrintWriter err) {
        long total = skipped.total() + analysedThenSkipped;
        if (total == 0) return;
        err.printf("storyline: %,d skipped (not pages, or filtered out)%n", total);
        skipped.byReason().forEach((reason, n) -> err.printf("storyline:   %,d × %s%n", n, reason));
        if (analysedThenSkipped > 0) err.printf("storyline:   %,d × analysed language not in --language%n", analysedThenSkipped);
    }
}

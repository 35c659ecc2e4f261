package dev.storyline.cli;

import dev.storyline.AnalysisJson;
import dev.storyline.Pipeline;
import dev.storyline.Reanalysis;
import dev.storyline.ingest.InputReader;
import dev.storyline.store.StoreSwap;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.concurrent.Callable;

@Command(name = "reanalyze", mixinStandardHelpOptions = true,
        description = {
                "Re-run the current pipeline over the store's own WARC archive (<data>/archive), so that what was "
                        + "fetched benefits from an improved extractor.",
                "Stored articles whose URL the archive holds are analysed again from their archived response; the "
                        + "others (ingested from files or posted) are kept as stored. The articles' index, events and "
                        + "entity registry are rebuilt beside the store in ingestion order, then swapped in atomically: "
                        + "a crash before the swap leaves the store as it was, one during the swap is completed at the "
                        + "next start. Sources, alerts and the archive are not touched. One thread, so that running it "
                        + "twice gives the same store.",
                "Stdout: one JSON line with the totals. Stderr: progress, warnings and a summary.",
                "Exit status: 0 done, 1 the store could not be rebuilt (it is left as it was)."})
final class ReanalyzeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOption data;

    @Mixin
    ConfigOption config;

    @Option(names = "--today", description = "The day dates without a year are resolved against (default: today).")
    LocalDate today = LocalDate.now();

    @Option(names = "--max-page-mb", description = "Refuse archived pages larger than this, decoded (default: ${DEFAULT-VALUE}).")
    int maxPageMb = InputReader.DEFAULT_MAX_PAGE_BYTES / (1024 * 1024);

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StoreSwap.finishInterrupted(data.data); // a swap a crash cut short is completed before anything else
        if (!Files.isDirectory(data.data.resolve("articles"))) {
            err.println("storyline: no store at " + data.data + " (ingest or follow something first, or give --data)");
            return 1;
        }
        Pipeline.Models models = config.models(spec.commandLine(), err);
        Reanalysis.Summary summary;
        long started = System.nanoTime();
        try (Progress progress = new Progress("reanalyze")) {
            summary = new Reanalysis(data.data, models, today, maxPageMb * 1024 * 1024)
                    .run(new Reanalysis.Listener() {
                        @Override
                        public void progress(long done, long total) {
                            progress.step(true);
                        }

                        @Override
                        public void warning(String message) {
                            err.println("storyline: " + message);
                        }
                    });
        } catch (IOException e) {
            boolean swapping = Files.exists(data.data.resolve("reanalyze.swapping"));
            err.println("storyline: reanalyze failed: " + e.getMessage() + (swapping
                    ? "; the new store was being swapped in, which the next command on " + data.data + " completes"
                    : "; the store at " + data.data + " is left as it was"));
            return 1;
        }
        out.println(AnalysisJson.line(AnalysisJson.object().put("reanalysed", summary.reanalysed())
                .put("kept", summary.kept()).put("changed_text", summary.changedText()).put("merged", summary.merged())
                .put("unusable", summary.unusable()).put("archived_responses", summary.archivedResponses())));
        out.flush();
        err.printf("storyline: %,d articles re-analysed from the archive (%,d with a changed text, %,d merged into an "
                        + "earlier article), %,d kept as stored (%,d of them because their archived record was unusable), "
                        + "in %.1f s; the store at %s is replaced%n",
                summary.reanalysed(), summary.changedText(), summary.merged(), summary.kept(), summary.unusable(),
                (System.nanoTime() - started) / 1e9, data.data);
        return 0;
    }
}

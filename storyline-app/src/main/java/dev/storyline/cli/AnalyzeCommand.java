package dev.storyline.cli;

import dev.storyline.AnalysisJson;
import dev.storyline.BatchAnalysis;
import dev.storyline.Pipeline;
import dev.storyline.entities.EmbeddedEntityRegistry;
import dev.storyline.ingest.IngestFailure;
import dev.storyline.ingest.Ingested;
import dev.storyline.ingest.InputReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {
                "Turn raw pages into clean articles as JSON Lines on stdout, one object per article, in input order.",
                "Inputs: files or folders (recursive) of *.html, *.htm, *.txt (scraped text), *.jsonl records "
                        + "{id?, url?, title?, published?, source?, html|raw|text}, *.warc (the HTML responses of a WARC "
                        + "file, e.g. Common Crawl CC-NEWS, streamed); each may be gzipped.",
                "--host and --language keep only some pages (of every input kind); what they drop is counted on stderr.",
                "An input that fails gives {\"id\",\"input\",\"error\"} on stdout and a line on stderr; the rest goes on.",
                "Exit status: 0 all inputs worked, 1 some failed, 2 usage error."})
final class AnalyzeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders to analyse.")
    List<Path> inputs;

    @Mixin
    AnalysisOptions analysis;

    @Mixin
    ConfigOption config;

    @Mixin
    PageFilterOptions pages;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BatchAnalysis batch = new BatchAnalysis(Pipeline.standard(analysis.today, EmbeddedEntityRegistry.inMemory(),
                config.models(spec.commandLine(), err)), analysis.threads);
        int[] failures = {0};
        int[] skipped = {0};
        Progress progress = new Progress("analyze");
        InputReader reader = analysis.reader(pages, progress);
        progress.showingSkipped(reader.skipped()::total);
        try (Stream<Ingested> items = reader.read(inputs); progress) {
            batch.run(items, outcome -> {
                if (outcome instanceof BatchAnalysis.Analyzed analyzed) {
                    if (pages.languageDropReason(analyzed.result()) != null) skipped[0]++;
                    else out.println(AnalysisJson.line(AnalysisJson.of(analyzed.result())));
                } else {
                    IngestFailure failure = ((BatchAnalysis.Failed) outcome).failure();
                    failures[0]++;
                    err.println("storyline: " + failure.input() + ": " + failure.reason());
                    out.println(AnalysisJson.line(AnalysisJson.of(failure)));
                }
                progress.step(outcome instanceof BatchAnalysis.Analyzed);
            });
        } finally {
            out.flush();
        }
        IngestCommand.printSkipped(reader.skipped(), skipped[0], err);
        return failures[0] == 0 ? 0 : 1;
    }
}

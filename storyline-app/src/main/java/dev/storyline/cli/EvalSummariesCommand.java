package dev.storyline.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storyline.AnalysisJson;
import dev.storyline.AnalyzedArticle;
import dev.storyline.Pipeline;
import dev.storyline.entities.EmbeddedEntityRegistry;
import dev.storyline.ingest.RawPage;
import java.time.LocalDate;
import dev.storyline.events.ClusteringEvaluation;
import dev.storyline.events.TermAnalyzer;
import dev.storyline.summaries.EventSummary;
import dev.storyline.summaries.SummaryEvaluation;
import dev.storyline.summaries.SummaryJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "summaries", mixinStandardHelpOptions = true,
        footer = "Name lists: the shipped ones only (no --config; STORYLINE_CONFIG is not read), so that figures compare across installations.",
        description = {"Event summaries over gold events (no clustering): the share of summaries drawn from two articles or "
                + "more (events with two or more), the redundancy between their sentences (mean cosine), and the cost per "
                + "article of keeping them up to date as the documents arrive, beside the analysis's when --analysis is given; "
                + "then some summaries for a reader to judge.",
                "Input: JSON Lines {\"id\",\"topic\",\"subtopic\",\"text\"} (ECB+), optionally gzipped; gold event = subtopic.",
                "Output: one JSON line of figures, then one per shown summary."})
final class EvalSummariesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The labelled documents.")
    Path file;

    @Option(names = "--analysis", description = "Run the real analysis first (names, canonical entities, dates; tens of "
            + "seconds), warmed up over the documents once, then timed on one thread, and report the upkeep's cost as a share of it. Without it the documents are "
            + "read as English text without entities.")
    boolean analysis;

    @Option(names = "--runs", description = "Times the upkeep is timed; the median is reported (default: ${DEFAULT-VALUE}).")
    int runs = 9;

    @Option(names = "--warmup", description = "Untimed runs of the upkeep before the timed ones, so that its code is "
            + "compiled before it is timed (default: ${DEFAULT-VALUE}).")
    int warmup = SummaryEvaluation.WARMUP_RUNS;

    @Option(names = "--show", description = "Summaries to print (spread over the events with two articles or more; "
            + "default: ${DEFAULT-VALUE}).")
    int show = 10;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println("storyline: " + file + ": no such file");
            return 2;
        }
        List<ClusteringEvaluation.Document> docs = ClusteringEvaluation.read(file);
        List<AnalyzedArticle> analyzed = null;
        double analysisMillis = Double.NaN, analysisCpuMillis = Double.NaN;
        if (analysis) {
            // Models loaded and the analysis warmed up over all the documents (its own registry) before it is timed, as
            // the upkeep is: a shorter warm-up leaves the analysis partly interpreted, which would flatter the upkeep's
            // share. The timed pipeline's registry first takes the first 100 documents, as it always has, so that the
            // canonical keys, and so the summaries, stay those of earlier runs of this command.
            Pipeline.Models models = Pipeline.Models.load();
            analyse(Pipeline.standard(LocalDate.of(2024, 1, 1), EmbeddedEntityRegistry.inMemory(), models), docs);
            Pipeline pipeline = Pipeline.standard(LocalDate.of(2024, 1, 1), EmbeddedEntityRegistry.inMemory(), models);
            analyse(pipeline, docs.subList(0, Math.min(100, docs.size())));
            long started = System.nanoTime(), cpuStarted = SummaryEvaluation.cpuNanos();
            analyzed = analyse(pipeline, docs);
            analysisMillis = (System.nanoTime() - started) / 1e6 / docs.size();
            analysisCpuMillis = (SummaryEvaluation.cpuNanos() - cpuStarted) / 1e6 / docs.size();
        }
        SummaryEvaluation.Result r = new SummaryEvaluation(new TermAnalyzer()).run(docs, analyzed, Math.max(0, warmup), runs);
        ObjectNode figures = AnalysisJson.object();
        figures.put("articles", r.articles()).put("events", r.events()).put("multiArticleEvents", r.multiArticleEvents())
                .put("fromSeveralArticles", round(r.fromSeveralArticles())).put("redundancy", round(r.redundancy()))
                .put("meanSentences", round(r.meanSentences())).put("updateMsPerArticle", round(r.updateMillisPerArticle()))
                .put("updateCpuMsPerArticle", round(r.updateCpuMillisPerArticle()))
                .put("batchedUpdateMsPerArticle", round(r.batchedMillisPerArticle()))
                .put("batchedUpdateCpuMsPerArticle", round(r.batchedCpuMillisPerArticle()))
                .put("articlesPerCommit", SummaryEvaluation.COMMIT)
                .put("warmupRuns", Math.max(0, warmup)).put("timedRuns", Math.max(1, runs))

                .put("analysis", analysis ? "real (names, entities, dates)" : "stand-in (English text, no entities)");
        if (analysis) {
            figures.put("analysisMsPerArticle", round(analysisMillis));
            figures.put("updateShareOfAnalysis", round(r.updateMillisPerArticle() / analysisMillis));
            figures.put("analysisCpuMsPerArticle", round(analysisCpuMillis));
            figures.put("updateCpuShareOfAnalysis", round(r.updateCpuMillisPerArticle() / analysisCpuMillis));
            figures.put("batchedUpdateShareOfAnalysis", round(r.batchedMillisPerArticle() / analysisMillis));
            figures.put("batchedUpdateCpuShareOfAnalysis", round(r.batchedCpuMillisPerArticle() / analysisCpuMillis));
        }
        // Each timed run in order: the spread behind the medians, and whether the runs had settled.
        r.updateCpuRuns().forEach(x -> figures.withArray("updateCpuMsPerArticleRuns").add(round(x)));
        r.batchedCpuRuns().forEach(x -> figures.withArray("batchedUpdateCpuMsPerArticleRuns").add(round(x)));
        out.println(AnalysisJson.line(figures));
        List<Map.Entry<String, EventSummary>> multi = new ArrayList<>();
        Map<String, Long> sizes = new java.util.HashMap<>();
        for (ClusteringEvaluation.Document d : docs) sizes.merge(d.event(), 1L, Long::sum);
        for (Map.Entry<String, EventSummary> e : r.summaries().entrySet()) if (sizes.get(e.getKey()) >= 2) multi.add(e);
        int step = Math.max(1, multi.size() / Math.max(1, show));
        for (int i = 0, shown = 0; i < multi.size() && shown < show; i += step, shown++) {
            ObjectNode line = AnalysisJson.object();
            line.put("event", multi.get(i).getKey()).put("articles", sizes.get(multi.get(i).getKey()));
            line.setAll(SummaryJson.write(multi.get(i).getValue()));
            out.println(AnalysisJson.line(line));
        }
        out.flush();
        return 0;
    }

    /**
     * The documents through the real analysis on this thread (so that its CPU time is this thread's, as the upkeep's
     * is), as {@link ClusteringEvaluation#analyze} reads them; a document the analysis fails on is read as the stand-in.
     */
    private static List<AnalyzedArticle> analyse(Pipeline pipeline, List<ClusteringEvaluation.Document> docs) {
        List<AnalyzedArticle> analyzed = new ArrayList<>();
        for (ClusteringEvaluation.Document d : docs) {
            try {
                analyzed.add(pipeline.analyze(new RawPage(d.id(), "ecbplus:" + d.id(), null, null, null, null, RawPage.Kind.CLEAN_TEXT, d.text())));
            } catch (RuntimeException e) {
                analyzed.add(SummaryEvaluation.standIn(d));
            }
        }
        return analyzed;
    }

    private static double round(double x) {
        return Math.round(x * 10_000) / 10_000.0;
    }
}

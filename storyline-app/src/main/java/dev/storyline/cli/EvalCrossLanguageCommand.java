package dev.storyline.cli;

import dev.storyline.events.ClusteringConfig;
import dev.storyline.events.CrossLanguageEvaluation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "crosslang", mixinStandardHelpOptions = true,
        footer = "Name lists: the shipped ones only (no --config; STORYLINE_CONFIG is not read), so that figures compare across installations.",
        description = {"Events across languages: how well the clusterer's article-to-article similarity tells same-event pairs "
                + "from others (ROC AUC and Pearson against gold same/different event) over same-language and over "
                + "cross-language pairs, and BCubed of the events; with the bilingual lexicon, without it, and beside a "
                + "TF-IDF cosine of word stems.",
                "When every report has a \"story\", also the graded figures: Pearson and Spearman of the similarity with "
                        + "ratings read from the labels (4 same event and angle, 3 same event, 2 same story, 1 same kind, "
                        + "0 unrelated), same-language against cross-language, beside TF-IDF, and how many similar (3-4) and "
                        + "dissimilar (0-1) pairs the clustering joins; --verbose lists the hardest pairs.",
                "Input: JSON Lines {\"id\",\"event\",\"story\",\"kind\",\"angle\",\"language\",\"published\",\"title\",\"text\"} "
                        + "(id, event, language and text required), optionally gzipped "
                        + "(e.g. storyline-core/src/test/resources/dev/storyline/events/crosslang/crosslang-events.jsonl, "
                        + "graded-dev.jsonl, graded-heldout.jsonl)."})
final class EvalCrossLanguageCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The reports, each labelled with its gold event.")
    Path file;

    @Option(names = "--analysis-cache", paramLabel = "JSON", description = "Keep the reports' analysis in this file and reuse it "
            + "when present (delete it when the analysis stages change).")
    Path cache;

    @Option(names = "--verbose", description = "Also print each gold event's reports with the cluster the window clustering put them in "
            + "(and, for graded reports, the similar pairs scored lowest and the dissimilar ones scored highest).")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        java.util.List<CrossLanguageEvaluation.Report> reports;
        try {
            reports = CrossLanguageEvaluation.read(file);
        } catch (java.nio.file.NoSuchFileException e) {
            spec.commandLine().getErr().println("storyline: " + file + ": no such file");
            return 2;
        } catch (IOException e) {
            spec.commandLine().getErr().println("storyline: cannot read the reports in " + file + ": " + e.getMessage());
            return 1;
        }
        new CrossLanguageEvaluation().run(reports, ClusteringConfig.defaults(), cache, verbose, spec.commandLine().getOut());
        return 0;
    }
}

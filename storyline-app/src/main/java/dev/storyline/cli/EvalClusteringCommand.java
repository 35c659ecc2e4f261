package dev.storyline.cli;

import dev.storyline.events.ClusteringConfig;
import dev.storyline.events.ClusteringEvaluation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "clustering", mixinStandardHelpOptions = true,
        footer = "Name lists: the shipped ones only (no --config; STORYLINE_CONFIG is not read), so that figures compare across installations.",
        description = {"BCubed precision/recall/F1 of events against gold events, online as assigned and after the window "
                + "re-check, beside the Event Registry baseline (TF-IDF centroid cosine), over file order and shuffled "
                + "orders, and on topics not tuned on (thresholds tuned on the odd topics, measured on the even ones, "
                + "and the reverse); and the speed.",
                "Input: JSON Lines {\"id\",\"topic\",\"subtopic\",\"text\"} (ECB+), optionally gzipped; gold event = subtopic."})
final class EvalClusteringCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The labelled documents.")
    Path file;

    @Option(names = "--threshold", description = "Online event threshold to use instead of the default (for tuning).")
    Double threshold;

    @Option(names = "--recheck-threshold", description = "Re-check threshold to use instead of the default (for tuning).")
    Double recheckThreshold;

    @Option(names = "--sweep", description = "Print F1 for each online and re-check threshold, and the thresholds tuning "
            + "picks, instead (for tuning).")
    boolean sweep;

    @Option(names = "--analysis-cache", paramLabel = "JSON", description = "Keep the documents' analysis in this file and reuse it "
            + "when present (for tuning; delete it when the pipeline changes).")
    Path cache;

    @Override
    public Integer call() throws IOException {
        ClusteringConfig config = ClusteringConfig.defaults();
        if (threshold != null) config = config.withEventThreshold(threshold);
        if (recheckThreshold != null) config = config.withRecheckThreshold(recheckThreshold);
        if (sweep) {
            new ClusteringEvaluation().sweep(ClusteringEvaluation.read(file), config, cache, spec.commandLine().getOut());
            return 0;
        }
        new ClusteringEvaluation().run(ClusteringEvaluation.read(file), config, cache, spec.commandLine().getOut());
        return 0;
    }
}

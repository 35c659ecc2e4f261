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
        description = {"BCubed precision/recall/F1 of event assignment against gold events, beside the Event Registry "
                + "baseline (TF-IDF centroid cosine), over file order and shuffled orders; and the speed.",
                "Input: JSON Lines {\"id\",\"topic\",\"subtopic\",\"text\"} (ECB+), optionally gzipped; gold event = subtopic."})
final class EvalClusteringCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The labelled documents.")
    Path file;

    @Option(names = "--threshold", description = "Event threshold to use instead of the default (for tuning).")
    Double threshold;

    @Option(names = "--sweep", description = "Print F1 over a grid of thresholds and weights instead (for tuning).")
    boolean sweep;

    @Override
    public Integer call() throws IOException {
        ClusteringConfig config = ClusteringConfig.defaults();
        if (threshold != null) config = config.withEventThreshold(threshold);
        if (sweep) {
            new ClusteringEvaluation().sweep(ClusteringEvaluation.read(file), config, spec.commandLine().getOut());
            return 0;
        }
        new ClusteringEvaluation().run(ClusteringEvaluation.read(file), config, spec.commandLine().getOut());
        return 0;
    }
}

package dev.storyline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Measure a stage against a gold data set and print its figures.",
                "Evaluations analyse with the shipped name lists only (the figures are theirs): no --config, and "
                        + "STORYLINE_CONFIG is not read."},
        subcommands = {EvalExtractionCommand.class, EvalEntitiesCommand.class, EvalMergingCommand.class, EvalTimeCommand.class, EvalClusteringCommand.class,
                EvalCrossLanguageCommand.class,
                EvalQuotesCommand.class, EvalSummariesCommand.class, EvalAgreementCommand.class})
final class EvalCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}

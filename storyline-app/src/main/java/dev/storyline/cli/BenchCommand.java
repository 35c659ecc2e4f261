package dev.storyline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the speed and memory of a stage (medians of several runs, beside peers where there are some).",
                "Benchmarks analyse with the shipped name lists only: no --config, and STORYLINE_CONFIG is not read."},
        subcommands = {BenchPipelineCommand.class, BenchExtractionCommand.class, BenchEntitiesCommand.class,
                BenchResolveCommand.class, BenchTimeCommand.class, BenchClusteringCommand.class, BenchRecheckCommand.class,
                BenchServeCommand.class, BenchFollowCommand.class, BenchFrontierCommand.class, BenchBreakingCommand.class,
                BenchAlertsCommand.class, BenchQuotesCommand.class, BenchStoreCommand.class, BenchClusterCommand.class})
final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}

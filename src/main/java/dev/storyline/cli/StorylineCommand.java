package dev.storyline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code storyline} command: subcommands for each way of using the pipeline. */
@Command(name = "storyline",
        mixinStandardHelpOptions = true,
        versionProvider = StorylineCommand.Version.class,
        description = "Multilingual news monitoring: clean articles, entities, dates, events and stories out of raw pages.",
        subcommands = {AnalyzeCommand.class, EvalCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class StorylineCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new StorylineCommand());
        cli.setExitCodeExceptionMapper(e -> 3);
        return cli;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = StorylineCommand.class.getPackage().getImplementationVersion();
            return new String[]{"storyline " + (v == null ? "0.1.0-SNAPSHOT" : v)};
        }
    }
}

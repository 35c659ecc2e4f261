package dev.storyline.cli;

import picocli.CommandLine;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;

/** The {@code storyline} command: subcommands for each way of using the pipeline. */
@Command(name = "storyline",
        mixinStandardHelpOptions = true,
        versionProvider = StorylineCommand.Version.class,
        description = "Multilingual news monitoring: clean articles, entities, dates, events and stories out of raw pages.",
        subcommands = {AnalyzeCommand.class, ClusterCommand.class, IngestCommand.class, ReanalyzeCommand.class, WatchCommand.class, ExportCommand.class,
                SourcesCommand.class, FollowCommand.class, AlertsCommand.class,
                RunCommand.class, ServeCommand.class, EvalCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class StorylineCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    public static void main(String[] args) {
        CommandLine cli = commandLine();
        int status = cli.execute(args);
        cli.getOut().flush();
        System.exit(status);
    }

    /** The command line with UTF-8 output whatever the platform default: JSON Lines on stdout, logs on stderr. */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new StorylineCommand());
        // The commands' descriptions are written in lines of up to about 115 characters: at picocli's default
        // width of 80 each of them broke mid-sentence.
        cli.setUsageHelpWidth(120);
        cli.setOut(new PrintWriter(new BufferedWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8)), false));
        cli.setErr(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true));
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

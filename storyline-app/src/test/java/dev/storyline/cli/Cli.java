package dev.storyline.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Runs the {@code storyline} command in-process, as a user would from the shell. */
final class Cli {

    private Cli() {
    }

    /** Runs {@code args}, expects exit status 0, and returns what went to stdout. */
    static String run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new StorylineCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        assertEquals(0, cli.execute(args), "exit status of storyline " + String.join(" ", args));
        return out.toString();
    }
}

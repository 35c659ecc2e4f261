package dev.storyline.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchBreakingCommandTest {

    @Test
    void printsDetectionPerBurstShapeFalseAlarmsAndTheSweep() {
        String out = Cli.run("bench", "breaking", "--days", "2", "--per-day", "300", "--seeds", "1", "--sweep", "5,6");
        assertTrue(out.contains("threshold 6.0"), out);
        assertTrue(out.matches("(?s).*\\n  40  10  \\d+/1 .*"), "a row for 40 articles from 10 outlets: " + out);
        assertTrue(out.contains("false alarms: "), out);
        assertTrue(out.matches("(?s).*\\n +5\\.0 +\\d+/\\d+ .*\\n +6\\.0 +\\d+/\\d+ .*"), "a sweep line per threshold: " + out);
    }

    @Test
    void anUnreadableEcbPlusFileIsNamed() {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new StorylineCommand());
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err, true));
        assertEquals(2, cli.execute("bench", "breaking", "--ecbplus", "no/such/ecbplus.jsonl.gz"));
        assertTrue(err.toString().contains("cannot read no/such/ecbplus.jsonl.gz"), err.toString());
    }
}

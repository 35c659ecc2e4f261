package dev.storyline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Alerts from the command line: saved, then matched by what `ingest` adds, then read back. */
class AlertsCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cli = new CommandLine(new StorylineCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int status = cli.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    private static List<JsonNode> lines(String out) throws Exception {
        List<JsonNode> nodes = new java.util.ArrayList<>();
        for (String line : out.split("\n")) if (!line.isBlank()) nodes.add(JSON.readTree(line));
        return nodes;
    }

    @Test
    void anAlertAddedBeforeIngestionHasItsMatchesPrintedNewestLast(@TempDir Path dir) throws Exception {
        String data = dir.resolve("data").toString();
        Path feed = dir.resolve("feed.jsonl");
        Files.writeString(feed, String.join("\n",
                "{\"id\":\"q1\",\"title\":\"Earthquake strikes Chile\",\"published\":\"2023-02-08\",\"source\":\"wire\",\"text\":\"A strong earthquake struck northern Chile on Wednesday, officials said. Two people died.\"}",
                "{\"id\":\"f1\",\"title\":\"Floods in Lima\",\"published\":\"2023-02-09\",\"source\":\"wire\",\"text\":\"Heavy rain flooded the streets of Lima on Thursday, officials said. Schools closed.\"}",
                "{\"id\":\"q2\",\"title\":\"Second earthquake in Chile\",\"published\":\"2023-02-10\",\"source\":\"paper\",\"text\":\"Another earthquake shook Chile on Friday, a day after the first, officials said.\"}"), java.nio.charset.StandardCharsets.UTF_8);

        Run added = run("alerts", "add", "quakes", "--data", data, "--query", "earthquake", "--frequency", "daily",
                "--webhook", "http://127.0.0.1:9/hook");
        assertEquals(0, added.status(), added.err());
        JsonNode alert = lines(added.out()).get(0);
        assertEquals("daily", alert.path("delivery").path("frequency").asText());
        assertEquals(64, alert.path("delivery").path("webhookSecret").asText().length(), "the secret, printed once");

        assertEquals(0, run("ingest", "--threads", "1", "--data", data, feed.toString()).status());

        Run matches = run("alerts", "matches", "quakes", "--data", data);
        assertEquals(List.of("Earthquake strikes Chile", "Second earthquake in Chile"),
                lines(matches.out()).stream().map(m -> m.path("title").asText()).toList());
        Run latest = run("alerts", "matches", "quakes", "--data", data, "--limit", "1");
        assertEquals("Second earthquake in Chile", lines(latest.out()).get(0).path("title").asText());

        Run test = run("alerts", "test", "quakes", "--data", data);
        assertEquals(2, lines(test.out()).size(), "a dry run finds the same");
        assertEquals(2, lines(run("alerts", "matches", "quakes", "--data", data).out()).size(), "and adds nothing to the log");

        assertTrue(lines(run("alerts", "list", "--data", data).out()).get(0).path("delivery").path("webhookSecret").isMissingNode());
        assertEquals(0, run("alerts", "remove", "quakes", "--data", data).status());
        assertEquals(0, lines(run("alerts", "list", "--data", data).out()).size());
    }

    @Test
    void errorsNameTheAlertAndTheReason(@TempDir Path dir) {
        String data = dir.toString();
        Run badQuery = run("alerts", "add", "broken", "--data", data, "--query", "tokayev AND (csto");
        assertEquals(1, badQuery.status());
        assertTrue(badQuery.err().contains("alert 'broken'") && badQuery.err().contains("invalid query"), badQuery.err());

        Run unknown = run("alerts", "matches", "nothing", "--data", data);
        assertEquals(1, unknown.status());
        assertTrue(unknown.err().contains("alert 'nothing': no such alert"), unknown.err());

        Run unknownEntity = run("alerts", "add", "someone", "--data", data, "--entity", "PER:nobody-yet");
        assertEquals(0, unknownEntity.status(), "allowed");
        assertTrue(unknownEntity.err().contains("warning: no article has named entity 'PER:nobody-yet'"), unknownEntity.err());

        assertEquals(1, run("alerts", "add", "someone", "--data", data, "--breaking").status(), "names are unique");
        assertEquals(2, run("alerts", "add", "both", "--data", data, "--query", "x", "--story", "s1").status(), "one kind at a time");
    }
}

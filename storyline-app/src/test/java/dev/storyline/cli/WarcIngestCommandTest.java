package dev.storyline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.ingest.CcNewsWarcFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code storyline ingest} over WARC files: a CC-NEWS-style one and the archive Storyline writes when following. */
class WarcIngestCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private record Run(int status, List<JsonNode> lines, String stderr) {
    }

    private static Run storyline(String... args) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new StorylineCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int status = cli.execute(args);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) if (!line.isBlank()) lines.add(JSON.readTree(line));
        return new Run(status, lines, err.toString());
    }

    @Test
    void ingestReadsACcNewsWarcAndTheFollowArchive() throws IOException {
        Path ccNews = CcNewsWarcFiles.ccNews(dir.resolve("CC-NEWS-20261130060000-00001.warc.gz"));
        Path archive = CcNewsWarcFiles.followArchive(dir.resolve("data-of-follow"));
        Run run = storyline("ingest", "--data", dir.resolve("data").toString(), "--threads", "1",
                ccNews.toString(), archive.toString());
        assertEquals(0, run.status(), run.stderr());
        assertEquals(6, run.lines().size(), run.lines().toString());
        for (JsonNode line : run.lines()) assertEquals("added", line.path("status").asText(), line.toString());
        assertTrue(run.stderr().contains("1 × HTTP status 404"), run.stderr());
        assertTrue(run.stderr().contains("9 × request record"), run.stderr());

        Run again = storyline("ingest", "--data", dir.resolve("data").toString(), "--threads", "1", ccNews.toString());
        for (JsonNode line : again.lines()) assertEquals("duplicate", line.path("status").asText(), line.toString());
    }

    @Test
    void hostAndLanguageKeepOnlyThePagesAskedFor() throws IOException {
        Path ccNews = CcNewsWarcFiles.ccNews(dir.resolve("cc.warc.gz"));
        Run run = storyline("analyze", "--threads", "1", "--host", "example.com", "--host", "example.de",
                "--language", "de", ccNews.toString());
        assertEquals(0, run.status(), run.stderr());
        assertEquals(List.of("https://zeitung.example.de/hochwasser-riverton"),
                run.lines().stream().map(l -> l.path("url").asText()).toList());
        assertTrue(run.stderr().contains("host not in --host"), run.stderr());
    }
}

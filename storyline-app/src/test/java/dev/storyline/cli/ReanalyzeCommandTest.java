package dev.storyline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.Pipeline;
import dev.storyline.Reanalysis;
import dev.storyline.ingest.CcNewsWarcFiles;
import dev.storyline.sources.archive.WarcArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code storyline reanalyze}: a store holding an article that an older extractor got wrong (its stored text is
 * not what the current pipeline extracts from the archived page) and an article ingested from a file.
 */
class ReanalyzeCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ARCHIVED_URL = "http://127.0.0.1:8123/news/barrier-inspection";

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

    /** The store before: the archived page's article as an old extractor saw it (menus kept), and a file's article. */
    private Path storeWithAStaleArticle() throws IOException {
        Path data = dir.resolve("data");
        CcNewsWarcFiles.followArchive(data);
        Path stale = dir.resolve("stale.jsonl");
        Files.writeString(stale, JSON.createObjectNode().put("id", "barrier-inspection").put("url", ARCHIVED_URL)
                .put("text", "Home | World | Sport | Weather\nInspectors check the Riverton barrier after the flood\n"
                        + "Inspectors from the regional water authority examined the Riverton flood barrier on Wednesday.\n"
                        + "Subscribe to our newsletter | Cookie settings").toString() + "\n"
                + JSON.createObjectNode().put("id", "from-a-file").put("url", "https://news.example.org/harbour")
                .put("text", "The harbour of Portmere reopened on Monday after storm repairs costing two million euros. "
                        + "Fishing boats returned to their moorings the same afternoon.").toString() + "\n");
        Run ingest = storyline("ingest", "--data", data.toString(), "--threads", "1", stale.toString());
        assertEquals(0, ingest.status(), ingest.stderr());
        return data;
    }

    private static List<JsonNode> export(Path data) throws IOException {
        Run run = storyline("export", "--data", data.toString());
        assertEquals(0, run.status(), run.stderr());
        return run.lines();
    }

    private static JsonNode byId(List<JsonNode> articles, String id) {
        return articles.stream().filter(a -> id.equals(a.path("id").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no article " + id + " in " + articles));
    }

    @Test
    void archivedArticlesAreAnalysedAgainAndFileArticlesKeptAsStored() throws IOException {
        Path data = storeWithAStaleArticle();
        Path archiveFile = WarcArchive.files(data.resolve(WarcArchive.FOLDER)).get(0);
        byte[] archiveBefore = Files.readAllBytes(archiveFile);
        JsonNode fileArticleBefore = byId(export(data), "from-a-file");

        Run run = storyline("reanalyze", "--data", data.toString());
        assertEquals(0, run.status(), run.stderr());
        JsonNode summary = run.lines().get(0);
        assertEquals(1, summary.path("reanalysed").asInt(), summary.toString());
        assertEquals(1, summary.path("kept").asInt(), summary.toString());
        assertEquals(1, summary.path("changed_text").asInt(), summary.toString());

        List<JsonNode> after = export(data);
        assertEquals(2, after.size());
        assertEquals(List.of("barrier-inspection", "from-a-file"), after.stream().map(a -> a.path("id").asText()).toList(),
                "ingestion order kept");
        String text = byId(after, "barrier-inspection").path("text").asText();
        assertTrue(text.contains("minor damage to two gates") && !text.contains("Cookie settings"), text);
        assertEquals(fileArticleBefore, byId(after, "from-a-file"));
        assertArrayEquals(archiveBefore, Files.readAllBytes(archiveFile), "the archive is not touched");
    }

    @Test
    void runningItTwiceChangesNothing() throws IOException {
        Path data = storeWithAStaleArticle();
        assertEquals(0, storyline("reanalyze", "--data", data.toString()).status());
        List<JsonNode> once = export(data);
        Run again = storyline("reanalyze", "--data", data.toString());
        assertEquals(0, again.status(), again.stderr());
        assertEquals(0, again.lines().get(0).path("changed_text").asInt());
        assertEquals(once, export(data));
    }

    @Test
    void aRebuildInterruptedBeforeTheSwapLeavesTheStoreAsItWas() throws IOException {
        Path data = storeWithAStaleArticle();
        List<JsonNode> before = export(data);
        Reanalysis reanalysis = new Reanalysis(data, Pipeline.Models.load(), LocalDate.of(2026, 12, 4), 16 << 20);
        RuntimeException crash = assertThrows(RuntimeException.class, () -> reanalysis.run(new Reanalysis.Listener() {
            @Override
            public void progress(long done, long total) {
                throw new IllegalStateException("the process dies after " + done + " article(s)");
            }

            @Override
            public void warning(String message) {
            }
        }));
        assertTrue(crash.getMessage().startsWith("the process dies"), crash.getMessage());
        assertTrue(Files.isDirectory(data.resolve("reanalyze.building")), "the unfinished build is left beside the store");
        assertEquals(before, export(data));
    }

    @Test
    void aStoreWithoutArticlesIsAnErrorNamingIt() throws IOException {
        Run run = storyline("reanalyze", "--data", dir.resolve("nothing-here").toString());
        assertEquals(1, run.status());
        assertTrue(run.stderr().contains("nothing-here"), run.stderr());
    }
}

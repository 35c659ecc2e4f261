package dev.storyline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.opensearch.OpenSearchArticleStore;
import dev.storyline.opensearch.OpenSearchLocation;
import dev.storyline.opensearch.TestCluster;
import dev.storyline.store.ArticleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.storyline.events.EarthquakeReports.CHILE;
import static dev.storyline.events.EarthquakeReports.TURKEY_PAPER;
import static dev.storyline.events.EarthquakeReports.TURKEY_WIRE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `export --store opensearch://…` reads the articles and events on OpenSearch (the two-node test cluster). */
class ExportFromOpenSearchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    @Test
    void exportGivesTheArticlesOnOpenSearchWithTheirEventsAssignedOnce() throws IOException {
        OpenSearchLocation location = TestCluster.shared().freshLocation();
        try (ArticleStore store = OpenSearchArticleStore.open(location)) {
            store.add(TURKEY_WIRE);
            store.add(CHILE);
            store.add(TURKEY_PAPER);
            store.commit();
        }
        String uri = location.toString();
        String first = Cli.run("export", "--data", data.toString(), "--store", uri);
        assertEquals(first, Cli.run("export", "--data", data.toString(), "--store", uri), "the events are assigned once, then read");
        List<JsonNode> lines = new ArrayList<>();
        for (String line : first.split("\n")) lines.add(JSON.readTree(line));
        assertEquals(List.of("turkey-wire", "chile", "turkey-paper"), lines.stream().map(l -> l.get("id").asText()).toList());
        assertEquals(lines.get(0).get("event"), lines.get(2).get("event"), "two reports of one earthquake");
    }

    @Test
    void anUnreachableClusterIsOneLineNamingIt() {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new StorylineCommand());
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err, true));
        assertEquals(1, cli.execute("export", "--data", data.toString(), "--store", "opensearch://127.0.0.1:1/gone"));
        assertTrue(err.toString().startsWith("storyline: OpenSearch HEAD /gone-articles at opensearch://127.0.0.1:1/gone: "), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
    }
}

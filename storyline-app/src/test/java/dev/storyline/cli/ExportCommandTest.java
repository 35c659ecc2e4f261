package dev.storyline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ingest, then export: the analyze contract plus key, event and story; re-ingesting changes nothing. */
class ExportCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;


    @Test
    void exportGivesEveryIngestedArticleOnceWithItsEventAndStory() throws IOException {
        Path feed = dir.resolve("feed.jsonl");
        Files.writeString(feed, """
                {"id":"a","published":"2023-02-06","title":"Earthquake kills hundreds in Turkey","text":"A magnitude 7.8 earthquake struck southern Turkey near Gaziantep on Monday, killing at least 1,500 people. President Erdogan declared national mourning."}
                {"id":"b","published":"2023-02-06","title":"Gaziantep quake toll passes 1,500","text":"The 7.8 magnitude quake that hit Gaziantep has killed more than 1,500 people in Turkey. Erdogan announced national mourning."}
                """);
        String data = dir.resolve("store").toString();
        Cli.run("ingest", "--threads", "1", "--data", data, feed.toString());
        String first = Cli.run("export", "--data", data);
        Cli.run("ingest", "--threads", "1", "--data", data, feed.toString());
        assertEquals(first, Cli.run("export", "--data", data), "ingesting again changes nothing");

        List<JsonNode> lines = new ArrayList<>();
        for (String line : first.split("\n")) lines.add(JSON.readTree(line));
        assertEquals(List.of("a", "b"), lines.stream().map(l -> l.get("id").asText()).toList(), "once each, in order");
        for (String field : List.of("title", "published", "language", "text", "entities", "dates", "quotes", "key", "event", "story")) {
            assertTrue(lines.get(0).has(field), field);
        }
        assertEquals(lines.get(0).get("event"), lines.get(1).get("event"), "two reports of one earthquake");

        String csv = Cli.run("export", "--data", data, "--format", "csv");
        assertTrue(csv.startsWith("key,id,url,source,title,published,authors,dateline,language,entities,event,story,text"), csv);
        assertEquals(3, csv.lines().filter(l -> !l.isBlank()).count(), "a header and two rows");
    }

    @Test
    void aStoreWrittenBeforeEventsWereKeptGetsThemOnceFromItsArticles() throws IOException {
        Path feed = dir.resolve("feed.jsonl");
        Files.writeString(feed, """
                {"id":"a","published":"2023-02-06","title":"Earthquake kills hundreds in Turkey","text":"A magnitude 7.8 earthquake struck southern Turkey near Gaziantep on Monday, killing at least 1,500 people. President Erdogan declared national mourning."}
                {"id":"b","published":"2023-02-08","title":"Floods in Lima","text":"Heavy rain flooded the streets of Lima on Wednesday, Peruvian officials said, and schools closed."}
                {"id":"c","published":"2023-02-06","title":"Gaziantep quake toll passes 1,500","text":"The 7.8 magnitude quake that hit Gaziantep has killed more than 1,500 people in Turkey. Erdogan announced national mourning."}
                """);
        Path data = dir.resolve("store");
        Cli.run("ingest", "--threads", "1", "--data", data.toString(), feed.toString());
        String assignedAtIngestion = Cli.run("export", "--data", data.toString());
        try (var files = Files.walk(data.resolve("events"))) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
        assertEquals(assignedAtIngestion, Cli.run("export", "--data", data.toString()),
                "replayed in ingestion order, the same events and stories");
        assertTrue(Files.isDirectory(data.resolve("events")), "and kept from now on");
    }
}

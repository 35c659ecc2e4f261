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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cluster command's contract: one {"id","event","story"} line per article, in input order, nothing else. */
class ClusterCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    // Invented reports: two of one earthquake, one of another. The second report of the first arrives after an
    // article a month newer: late articles must still find their event.
    private static final String FEED = """
            {"id":"a","published":"2023-02-06","title":"Powerful earthquake kills hundreds in southern Turkey","text":"A magnitude 7.8 earthquake struck southern Turkey near Gaziantep early on Monday, killing at least 1,500 people. Rescuers in Gaziantep and Kahramanmaras searched the rubble. President Erdogan declared national mourning."}
            {"id":"b","published":"2023-03-10","title":"Earthquake hits northern Chile, two dead","text":"A magnitude 6.1 earthquake struck northern Chile near Antofagasta on Friday, killing two people and damaging houses, the emergency office Onemi said. President Boric visited the region."}
            {"id":"c","published":"2023-02-06","title":"Gaziantep quake: toll passes 1,500","text":"The 7.8 magnitude quake that hit Gaziantep before dawn has killed more than 1,500 people in Turkey. Erdogan announced national mourning while rescue teams worked in Kahramanmaras."}
            """;


    @Test
    void printsOneLinePerArticleWithItsEventAndStory() throws IOException {
        Path feed = dir.resolve("feed.jsonl");
        Files.writeString(feed, FEED);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Cli.run("cluster", "--threads", "1", feed.toString()).split("\n")) lines.add(JSON.readTree(line));

        assertEquals(List.of("a", "b", "c"), lines.stream().map(l -> l.get("id").asText()).toList());
        List<String> fields = new ArrayList<>();
        lines.get(0).fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("id", "event", "story"), fields);
        assertEquals(lines.get(0).get("event"), lines.get(2).get("event"));
        assertNotEquals(lines.get(0).get("event"), lines.get(1).get("event"));
    }

    @Test
    void theFrenchSamplesAreOneStoryOfTwoEvents() throws IOException {
        Path samples = Path.of(System.getProperty("storyline.shared", "../shared"), "samples", "fr");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(samples), "skipped: no French samples at " + samples);
        // Two reports of two phone calls of Putin's about Kazakhstan, a week apart: one story, two events.
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Cli.run("cluster", "--threads", "1", samples.toString()).split("\n")) lines.add(JSON.readTree(line));
        assertEquals(2, lines.size());
        assertEquals(lines.get(0).get("story"), lines.get(1).get("story"));
        assertNotEquals(lines.get(0).get("event"), lines.get(1).get("event"));
    }

    @Test
    void textFormatShowsEventsWithTheirLabelAndWhyArticlesJoined() throws IOException {
        Path feed = dir.resolve("feed.jsonl");
        Files.writeString(feed, FEED);
        String text = Cli.run("cluster", "--threads", "1", "--format", "text", feed.toString());
        // An event is labelled with the title of the article that matched it best.
        assertTrue(text.contains("Event e1: Gaziantep quake: toll passes 1,500 — 2 article(s), 2023-02-06"), text);
        assertTrue(text.contains("- c: joined at"), text);
        assertTrue(text.contains("Gaziantep"), text);
    }

    @Test
    void textFormatShowsEachEventsHeadlineAndSummaryDrawnFromItsArticles() throws IOException {
        Path feed = dir.resolve("feed.jsonl");
        Files.writeString(feed, FEED);
        String text = Cli.run("cluster", "--threads", "1", "--format", "text", feed.toString());
        int turkey = text.indexOf("Event e1:");
        String event = text.substring(turkey, text.indexOf("\n  Event", turkey + 1) < 0 ? text.length() : text.indexOf("\n  Event", turkey + 1));
        assertTrue(event.contains("    headline: "), event);
        // Its two articles (a and c) each lend a sentence, named after the sentence.
        assertTrue(event.contains(" [a]") && event.contains(" [c]"), event);
    }
}

package dev.storyline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.sources.LoopbackOutlets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code storyline sources …} and {@code storyline follow --once} as a user runs them, over loopback outlets. */
class SourcesCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void addedSourcesSayWhatWasFoundAndAddingAgainChangesNothing() throws Exception {
        try (LoopbackOutlets outlets = LoopbackOutlets.start(List.of(new LoopbackOutlets.Spec("Le Courrier du Val", "fr", 2)))) {
            LoopbackOutlets.Outlet o = outlets.outlet(0);
            List<JsonNode> added = lines(Cli.run("sources", "add", "--allow-private-addresses", "--host-delay-ms", "0", "--data", dir.toString(),
                    o.homepage().toString(), o.rss().toString()));
            assertEquals("homepage", added.get(0).get("kind").asText());
            assertEquals(3, added.get(0).get("feeds").size(), added.get(0).toString());
            assertEquals(o.newsSitemap().toString(), added.get(0).get("sitemaps").get(0).asText());
            assertTrue(added.get(0).get("notes").size() > 0);
            assertEquals("feed", added.get(1).get("kind").asText());
            assertEquals("added", added.get(1).get("status").asText());

            List<JsonNode> again = lines(Cli.run("sources", "add", "--allow-private-addresses", "--host-delay-ms", "0", "--data", dir.toString(),
                    o.rss().toString() + "?utm_source=newsletter"));
            assertEquals("known", again.get(0).get("status").asText(), "the same URL less its tracking parameters");
            assertEquals(2, lines(Cli.run("sources", "list", "--data", dir.toString())).size());
        }
    }

    @Test
    void aUrlThatCannotBeAddedGivesAnErrorLineAndTheOthersAreAdded() throws Exception {
        try (LoopbackOutlets outlets = LoopbackOutlets.start(List.of(new LoopbackOutlets.Spec("Le Courrier du Val", "fr", 1)))) {
            StringWriter out = new StringWriter();
            int status = execute(out, "sources", "add", "--allow-private-addresses", "--host-delay-ms", "0", "--data", dir.toString(),
                    "ftp://example.org/feed", outlets.outlet(0).rss().toString());
            assertEquals(1, status);
            List<JsonNode> lines = lines(out.toString());
            assertTrue(lines.get(0).get("error").asText().contains("ftp://example.org/feed"), lines.get(0).toString());
            assertEquals("added", lines.get(1).get("status").asText());
        }
    }

    @Test
    void aLoopbackUrlIsRefusedWithoutAllowPrivateAddresses() throws Exception {
        try (LoopbackOutlets outlets = LoopbackOutlets.start(List.of(new LoopbackOutlets.Spec("Le Courrier du Val", "fr", 1)))) {
            StringWriter out = new StringWriter();
            assertEquals(1, execute(out, "sources", "add", "--data", dir.toString(), outlets.outlet(0).rss().toString()));
            assertTrue(lines(out.toString()).get(0).get("error").asText().contains("refused"), out.toString());
        }
    }

    @Test
    void aSourceTakesThePollingBoundsAndFirstPollAgeGiven() throws Exception {
        try (LoopbackOutlets outlets = LoopbackOutlets.start(List.of(new LoopbackOutlets.Spec("Le Courrier du Val", "fr", 1)))) {
            JsonNode added = lines(Cli.run("sources", "add", "--allow-private-addresses", "--host-delay-ms", "0", "--data", dir.toString(),
                    "--min-interval", "10m", "--max-interval", "2h", "--max-age", "1d", outlets.outlet(0).rss().toString())).get(0);
            assertEquals("PT10M", added.get("minInterval").asText());
            assertEquals("PT2H", added.get("maxInterval").asText());
            assertEquals("PT24H", added.get("firstPollMaxAge").asText());
            assertEquals(2, execute(new StringWriter(), "sources", "add", "--data", dir.toString(), "--min-interval", "3h",
                    "--max-interval", "1h", outlets.outlet(0).atom().toString()), "bounds that disagree are a usage error");
        }
    }

    @Test
    void exportedOpmlImportsIntoAnotherStoreAsTheSameFeedsAndRemoveForgetsASource() throws Exception {
        try (LoopbackOutlets outlets = LoopbackOutlets.start(List.of(new LoopbackOutlets.Spec("A", "fr", 1),
                new LoopbackOutlets.Spec("B", "en", 1)))) {
            Path first = dir.resolve("first");
            Cli.run("sources", "add", "--allow-private-addresses", "--host-delay-ms", "0", "--data", first.toString(),
                    outlets.outlet(0).rss().toString(), outlets.outlet(1).atom().toString());
            Path opml = dir.resolve("subscriptions.opml");
            Files.writeString(opml, Cli.run("sources", "export", "--data", first.toString()));
            Path second = dir.resolve("second");
            List<JsonNode> imported = lines(Cli.run("sources", "import", "--host-delay-ms", "0", "--data", second.toString(), opml.toString()));
            assertEquals(List.of(outlets.outlet(0).rss().toString(), outlets.outlet(1).atom().toString()),
                    imported.stream().map(j -> j.get("url").asText()).toList());

            Cli.run("sources", "remove", "--data", second.toString(), outlets.outlet(0).rss().toString());
            List<JsonNode> left = lines(Cli.run("sources", "list", "--data", second.toString()));
            assertEquals(List.of(outlets.outlet(1).atom().toString()), left.stream().map(j -> j.get("url").asText()).toList());
        }
    }

    @Test
    void followOncePrintsEachArticleOnceDurableAndASecondPassNothing() throws Exception {
        try (LoopbackOutlets outlets = LoopbackOutlets.start(List.of(new LoopbackOutlets.Spec("The Northwick Herald", "en", 3)))) {
            String data = dir.toString();
            Cli.run("sources", "add", "--allow-private-addresses", "--host-delay-ms", "0", "--data", data, outlets.outlet(0).homepage().toString());
            List<JsonNode> first = lines(Cli.run("follow", "--once", "--allow-private-addresses", "--host-delay-ms", "0",
                    "--threads", "1", "--data", data));
            assertEquals(3, first.size(), first.toString());
            for (JsonNode ack : first) {
                assertEquals("added", ack.get("status").asText());
                assertTrue(ack.get("id").asText().startsWith(outlets.outlet(0).base().toString()), "the id is the URL fetched");
            }
            assertEquals(List.of(), lines(Cli.run("follow", "--once", "--allow-private-addresses", "--data", data)),
                    "nothing is due yet, and nothing new");
        }
    }

    private static int execute(StringWriter out, String... args) {
        CommandLine cli = new CommandLine(new StorylineCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        int status = cli.execute(args);
        cli.getOut().flush();
        return status;
    }

    private static List<JsonNode> lines(String out) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.split("\n")) if (!line.isBlank()) nodes.add(JSON.readTree(line));
        return nodes;
    }
}

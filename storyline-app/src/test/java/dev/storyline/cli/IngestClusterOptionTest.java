package dev.storyline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.cluster.LocalKafka;
import dev.storyline.cluster.PageRecords;
import dev.storyline.ingest.InputReader;
import dev.storyline.ingest.RawPage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ingest --cluster CONFIG} writes the raw pages to the cluster's pages topic and leaves the embedded store alone. */
class IngestClusterOptionTest {

    static LocalKafka kafka;

    @BeforeAll
    static void startKafka() throws Exception {
        kafka = new LocalKafka();
    }

    @AfterAll
    static void stopKafka() throws Exception {
        if (kafka != null) kafka.close();
    }

    @Test
    void pagesGoToThePagesTopicAsTheirJsonLinesRecords(@TempDir Path dir) throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Files.writeString(inputs.resolve("a.txt"), "Le président a parlé mardi à Paris devant les députés.\n");
        Files.writeString(inputs.resolve("b.jsonl"), "{\"id\":\"b1\",\"url\":\"https://example.org/b1\",\"text\":\"Texte.\"}\n"
                + "not json\n");
        Path config = dir.resolve("cluster.properties");
        Files.writeString(config, "kafka.bootstrap.servers=" + kafka.bootstrapServers() + "\ntopic.pages=t1.pages\n"
                + "topic.articles=t1.articles\ntopic.assignments=t1.assignments\ntopic.replication=1\n");
        Path data = dir.resolve("data");

        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new StorylineCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        int status = cli.execute("ingest", "--data", data.toString(), "--cluster", config.toString(), inputs.toString());

        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) lines.add(json.readTree(line));
        assertEquals(1, status, "one input line is not a page");
        assertEquals(3, lines.size());
        assertEquals(2, lines.stream().filter(l -> "queued".equals(l.path("status").asText())).count());
        assertTrue(lines.stream().anyMatch(l -> l.has("error")), "the bad line is reported");

        List<RawPage> expected = new ArrayList<>();
        try (var read = new InputReader().read(List.of(inputs))) {
            read.forEach(item -> {
                if (item instanceof RawPage page) expected.add(page);
            });
        }
        List<ConsumerRecord<String, String>> records = kafka.readAll("t1.pages");
        assertEquals(expected.stream().map(PageRecords::line).toList(), records.stream().map(ConsumerRecord::value).toList());
        assertEquals(expected.stream().map(RawPage::id).toList(), records.stream().map(ConsumerRecord::key).toList());
        assertFalse(Files.exists(data), "nothing is stored under --data");
    }

    @Test
    void aConfigWithAnUnknownKeyIsRefusedWithItsName(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("cluster.properties");
        Files.writeString(config, "kafka.bootstrap.servers=127.0.0.1:1\ntopic.page=x\n");
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new StorylineCommand());
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err));

        int status = cli.execute("ingest", "--data", dir.resolve("data").toString(), "--cluster", config.toString(), dir.toString());

        assertEquals(2, status);
        assertTrue(err.toString().contains("unknown keys [topic.page]"), err.toString());
        assertTrue(err.toString().contains(config.toString()), err.toString());
    }
}

package dev.storyline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.cluster.LocalKafka;
import dev.storyline.sources.LoopbackOutlets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code storyline follow --once --cluster CONFIG} as a user runs it: the followed pages go to the pages topic. */
class FollowClusterOptionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void followOnceQueuesEachArticleToThePagesTopicAndPrintsItOnceKafkaHoldsIt() throws Exception {
        try (LocalKafka kafka = new LocalKafka();
             LoopbackOutlets outlets = LoopbackOutlets.start(List.of(new LoopbackOutlets.Spec("The Northwick Herald", "en", 3)))) {
            Path config = dir.resolve("cluster.properties");
            Files.writeString(config, "kafka.bootstrap.servers=" + kafka.bootstrapServers() + "\ntopic.pages=f.pages\n"
                    + "topic.articles=f.articles\ntopic.assignments=f.assignments\ntopic.replication=1\n");
            String data = dir.resolve("data").toString();
            Cli.run("sources", "add", "--allow-private-addresses", "--host-delay-ms", "0", "--data", data,
                    outlets.outlet(0).homepage().toString());

            String out = Cli.run("follow", "--once", "--cluster", config.toString(), "--allow-private-addresses",
                    "--host-delay-ms", "0", "--data", data);

            List<JsonNode> lines = new ArrayList<>();
            for (String line : out.split("\n")) lines.add(JSON.readTree(line));
            assertEquals(3, lines.size(), out);
            for (JsonNode line : lines) {
                assertEquals("queued", line.get("status").asText());
                assertEquals("f.pages", line.get("topic").asText());
                assertTrue(line.get("id").asText().startsWith(outlets.outlet(0).base().toString()), "the id is the URL fetched");
            }
            assertEquals(lines.stream().map(l -> l.get("id").asText()).toList(),
                    kafka.readAll("f.pages").stream().map(ConsumerRecord::key).toList());
            assertFalse(Files.exists(dir.resolve("data/articles")), "no embedded store");
        }
    }
}

package dev.storyline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.storyline.alerts.delivery.Signatures;
import dev.storyline.alerts.delivery.WebhookReceiver;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * From the command line, as the "done when": save a search, ingest new pages, and the matches arrive at a
 * webhook receiver and by email (both started by the test on loopback); a receiver that is down gets its matches
 * parked by `alerts deliver`, shown by `alerts list`, and queued again by `alerts retry`.
 */
class AlertDeliveryCommandTest {

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
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.split("\n")) if (!line.isBlank()) nodes.add(JSON.readTree(line));
        return nodes;
    }

    private static int closedPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void ingestedMatchesReachTheWebhookAndTheMailboxAndAFailingWebhookIsParkedThenRetried(@TempDir Path dir) throws Exception {
        String data = dir.resolve("data").toString();
        Path feed = dir.resolve("feed.jsonl");
        Files.writeString(feed, String.join("\n",
                "{\"id\":\"q1\",\"title\":\"Earthquake strikes <Chile>\",\"published\":\"2023-02-08\",\"source\":\"wire\",\"text\":\"A strong earthquake struck northern Chile on Wednesday, officials said. Two people died.\"}",
                "{\"id\":\"f1\",\"title\":\"Floods in Lima\",\"published\":\"2023-02-09\",\"source\":\"wire\",\"text\":\"Heavy rain flooded the streets of Lima on Thursday, officials said. Schools closed.\"}"),
                StandardCharsets.UTF_8);
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            Run added = run("alerts", "add", "quakes", "--data", data, "--query", "earthquake",
                    "--webhook", receiver.url().toString(), "--email", "analyst@newsroom.test");
            assertEquals(0, added.status(), added.err());
            String secret = lines(added.out()).get(0).path("delivery").path("webhookSecret").asText();
            Run down = run("alerts", "add", "down", "--data", data, "--query", "earthquake",
                    "--webhook", "http://127.0.0.1:" + closedPort() + "/hook");
            assertEquals(0, down.status(), down.err());

            Run ingest = run("ingest", "--threads", "1", "--data", data, "--allow-private-addresses", "--max-delivery-failures", "1",
                    "--smtp-host", "127.0.0.1", "--smtp-port", String.valueOf(mail.getSmtp().getPort()),
                    "--smtp-starttls", "off", "--mail-from", "alerts@storyline.test", "--public-url", "http://desk.test",
                    feed.toString());
            assertEquals(0, ingest.status(), ingest.err());

            List<WebhookReceiver.Received> posts = receiver.received();
            assertEquals(1, posts.size(), "the one earthquake article, posted once");
            assertTrue(Signatures.verify(posts.get(0).body(), secret, posts.get(0).signature()));
            JsonNode body = JSON.readTree(posts.get(0).body());
            assertEquals("Earthquake strikes <Chile>", body.at("/article/title").asText());
            assertTrue(body.at("/article/link").asText().startsWith("http://desk.test/articles/"), body.toString());
            MimeMessage[] emails = mail.getReceivedMessages();
            assertEquals(1, emails.length);
            assertEquals("[Storyline] quakes: Earthquake strikes <Chile>", emails[0].getSubject());
            assertTrue(ingest.err().contains("alert deliveries: 2 delivered, 0 failed, 1 parked"), ingest.err());

            JsonNode listed = lines(run("alerts", "list", "--data", data).out()).stream()
                    .filter(a -> a.path("name").asText().equals("down")).findFirst().orElseThrow();
            JsonNode webhook = listed.path("deliveries").get(0);
            assertEquals("webhook", webhook.path("channel").asText());
            assertEquals("parked", webhook.path("last").path("outcome").asText());
            String reason = webhook.path("parked").get(0).path("reason").asText();
            assertTrue(reason.contains("could not post to 127.0.0.1") && reason.contains("parked after 1 failed attempts"), reason);

            Run retry = run("alerts", "retry", "down", "--data", data);
            assertEquals(1, lines(retry.out()).get(0).path("retried").asInt(), retry.err());
            Run deliver = run("alerts", "deliver", "--data", data, "--allow-private-addresses");
            assertEquals(1, deliver.status(), "the receiver is still down: " + deliver.err());
            JsonNode attempt = lines(deliver.out()).get(0);
            assertEquals("failed", attempt.path("status").asText());
            assertEquals(1, receiver.received().size(), "nothing delivered twice to the receiver that is up");
        } finally {
            mail.stop();
        }
    }

    @Test
    void anSmtpSettingsFileOthersMayReadStopsTheCommandBeforeItDoesAnything(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Path settings = data.resolve("smtp.properties");
        Files.writeString(settings, "host=mail.test\nfrom=alerts@desk.test\npassword=never-shown-991\n");
        Files.setPosixFilePermissions(settings, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));

        Run ingest = run("ingest", "--data", data.toString(), dir.resolve("nothing.jsonl").toString());
        Run deliver = run("alerts", "deliver", "--data", data.toString());

        for (Run r : List.of(ingest, deliver)) {
            assertEquals(2, r.status(), r.err());
            assertTrue(r.err().contains("others may read it") && r.err().contains("chmod 600"), r.err());
            assertTrue(!r.err().contains("never-shown-991"), r.err());
        }
        assertTrue(!Files.exists(data.resolve("articles")), "nothing was ingested");
    }
}

package dev.storyline.alerts;

import dev.storyline.StorylineProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kills {@code storyline ingest} with SIGKILL at random moments while a saved search matches every article, restarts
 * it on the same input, and checks at the end that the match log holds each article's match exactly once: none lost
 * between a commit and the evaluation, none appended twice, no torn line left.
 */
class AlertsCrashTest {

    private static final int ARTICLES = 1500;
    private static final int KILLS = 4;

    @TempDir
    Path dir;

    @Test
    void killedIngestLeavesEveryMatchInTheLogOnce() throws Exception {
        Path feed = dir.resolve("feed.jsonl");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < ARTICLES; i++) {
            lines.append("{\"id\":\"a").append(i).append("\",\"text\":\"Report number ").append(i)
                    .append(" on the markets: shares rose by ").append(i % 97).append(" points in early trading.\"}\n");
        }
        Files.writeString(feed, lines);
        Path data = dir.resolve("data");
        Alert alert = EmbeddedAlertRegistry.open(data.resolve("alerts")).add(Alert.search("markets",
                new SavedSearch("shares AND trading", null, null, null, null, null), Delivery.feedOnly(), Instant.now()));
        Random random = new Random(20261204);
        for (int kill = 0; kill < KILLS; kill++) {
            Process ingest = StorylineProcess.start("512m", "ingest", "--threads", "1", "--data", data.toString(), feed.toString());
            // Once it acknowledges articles (its commits, hence evaluations, have begun), at a random moment.
            awaitFirstAcknowledgement(ingest);
            Thread.sleep(random.nextInt(3000));
            ingest.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            try (MatchLog log = JsonlMatchLog.openReadOnly(data.resolve("alerts"))) {
                System.out.printf("alerts crash test: kill %d: %d matches in the log%n", kill + 1, log.lastPosition());
            }
        }
        Process last = StorylineProcess.start("512m", "ingest", "--threads", "1", "--data", data.toString(), feed.toString());
        last.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertTrue(last.waitFor(5, TimeUnit.MINUTES), "the last ingest finishes");
        assertEquals(0, last.exitValue());

        try (MatchLog log = JsonlMatchLog.open(data.resolve("alerts"))) {
            List<MatchLog.Positioned> all = log.after(0, Integer.MAX_VALUE);
            Set<String> articles = new HashSet<>();
            List<String> twice = new ArrayList<>();
            for (MatchLog.Positioned p : all) if (!articles.add(p.match().articleKey())) twice.add(p.match().articleKey());
            assertEquals(List.of(), twice, "no article matched twice");
            assertEquals(ARTICLES, articles.size(), "every article matched, after all the crashes");
            assertEquals(ARTICLES, log.ofAlert(alert.id(), Integer.MAX_VALUE).size());
        }
    }

    private static void awaitFirstAcknowledgement(Process ingest) throws Exception {
        // Reads the first line of stdout (the rest is drained so the process never blocks on a full pipe).
        java.util.concurrent.CountDownLatch first = new java.util.concurrent.CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (var r = new java.io.BufferedReader(new java.io.InputStreamReader(ingest.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
                while (r.readLine() != null) first.countDown();
            } catch (java.io.IOException killed) {
                // The process was killed: nothing more to read.
            }
        });
        reader.setDaemon(true);
        reader.start();
        first.await(120, TimeUnit.SECONDS);
    }
}

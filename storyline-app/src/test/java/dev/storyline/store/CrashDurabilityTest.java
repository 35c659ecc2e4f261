package dev.storyline.store;

import dev.storyline.StorylineProcess;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kills {@code storyline ingest} with SIGKILL at random moments, restarts it on the same input, and checks after
 * each restart that every article it acknowledged is there, with its event, and none is there twice.
 */
class CrashDurabilityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ARTICLES = 4000;
    private static final int KILLS = 6;

    @TempDir
    Path dir;

    @Test
    void killedIngestLosesNoAcknowledgedArticleAndLeavesNoDuplicate() throws Exception {
        Path feed = dir.resolve("feed.jsonl");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < ARTICLES; i++) {
            lines.append("{\"id\":\"a").append(i).append("\",\"text\":\"Report number ").append(i)
                    .append(" on the markets: shares rose by ").append(i % 97).append(" points in early trading.\"}\n");
        }
        Files.writeString(feed, lines);
        Path data = dir.resolve("data");
        Set<String> acknowledged = new HashSet<>();
        Random random = new Random(20220113);
        for (int kill = 0; kill < KILLS; kill++) {
            Process ingest = StorylineProcess.start("512m", "ingest", "--threads", "1", "--data", data.toString(), feed.toString());
            List<String> out = new ArrayList<>();
            Thread reader = StorylineProcess.collectAcknowledged(ingest, out);
            // Half the kills land at a random moment after the first acknowledgement (mid-batch, mid-commit),
            // half at a random moment from the start (during start-up or the first batch).
            if (kill % 2 == 0) awaitFirstLine(out, ingest);
            Thread.sleep(random.nextInt(4000));
            ingest.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            reader.join(5000);
            synchronized (out) {
                for (String line : out) acknowledged.add(JSON.readTree(line).get("key").asText());
            }
            long stored = assertStoreHolds(data, acknowledged);
            System.out.printf("crash test: kill %d: %d acknowledged so far, %d stored%n", kill + 1, acknowledged.size(), stored);
        }
        Process last = StorylineProcess.start("512m", "ingest", "--threads", "1", "--data", data.toString(), feed.toString());
        List<String> out = new ArrayList<>();
        Thread reader = StorylineProcess.collectAcknowledged(last, out);
        assertTrue(last.waitFor(5, TimeUnit.MINUTES), "the last ingest finishes");
        reader.join(5000);
        assertEquals(0, last.exitValue());
        try (LuceneArticleStore store = LuceneArticleStore.open(data); LuceneEventStore events = LuceneEventStore.open(data)) {
            assertEquals(ARTICLES, store.count(), "every article once, after all the crashes");
            assertEquals(store.lastSequence(), events.articlesThrough(), "the events caught up with the articles");
            List<String> unassigned = new ArrayList<>();
            store.forEach(a -> {
                if (events.assignment(a.key()).isEmpty()) unassigned.add(a.key());
            });
            assertEquals(List.of(), unassigned, "every article has its event");
            assertEquals(ARTICLES, events.events().stream().mapToInt(dev.storyline.events.EventState::size).sum(),
                    "and is counted in it once");
        }
    }

    private static long assertStoreHolds(Path data, Set<String> acknowledged) throws IOException {
        try (LuceneArticleStore store = LuceneArticleStore.open(data)) {
            Set<String> keys = new HashSet<>();
            List<String> duplicates = new ArrayList<>();
            store.forEach(a -> {
                if (!keys.add(a.key())) duplicates.add(a.key());
            });
            assertEquals(List.of(), duplicates, "no article stored twice");
            assertEquals(keys.size(), store.count());
            Set<String> lost = new HashSet<>(acknowledged);
            lost.removeAll(keys);
            assertEquals(Set.of(), lost, "every acknowledged article survives");
            try (LuceneEventStore events = LuceneEventStore.open(data)) {
                Set<String> withoutEvent = new HashSet<>();
                for (String key : acknowledged) if (events.assignment(key).isEmpty()) withoutEvent.add(key);
                assertEquals(Set.of(), withoutEvent, "every acknowledged article has its event committed");
            }
            return keys.size();
        }
    }

    private static void awaitFirstLine(List<String> out, Process process) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && process.isAlive()) {
            synchronized (out) {
                if (!out.isEmpty()) return;
            }
            Thread.sleep(20);
        }
    }
}

package dev.storyline.alerts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonlMatchLogTest {

    static Match match(String alertId, String articleKey, long sequence) {
        return new Match(alertId + ":" + articleKey, alertId, "alert " + alertId, AlertKind.SEARCH, articleKey, sequence,
                "e1", "s1", "Title of " + articleKey, "https://example.org/" + articleKey, "example.org", "en",
                "2022-01-13", "query: x", Instant.parse("2026-12-04T10:00:00Z"));
    }

    @Test
    void matchesKeepTheirPositionsAcrossReopening(@TempDir Path dir) throws Exception {
        try (MatchLog log = JsonlMatchLog.open(dir)) {
            log.append(List.of(match("a1", "k1", 1), match("a2", "k1", 1)));
            log.append(List.of(match("a1", "k2", 2)));
        }
        try (MatchLog log = JsonlMatchLog.open(dir)) {
            assertEquals(3, log.lastPosition());
            assertEquals(List.of(new MatchLog.Positioned(2, match("a2", "k1", 1)), new MatchLog.Positioned(3, match("a1", "k2", 2))),
                    log.after(1, 10));
        }
    }

    @Test
    void aMatchAppendedTwiceIsKeptOnce(@TempDir Path dir) throws Exception {
        try (MatchLog log = JsonlMatchLog.open(dir)) {
            log.append(List.of(match("a1", "k1", 1), match("a1", "k1", 1)));
            assertTrue(log.append(List.of(match("a1", "k1", 1))).isEmpty());
        }
        try (MatchLog log = JsonlMatchLog.open(dir)) {
            assertTrue(log.append(List.of(match("a1", "k1", 1))).isEmpty());
            assertEquals(1, log.lastPosition());
        }
    }

    @Test
    void anAlertsMatchesAreItsLatestNewestLast(@TempDir Path dir) throws Exception {
        try (MatchLog log = JsonlMatchLog.open(dir)) {
            for (int i = 1; i <= 5; i++) log.append(List.of(match("a1", "k" + i, i), match("a2", "k" + i, i)));
            List<MatchLog.Positioned> latest = log.ofAlert("a1", 2);
            assertEquals(List.of("k4", "k5"), latest.stream().map(p -> p.match().articleKey()).toList());
            assertEquals(List.of(7L, 9L), latest.stream().map(MatchLog.Positioned::position).toList());
        }
    }

    @Test
    void aLineTornByACrashIsDroppedAndTheLogGoesOn(@TempDir Path dir) throws Exception {
        try (MatchLog log = JsonlMatchLog.open(dir)) {
            log.append(List.of(match("a1", "k1", 1), match("a1", "k2", 2)));
        }
        Files.writeString(dir.resolve("matches.jsonl"), "{\"position\":3,\"id\":\"a1:k3\",\"alertI",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        try (MatchLog log = JsonlMatchLog.open(dir)) {
            assertEquals(2, log.lastPosition());
            log.append(List.of(match("a1", "k3", 3)));
        }
        try (MatchLog log = JsonlMatchLog.open(dir)) {
            assertEquals(List.of("k1", "k2", "k3"), log.after(0, 10).stream().map(p -> p.match().articleKey()).toList());
        }
    }
}

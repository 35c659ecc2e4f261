package dev.storyline.sources;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrontierTest {

    @TempDir
    Path data;

    @Test
    void aStoredUrlIsNotWantedAgainAfterReopening() throws Exception {
        try (Frontier frontier = Frontier.open(data)) {
            assertTrue(frontier.wanted("a.example/news/1"));
            frontier.fetched("a.example/news/1", "s1", null);
            frontier.stored("a.example/news/1", "s1", null);
            frontier.commit(1);
        }
        try (Frontier frontier = Frontier.open(data)) {
            assertFalse(frontier.wanted("a.example/news/1"));
            assertEquals(Frontier.State.STORED, frontier.get("a.example/news/1").orElseThrow().state());
            assertEquals(1, frontier.storeSequence());
        }
    }

    @Test
    void aUrlFetchedButNotAcknowledgedIsFetchedAgain() throws Exception {
        try (Frontier frontier = Frontier.open(data)) {
            frontier.fetched("a.example/news/2", "s1", null);
            frontier.commit(0);
        }
        try (Frontier frontier = Frontier.open(data)) {
            assertTrue(frontier.wanted("a.example/news/2"), "a crash came before ingestion acknowledged it");
        }
    }

    @Test
    void aTransientFailureIsRetriedAFewTimesAndAPermanentOneNever() throws Exception {
        try (Frontier frontier = Frontier.open(data)) {
            for (int attempt = 1; attempt <= Frontier.MAX_ATTEMPTS; attempt++) {
                assertTrue(frontier.wanted("a.example/flaky"), "attempt " + attempt);
                frontier.fetched("a.example/flaky", "s1", null);
                frontier.failed("a.example/flaky", "s1", "HTTP 503", false);
            }
            assertFalse(frontier.wanted("a.example/flaky"));
            frontier.fetched("a.example/gone", "s1", null);
            frontier.failed("a.example/gone", "s1", "HTTP 410", true);
            assertFalse(frontier.wanted("a.example/gone"));
            assertEquals("HTTP 410", frontier.get("a.example/gone").orElseThrow().reason());
        }
    }

    @Test
    void anItemSkippedForItsAgeIsKnownAndNotFetchedLater() throws Exception {
        try (Frontier frontier = Frontier.open(data)) {
            frontier.skipped("a.example/old", "s1", "older than 3 days at the first poll");
            frontier.commit(0);
            assertFalse(frontier.wanted("a.example/old"));
        }
    }

    @Test
    void manyUrlsAreFoundAfterTheCacheHasForgottenThem() throws Exception {
        try (Frontier frontier = Frontier.open(data)) {
            for (int i = 0; i < 30_000; i++) frontier.stored("a.example/n/" + i, "s1", null);
            frontier.commit(30_000);
            for (int i = 0; i < 30_000; i += 997) assertFalse(frontier.wanted("a.example/n/" + i), "n/" + i);
            assertTrue(frontier.wanted("a.example/n/30000"));
            assertEquals(30_000, frontier.size());
        }
    }
}

package dev.storyline.sources;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddedSourceRegistryTest {

    @TempDir
    Path data;

    static Source source(String url, Instant added) {
        return new Source(Source.idOf(url), URI.create(url), SourceKind.FEED, null, SourceSettings.DEFAULTS,
                new Found(List.of(URI.create(url)), List.of(), List.of("a note"), "An outlet", added),
                SourceStatus.fresh(added, SourceSettings.DEFAULTS));
    }

    @Test
    void sourcesSurviveReopeningWithEverythingTheyHeld() throws Exception {
        Instant t = Instant.parse("2026-12-01T10:00:00Z");
        Source s = source("http://a.example/feed.xml", t);
        s = s.withStatus(s.status().withArticlesAdded(LocalDate.of(2026, 12, 1), 3));
        try (EmbeddedSourceRegistry registry = EmbeddedSourceRegistry.open(data)) {
            registry.add(s);
        }
        try (EmbeddedSourceRegistry registry = EmbeddedSourceRegistry.open(data)) {
            assertEquals(List.of(s), registry.all());
        }
    }

    @Test
    void addingTheSameSourceTwiceChangesNothing() throws Exception {
        Instant t = Instant.parse("2026-12-01T10:00:00Z");
        try (EmbeddedSourceRegistry registry = EmbeddedSourceRegistry.open(data)) {
            assertTrue(registry.add(source("http://a.example/feed.xml", t)).added());
            SourceRegistry.Added again = registry.add(source("http://a.example/feed.xml", t.plusSeconds(60)));
            assertFalse(again.added());
            assertEquals(t, again.source().status().added(), "the first one is kept");
            assertEquals(1, registry.size());
        }
    }

    @Test
    void sourcesAreListedInTheOrderTheyWereAdded() throws Exception {
        Instant t = Instant.parse("2026-12-01T10:00:00Z");
        try (EmbeddedSourceRegistry registry = EmbeddedSourceRegistry.open(data)) {
            registry.add(source("http://b.example/", t.plusSeconds(1)));
            registry.add(source("http://a.example/", t.plusSeconds(2)));
        }
        try (EmbeddedSourceRegistry registry = EmbeddedSourceRegistry.open(data)) {
            assertEquals(List.of("http://b.example/", "http://a.example/"), registry.all().stream().map(s -> s.url().toString()).toList());
        }
    }

    @Test
    void anUpdateDoesNotBringBackASourceRemovedByAnotherProcess() throws Exception {
        Source s = source("http://a.example/feed.xml", Instant.now());
        try (EmbeddedSourceRegistry running = EmbeddedSourceRegistry.open(data);
             EmbeddedSourceRegistry cli = EmbeddedSourceRegistry.open(data)) {
            running.add(s);
            cli.refresh();
            assertTrue(cli.remove(s.id()));
            assertTrue(running.update(s.id(), x -> x.withFound(Found.NOTHING)).isEmpty());
            assertEquals(0, running.size());
            assertFalse(Files.exists(data.resolve("sources").resolve(s.id() + ".json")));
        }
    }

    @Test
    void anUnreadableSourceFileIsLeftOutAndTheOthersAreRead() throws Exception {
        try (EmbeddedSourceRegistry registry = EmbeddedSourceRegistry.open(data)) {
            registry.add(source("http://a.example/feed.xml", Instant.now()));
        }
        Files.writeString(data.resolve("sources").resolve("0123456789abcdef.json"), "{not json");
        try (EmbeddedSourceRegistry registry = EmbeddedSourceRegistry.open(data)) {
            assertEquals(1, registry.size());
        }
    }

    @Test
    void articlesAreCountedForTodayAndTheLastSevenDays() {
        LocalDate today = LocalDate.of(2026, 12, 4);
        SourceStatus st = SourceStatus.fresh(Instant.now(), SourceSettings.DEFAULTS)
                .withArticlesAdded(today.minusDays(7), 100)
                .withArticlesAdded(today.minusDays(6), 2)
                .withArticlesAdded(today, 3);
        assertEquals(3, st.articlesOn(today));
        assertEquals(5, st.articlesLast7Days(today));
    }
}

package dev.storyline;

import dev.storyline.events.AssignedArticle;
import dev.storyline.events.Assignment;
import dev.storyline.events.EventState;
import dev.storyline.events.StoryState;
import dev.storyline.extract.Article;
import dev.storyline.store.ArticleIdentity;
import dev.storyline.store.LuceneArticleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static dev.storyline.events.EarthquakeReports.CHILE;
import static dev.storyline.events.EarthquakeReports.TURKEY_LATER;
import static dev.storyline.events.EarthquakeReports.TURKEY_PAPER;
import static dev.storyline.events.EarthquakeReports.TURKEY_WIRE;
import static dev.storyline.events.EarthquakeReports.article;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Events and stories kept beside the articles: assigned once, committed after them, read back after a restart. */
class StoredEventsTest {

    @TempDir
    Path data;

    private static String key(AnalyzedArticle a) {
        return ArticleIdentity.of(a.article()).key();
    }

    /** Stores the article and, if new, assigns it, as ingestion does (without committing). */
    private static Assignment add(LuceneArticleStore store, StoredEvents events, AnalyzedArticle a) throws IOException {
        if (store.add(a) != dev.storyline.store.ArticleStore.Added.ADDED) return null;
        return events.assign(key(a), store.lastSequence(), a);
    }

    private static void commit(LuceneArticleStore store, StoredEvents events) throws IOException {
        store.commit();
        events.commit();
    }

    @Test
    void aRestartReadsTheSameEventsStoriesAndAssignmentsAndGoesOnFromThem() throws IOException {
        List<EventState> events;
        List<StoryState> stories;
        Assignment wire;
        try (LuceneArticleStore store = LuceneArticleStore.open(data); StoredEvents stored = StoredEvents.open(data, store)) {
            wire = add(store, stored, TURKEY_WIRE);
            add(store, stored, TURKEY_PAPER);
            add(store, stored, CHILE);
            commit(store, stored);
            events = stored.store().events();
            stories = stored.store().stories();
        }
        assertEquals(2, events.size());
        try (LuceneArticleStore store = LuceneArticleStore.open(data); StoredEvents stored = StoredEvents.open(data, store)) {
            assertEquals(0, stored.behind(store));
            assertEquals(events, stored.store().events(), "the same events, centroids and all");
            assertEquals(stories, stored.store().stories());
            AssignedArticle paper = stored.store().assignment(key(TURKEY_PAPER)).orElseThrow();
            assertEquals(wire.eventId(), paper.assignment().eventId());
            assertEquals(List.of(key(TURKEY_WIRE), key(TURKEY_PAPER)),
                    stored.store().members(wire.eventId()).stream().map(AssignedArticle::key).toList());

            Assignment later = add(store, stored, TURKEY_LATER);
            assertEquals(wire.eventId(), later.eventId(), "the restored window still knows the event");
            Assignment fresh = add(store, stored, article("other", "2023-02-09", "Floods in Lima",
                    "Heavy rain flooded the streets of Lima on Thursday, Peruvian officials said, and schools closed."));
            assertTrue(fresh.newEvent());
            assertTrue(events.stream().noneMatch(e -> e.id().equals(fresh.eventId())), "ids go on from where they were");
        }
    }

    @Test
    void aRestartMidStreamAssignsAsAnUninterruptedRun() throws IOException {
        List<AnalyzedArticle> stream = List.of(TURKEY_WIRE, CHILE, TURKEY_PAPER, TURKEY_LATER);
        List<String> uninterrupted = new ArrayList<>();
        try (LuceneArticleStore store = LuceneArticleStore.open(data.resolve("one"));
             StoredEvents stored = StoredEvents.open(data.resolve("one"), store)) {
            for (AnalyzedArticle a : stream) {
                Assignment x = add(store, stored, a);
                uninterrupted.add(x.eventId() + "/" + x.storyId());
            }
        }
        List<String> restarted = new ArrayList<>();
        for (List<AnalyzedArticle> part : List.of(stream.subList(0, 2), stream.subList(2, 4))) {
            try (LuceneArticleStore store = LuceneArticleStore.open(data.resolve("two"));
                 StoredEvents stored = StoredEvents.open(data.resolve("two"), store)) {
                for (AnalyzedArticle a : part) {
                    Assignment x = add(store, stored, a);
                    restarted.add(x.eventId() + "/" + x.storyId());
                }
                commit(store, stored);
            }
        }
        assertEquals(uninterrupted, restarted);
    }

    @Test
    void articlesStoredWithoutEventsAreAssignedOnceInIngestionOrder() throws IOException {
        try (LuceneArticleStore store = LuceneArticleStore.open(data)) {
            for (AnalyzedArticle a : List.of(TURKEY_WIRE, CHILE, TURKEY_PAPER)) store.add(a);
            store.commit();
        }
        try (LuceneArticleStore store = LuceneArticleStore.open(data); StoredEvents stored = StoredEvents.open(data, store)) {
            assertEquals(3, stored.behind(store), "a store from before events were kept");
            assertEquals(3, stored.catchUp(store, n -> { }));
            assertEquals(0, stored.behind(store));
            assertEquals(0, stored.catchUp(store, n -> { }), "nothing twice");
            String turkey = stored.store().assignment(key(TURKEY_WIRE)).orElseThrow().assignment().eventId();
            assertEquals(turkey, stored.store().assignment(key(TURKEY_PAPER)).orElseThrow().assignment().eventId());
            assertNotEquals(turkey, stored.store().assignment(key(CHILE)).orElseThrow().assignment().eventId());
            assertEquals(3, stored.store().events().stream().mapToInt(EventState::size).sum());
        }
    }

    @Test
    void aCrashBetweenTheArticlesCommitAndTheEventsCommitIsRepairedAtTheNextOpen() throws IOException {
        try (LuceneArticleStore store = LuceneArticleStore.open(data); StoredEvents stored = StoredEvents.open(data, store)) {
            add(store, stored, TURKEY_WIRE);
            commit(store, stored);
            add(store, stored, TURKEY_PAPER);
            store.commit();
            // The process dies here: the events close without their commit.
        }
        try (LuceneArticleStore store = LuceneArticleStore.open(data); StoredEvents stored = StoredEvents.open(data, store)) {
            assertEquals(1, stored.behind(store));
            assertTrue(stored.store().assignment(key(TURKEY_PAPER)).isEmpty());
            stored.catchUp(store, n -> { });
            assertEquals(stored.store().assignment(key(TURKEY_WIRE)).orElseThrow().assignment().eventId(),
                    stored.store().assignment(key(TURKEY_PAPER)).orElseThrow().assignment().eventId());
            assertEquals(1, stored.store().events().size());
            assertEquals(2, stored.store().events().get(0).size(), "counted once");
        }
    }

    @Test
    void eventsOfAnotherStoreAreRebuiltFromTheArticles() throws IOException {
        try (LuceneArticleStore store = LuceneArticleStore.open(data); StoredEvents stored = StoredEvents.open(data, store)) {
            for (AnalyzedArticle a : List.of(TURKEY_WIRE, TURKEY_PAPER, CHILE)) add(store, stored, a);
            commit(store, stored);
        }
        Path articles = data.resolve("articles");
        try (var files = java.nio.file.Files.walk(articles)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) java.nio.file.Files.delete(p);
        }
        try (LuceneArticleStore store = LuceneArticleStore.open(data); StoredEvents stored = StoredEvents.open(data, store)) {
            assertEquals(0, stored.store().articlesThrough(), "the old events claimed articles this store has not");
            Assignment chile = add(store, stored, CHILE);
            assertTrue(chile.newEvent());
            commit(store, stored);
            assertEquals(1, stored.store().events().size());
            assertTrue(stored.store().assignment(key(TURKEY_WIRE)).isEmpty());
        }
    }

    @Test
    void anArticleAlreadyAssignedIsNotAssignedAgain() throws IOException {
        try (LuceneArticleStore store = LuceneArticleStore.open(data); StoredEvents stored = StoredEvents.open(data, store)) {
            add(store, stored, TURKEY_WIRE);
            assertNull(add(store, stored, TURKEY_WIRE), "a duplicate is not stored, so not assigned");
            assertNull(stored.assign(key(TURKEY_WIRE), store.lastSequence(), TURKEY_WIRE), "nor assigned twice by its number");
            commit(store, stored);
            assertEquals(1, stored.store().events().get(0).size());
        }
    }

    @Test
    void eventsReadOnlyForAnotherWriterCatchUpNothingAndAssignNothing() throws IOException {
        try (LuceneArticleStore store = LuceneArticleStore.open(data); StoredEvents stored = StoredEvents.open(data, store)) {
            add(store, stored, TURKEY_WIRE);
            commit(store, stored);
            store.add(CHILE); // the writer's next article, its events not committed yet
            store.commit();
        }
        try (LuceneArticleStore store = LuceneArticleStore.open(data);
             StoredEvents readOnly = StoredEvents.readOnly(dev.storyline.store.LuceneEventStore.open(data))) {
            assertEquals(0, readOnly.behind(store), "the catch-up is the writer's");
            assertEquals(0, readOnly.catchUp(store, n -> { }));
            assertThrows(IllegalStateException.class, () -> readOnly.assign(key(CHILE), 2, CHILE));
            assertEquals(1, readOnly.store().articlesThrough());
            assertTrue(readOnly.store().assignment(key(CHILE)).isEmpty());
            assertTrue(readOnly.store().assignment(key(TURKEY_WIRE)).isPresent());
        }
    }
}

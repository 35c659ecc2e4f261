package dev.storyline.events;

import dev.storyline.AnalyzedArticle;
import dev.storyline.extract.Article;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static dev.storyline.events.EarthquakeReports.CHILE;
import static dev.storyline.events.EarthquakeReports.TURKEY_LATER;
import static dev.storyline.events.EarthquakeReports.TURKEY_PAPER;
import static dev.storyline.events.EarthquakeReports.TURKEY_WIRE;
import static dev.storyline.events.EarthquakeReports.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every {@link DurableEventStore} does, whatever holds it (the embedded Lucene index, OpenSearch): the clusterer's
 * state and the assignments are read back after a restart as they were committed, and nothing else is. Each
 * subclass says how to open its store. One idea per test.
 */
public abstract class DurableEventStoreContract {

    /** Opens the store named {@code name}: the same one at each call within a test, a fresh empty one per test. */
    protected abstract DurableEventStore.Opener opener(String name);

    private DurableEventStore open(String name) throws IOException {
        return opener(name).open();
    }

    private static EventClusterer clusterer(DurableEventStore store) {
        return new EventClusterer(FeatureExtractor.standard(), ClusteringConfig.defaults().withoutRecheck(), store);
    }

    /** Assigns the article as number {@code sequence} of its store and records where it went. */
    private static Assignment assign(DurableEventStore store, EventClusterer clusterer, long sequence, AnalyzedArticle a)
            throws IOException {
        Assignment assignment = clusterer.assign(a);
        Article article = a.article();
        store.recordAssignment(new AssignedArticle(article.id(), sequence, article.title(), article.source(),
                article.published(), article.language(), assignment));
        return assignment;
    }

    @Test
    public void aRestartReadsTheSameEventsStoriesAndAssignmentsAndGoesOnFromThem() throws IOException {
        List<EventState> events;
        List<StoryState> stories;
        Assignment wire;
        try (DurableEventStore store = open("one")) {
            EventClusterer clusterer = clusterer(store);
            wire = assign(store, clusterer, 1, TURKEY_WIRE);
            assign(store, clusterer, 2, TURKEY_PAPER);
            assign(store, clusterer, 3, CHILE);
            store.commit(3);
            events = store.events();
            stories = store.stories();
        }
        assertEquals(2, events.size());
        try (DurableEventStore store = open("one")) {
            assertEquals(3, store.articlesThrough());
            assertEquals(events, store.events(), "the same events, centroids and all");
            assertEquals(stories, store.stories());
            assertEquals(wire.eventId(), store.assignment("turkey-paper").orElseThrow().assignment().eventId());
            assertEquals(List.of("turkey-wire", "turkey-paper"),
                    store.members(wire.eventId()).stream().map(AssignedArticle::key).toList());
            EventClusterer clusterer = clusterer(store);
            assertEquals(wire.eventId(), assign(store, clusterer, 4, TURKEY_LATER).eventId(),
                    "the restored window still knows the event");
            Assignment fresh = assign(store, clusterer, 5, article("other", "2023-02-09", "Floods in Lima",
                    "Heavy rain flooded the streets of Lima on Thursday, Peruvian officials said, and schools closed."));
            assertTrue(fresh.newEvent());
            assertTrue(events.stream().noneMatch(e -> e.id().equals(fresh.eventId())), "ids go on from where they were");
        }
    }

    @Test
    public void aRestartMidStreamAssignsAsAnUninterruptedRun() throws IOException {
        List<AnalyzedArticle> stream = List.of(TURKEY_WIRE, CHILE, TURKEY_PAPER, TURKEY_LATER);
        List<String> uninterrupted = new ArrayList<>();
        try (DurableEventStore store = open("uninterrupted")) {
            EventClusterer clusterer = clusterer(store);
            for (int i = 0; i < stream.size(); i++) {
                Assignment x = assign(store, clusterer, i + 1, stream.get(i));
                uninterrupted.add(x.eventId() + "/" + x.storyId());
            }
        }
        List<String> restarted = new ArrayList<>();
        for (int part = 0; part < 2; part++) {
            try (DurableEventStore store = open("restarted")) {
                EventClusterer clusterer = clusterer(store);
                for (int i = 2 * part; i < 2 * part + 2; i++) {
                    Assignment x = assign(store, clusterer, i + 1, stream.get(i));
                    restarted.add(x.eventId() + "/" + x.storyId());
                }
                store.commit(2L * part + 2);
            }
        }
        assertEquals(uninterrupted, restarted);
    }

    @Test
    public void whatWasNotCommittedIsGoneAfterAReopen() throws IOException {
        try (DurableEventStore store = open("one")) {
            EventClusterer clusterer = clusterer(store);
            assign(store, clusterer, 1, TURKEY_WIRE);
            store.commit(1);
            assign(store, clusterer, 2, TURKEY_PAPER);
            // The process dies here: closed without a commit.
        }
        try (DurableEventStore store = open("one")) {
            assertEquals(1, store.articlesThrough());
            assertTrue(store.assignment("turkey-paper").isEmpty());
            assertEquals(1, store.events().size());
            assertEquals(1, store.events().get(0).size(), "the event as committed, with one article");
        }
    }

    @Test
    public void recordingAnAssignmentAgainKeepsOne() throws IOException {
        try (DurableEventStore store = open("one")) {
            Assignment wire = assign(store, clusterer(store), 1, TURKEY_WIRE);
            store.commit(1);
            store.recordAssignment(store.assignment("turkey-wire").orElseThrow());
            store.commit(1);
            assertEquals(1, store.members(wire.eventId()).size());
        }
    }

    @Test
    public void openedEmptyItForgetsWhatWasThere() throws IOException {
        try (DurableEventStore store = open("one")) {
            assign(store, clusterer(store), 1, TURKEY_WIRE);
            store.commit(1);
        }
        try (DurableEventStore store = opener("one").openEmpty()) {
            assertEquals(0, store.articlesThrough());
            assertTrue(store.events().isEmpty());
            assertTrue(clusterer(store).assign(CHILE).newEvent());
        }
    }

    @Test
    public void theDeskReadsStoriesLatestFirstWithTheirSpread() throws IOException {
        try (DurableEventStore store = open("one")) {
            EventClusterer clusterer = clusterer(store);
            Assignment turkey = assign(store, clusterer, 1, TURKEY_WIRE);
            assign(store, clusterer, 2, TURKEY_PAPER);
            Assignment chile = assign(store, clusterer, 3, CHILE);
            store.commit(3);
            assertEquals(2, store.storyCount());
            assertEquals(List.of(chile.storyId(), turkey.storyId()),
                    store.latestStories(0, 10).stream().map(StoryState::id).toList(), "Chile's is the latest");
            assertEquals(List.of(turkey.storyId()), store.latestStories(1, 10).stream().map(StoryState::id).toList());
            assertEquals(new DurableEventStore.Spread(Set.of("Wire"), Set.of("en")), store.spread(turkey.storyId()));
            assertEquals(List.of(turkey.eventId(), chile.eventId()),
                    store.storedEvents(List.of(chile.eventId(), turkey.eventId(), "no-such-event")).stream()
                            .map(EventState::id).toList(), "in creation order, unknown ids left out");
            assertEquals(turkey.storyId(), store.storedStory(turkey.storyId()).orElseThrow().id());
            assertTrue(store.storedEvent("no-such-event").isEmpty());
        }
    }
}

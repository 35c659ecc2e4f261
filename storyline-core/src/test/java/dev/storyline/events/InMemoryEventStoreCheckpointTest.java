package dev.storyline.events;

import dev.storyline.AnalyzedArticle;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A store serialised mid-stream (as a stream processor checkpoints it) and read back goes on exactly as the original:
 * the articles after the checkpoint get the same events and stories.
 */
class InMemoryEventStoreCheckpointTest {

    @Test
    void aRestoredStoreAssignsTheRestAsTheOriginal() throws Exception {
        List<AnalyzedArticle> before = List.of(EarthquakeReports.TURKEY_WIRE, EarthquakeReports.CHILE);
        List<AnalyzedArticle> after = List.of(EarthquakeReports.TURKEY_PAPER, EarthquakeReports.TURKEY_LATER);
        InMemoryEventStore original = new InMemoryEventStore();
        EventClusterer uninterrupted = clusterer(original);
        before.forEach(uninterrupted::assign);

        InMemoryEventStore restored = roundTrip(original);
        EventClusterer resumed = clusterer(restored);

        for (AnalyzedArticle a : after) {
            Assignment expected = uninterrupted.assign(a), actual = resumed.assign(a);
            assertEquals(List.of(expected.eventId(), expected.storyId(), expected.newEvent(), expected.newStory()),
                    List.of(actual.eventId(), actual.storyId(), actual.newEvent(), actual.newStory()), a.article().id());
        }
        assertEquals(original.events(), restored.events());
        assertEquals(original.stories(), restored.stories());
    }

    private static EventClusterer clusterer(InMemoryEventStore store) {
        return new EventClusterer(FeatureExtractor.standard(), ClusteringConfig.defaults().withoutRecheck(), store);
    }

    private static InMemoryEventStore roundTrip(InMemoryEventStore store) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(store);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (InMemoryEventStore) in.readObject();
        }
    }
}

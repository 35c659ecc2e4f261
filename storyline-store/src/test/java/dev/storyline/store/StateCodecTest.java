package dev.storyline.store;

import dev.storyline.events.EventState;
import dev.storyline.events.StoryState;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Events and stories come back from their bytes equal, maps in their order. */
class StateCodecTest {

    @Test
    void anEventComesBackEqualWithItsCentroidInOrder() {
        Map<String, Double> centroid = new LinkedHashMap<>();
        centroid.put("t:quake", 1.25);
        centroid.put("e:erdoğan", 0.1 + 0.2);
        centroid.put("d:2023-02-06", Double.MIN_VALUE);
        EventState event = new EventState("e17", 42, "s3", 5, LocalDate.of(2023, 2, 6), LocalDate.of(2023, 2, 8),
                centroid, Map.of("e:erdoğan", "Erdoğan"), "Séisme en Turquie " + "x".repeat(70_000), 0.37);
        byte[] bytes = StateCodec.encode(event);
        EventState back = StateCodec.decodeEvent(bytes, 0, bytes.length);
        assertEquals(event, back);
        assertEquals(List.copyOf(centroid.keySet()), List.copyOf(back.centroid().keySet()));
    }

    @Test
    void anEventWithoutDaysOrLabelComesBackEqual() {
        EventState event = new EventState("e1", 1, "s2", 1, null, null, Map.of(), Map.of(), null, 0);
        byte[] bytes = StateCodec.encode(event);
        assertEquals(event, StateCodec.decodeEvent(bytes, 0, bytes.length));
    }

    @Test
    void aStoryComesBackEqual() {
        Map<String, Double> profile = new LinkedHashMap<>();
        profile.put("p:KZ", 2.0);
        profile.put("e:tokayev", 1.5);
        StoryState story = new StoryState("s2", 3, List.of("e1", "e9"), LocalDate.of(2022, 1, 5), null, profile);
        byte[] bytes = StateCodec.encode(story);
        StoryState back = StateCodec.decodeStory(bytes, 0, bytes.length);
        assertEquals(story, back);
        assertEquals(List.of("p:KZ", "e:tokayev"), List.copyOf(back.profile().keySet()));
    }
}

package dev.storyline.entities;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Learnt names serialised (as a stream processor checkpoints a task) and read back match what the original matches,
 * and go on learning as it does: the names trusted but not yet built into the automaton stay unmatched until the
 * same rebuild.
 */
class LearnedNamesCheckpointTest {

    @Test
    void restoredNamesMatchAndLearnAsTheOriginal() throws Exception {
        LearnedNames original = new LearnedNames(100, 2);
        for (int i = 0; i < 2; i++) {
            original.learn(List.of(new NameSpan("Kassym-Jomart Tokayev", "PER", 0, 21), new NameSpan("Almaty", "LOC", 30, 36)));
        }
        original.learn(List.of(new NameSpan("Shavkat Mirziyoyev", "PER", 0, 18)));
        String text = "Kassym-Jomart Tokayev et Shavkat Mirziyoyev à Almaty.";

        LearnedNames restored = roundTrip(original);

        assertFalse(original.match(text).isEmpty());
        assertEquals(original.match(text), restored.match(text));
        NameSpan again = new NameSpan("Shavkat Mirziyoyev", "PER", 0, 18);
        original.learn(List.of(again));
        restored.learn(List.of(again));
        original.flush();
        restored.flush();
        assertEquals(original.match(text), restored.match(text));
    }

    private static LearnedNames roundTrip(LearnedNames names) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(names);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (LearnedNames) in.readObject();
        }
    }
}

package dev.storyline.entities;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LearnedNamesTest {

    private static final NameSpan TOKAYEV = new NameSpan("Tokayev", "PER", 0, 7);

    @Test
    void aNameSeenOnceIsNotYetTrusted() {
        LearnedNames known = new LearnedNames(100, 2);
        known.learn(List.of(TOKAYEV));
        known.flush();
        assertTrue(known.match("Tokayev a parlé.").isEmpty());
    }

    @Test
    void aNameSeenTwiceWithOneTypeIsMatchedAsWholeWordsOnly() {
        LearnedNames known = new LearnedNames(100, 2);
        known.learn(List.of(TOKAYEV));
        known.learn(List.of(TOKAYEV));
        known.flush();
        assertEquals(List.of(new NameSpan("Tokayev", "PER", 4, 11)), known.match("Ici Tokayev, pas Tokayevski."));
    }

    @Test
    void conflictingTypesWithoutAClearMajorityAreNotTrusted() {
        LearnedNames known = new LearnedNames(100, 2);
        for (String type : List.of("LOC", "ORG", "LOC", "ORG")) known.learn(List.of(new NameSpan("Kremlin", type, 0, 7)));
        known.flush();
        assertEquals(null, known.typeOf("Kremlin"));
    }

    @Test
    void staysWithinItsCapacity() {
        LearnedNames known = new LearnedNames(10, 1);
        for (int i = 0; i < 100; i++) known.learn(List.of(new NameSpan("Name" + i, "PER", 0, 5)));
        known.flush();
        assertTrue(known.size() <= 10, "size " + known.size());
        assertEquals("PER", known.typeOf("Name99"), "the most recent names are kept");
    }
}

package dev.storyline.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BCubedTest {

    @Test
    void perfectClusteringScoresOneWhateverTheNames() {
        BCubed b = BCubed.score(List.of("x", "x", "y"), List.of("a", "a", "b"));
        assertEquals(1.0, b.f1(), 1e-9);
    }

    @Test
    void oneClusterForEverythingHasFullRecallAndPrecisionOfTheClassShares() {
        // Items of class a see 2/3 of their cluster in their class, the item of class b 1/3: P = (2/3+2/3+1/3)/3.
        BCubed b = BCubed.score(List.of("x", "x", "x"), List.of("a", "a", "b"));
        assertEquals(5.0 / 9, b.precision(), 1e-9);
        assertEquals(1.0, b.recall(), 1e-9);
    }

    @Test
    void singletonsHaveFullPrecisionAndRecallOfOneOverClassSize() {
        BCubed b = BCubed.score(List.of("1", "2", "3"), List.of("a", "a", "b"));
        assertEquals(1.0, b.precision(), 1e-9);
        assertEquals((0.5 + 0.5 + 1) / 3, b.recall(), 1e-9);
    }
}

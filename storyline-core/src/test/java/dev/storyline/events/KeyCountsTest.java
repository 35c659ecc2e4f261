package dev.storyline.events;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class KeyCountsTest {

    @Test
    void countsLikeAHashMapThroughGrowthAndRemovals() {
        KeyCounts counts = new KeyCounts(4);
        Map<String, Integer> expected = new HashMap<>();
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            String key = "k" + random.nextInt(5_000);
            int delta = random.nextInt(3) == 0 ? -random.nextInt(3) - 1 : random.nextInt(2) + 1;
            int now = Math.max(0, expected.getOrDefault(key, 0) + delta);
            if (now == 0) expected.remove(key);
            else expected.put(key, now);
            assertEquals(now, counts.add(key, delta), key);
        }
        assertEquals(expected.size(), counts.size());
        for (int k = 0; k < 5_000; k++) assertEquals(expected.getOrDefault("k" + k, 0), counts.get("k" + k));
        Map<String, Integer> seen = new HashMap<>();
        counts.forEach(seen::put);
        assertEquals(expected, seen);
    }

    @Test
    void increaseKeepsTheFirstInstanceOfAKey() {
        KeyCounts counts = new KeyCounts();
        String first = new String("t:quake");
        assertSame(first, counts.increase(first, 1));
        assertSame(first, counts.increase(new String("t:quake"), 2));
        assertEquals(3, counts.get("t:quake"));
    }
}

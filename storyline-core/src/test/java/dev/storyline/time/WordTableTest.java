package dev.storyline.time;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** {@link WordTable}: a stretch of text lowered in place finds what its lowered string finds in a map. */
class WordTableTest {

    @Test
    void findsAWordWrittenInAnyCaseInsideAText() {
        WordTable<String> table = WordTable.of(Map.of("quarter", "q", "märz", "m", "q", "letter"));
        String text = "Im MÄRZ, the Quarter ended; Q3";
        assertEquals("m", table.getLowered(text, 3, 7, "märz".hashCode()));
        assertEquals("q", table.getLowered(text, 13, 20, "quarter".hashCode()));
        assertEquals("letter", table.getLowered(text, 28, 29, "q".hashCode()));
        assertNull(table.getLowered(text, 13, 19, "quarte".hashCode()), "a prefix is another word");
        assertEquals("q", table.get("quarter"));
        assertNull(table.get("Quarter"), "get takes the key as it is");
    }

    @Test
    void sameAnswersAsAMapOfLoweredStrings() {
        String letters = "aAbBéÉİıßK\u212A";
        Random random = new Random(5);
        Map<String, Integer> map = new HashMap<>();
        for (int k = 0; k < 300; k++) map.put(lowered(randomWord(random, letters), 0, 0, true), k);
        WordTable<Integer> table = WordTable.of(map);
        for (int t = 0; t < 20_000; t++) {
            String text = randomWord(random, letters) + " " + randomWord(random, letters);
            int start = random.nextInt(text.length() + 1);
            int end = start + random.nextInt(text.length() - start + 1);
            String lowered = lowered(text, start, end, false);
            assertEquals(map.get(lowered), table.getLowered(text, start, end, lowered.hashCode()), text + " " + start + "-" + end);
        }
    }

    private static String randomWord(Random random, String letters) {
        StringBuilder w = new StringBuilder();
        for (int k = 0, n = 1 + random.nextInt(4); k < n; k++) w.append(letters.charAt(random.nextInt(letters.length())));
        return w.toString();
    }

    private static String lowered(String text, int start, int end, boolean whole) {
        if (whole) {
            start = 0;
            end = text.length();
        }
        StringBuilder b = new StringBuilder();
        for (int k = start; k < end; k++) b.append(WordTable.lowerCase(text.charAt(k)));
        return b.toString();
    }
}

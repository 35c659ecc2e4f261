package dev.storyline.entities;

import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link WholeWordMatcher} finds what ahocorasick's PayloadTrie (whole words, no overlaps) finds, which it replaced. */
class WholeWordMatcherNamesTest {

    /** The library's answer, as (start, end exclusive, payload). */
    private static List<WholeWordMatcher.Match> library(Map<String, String> names, String text) {
        var builder = PayloadTrie.<String>builder().onlyWholeWords().ignoreOverlaps();
        names.forEach(builder::addKeyword);
        List<WholeWordMatcher.Match> out = new ArrayList<>();
        for (PayloadEmit<String> e : builder.build().parseText(text)) {
            out.add(new WholeWordMatcher.Match(e.getStart(), e.getEnd() + 1, e.getPayload()));
        }
        return out;
    }

    private static void same(Map<String, String> names, String text) {
        assertEquals(library(names, text), WholeWordMatcher.of(names).matches(text), () -> names + " in «" + text + "»");
    }

    @Test
    void longestNameWinsAndPartsOfWordsDoNot() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("Anna", "PER");
        names.put("Anna Weber", "PER");
        names.put("Weber Werke", "ORG");
        names.put("Lenz", "PER");
        names.put("Sankt Anna", "LOC");
        String text = "Anna Weber Werke lud Annabell, Lenz-Weber und Sankt Anna ein; Anna Weber kam.";
        same(names, text);
        // "Weber Werke" is longer than "Anna Weber": it is kept, and "Anna" alone before it
        assertEquals(List.of(new WholeWordMatcher.Match(0, 4, "PER"), new WholeWordMatcher.Match(5, 16, "ORG"),
                        new WholeWordMatcher.Match(31, 35, "PER"), new WholeWordMatcher.Match(46, 56, "LOC"),
                        new WholeWordMatcher.Match(62, 72, "PER")),
                WholeWordMatcher.of(names).matches(text));
    }

    @Test
    void wordEdgesAreLettersOnly() {
        Map<String, String> names = Map.of("Oslo", "LOC", "Nord", "LOC", "Ålesund", "LOC", "3M", "ORG");
        same(names, "Oslo2 und 2Oslo, »Oslo« (Nord)Oslo Ålesunds Ålesund_ 3M 13M 3Ms Oslo");
        same(names, "Oslo");
        same(names, "");
        same(Map.of(), "Oslo");
    }

    @Test
    void theEdgeTableIsCharacterIsAlphabeticForEveryChar() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertEquals(Character.isAlphabetic(c), WholeWordMatcher.alphabetic((char) c), "U+" + Integer.toHexString(c));
        }
        Map<String, String> names = Map.of("Αθήνα", "LOC", "Київ", "LOC", "東京", "LOC", "Zürich", "LOC");
        same(names, "Αθήνας Αθήνα, Київу Київ; 東京都 東京。 Zürichsee Zürich’s «Zürich» ٣Zürich Zürich\u0301");
    }

    @Test
    void equallyLongOverlapsKeepTheLeftmost() {
        Map<String, String> names = Map.of("ab cd", "A", "cd ef", "B", "ef gh", "C", "cd", "D");
        same(names, "ab cd ef gh cd");
        same(Map.of("a a", "X"), "a a a a a");
    }

    @Test
    void randomTextsAndNamesAgree() {
        Random random = new Random(18);
        char[] alphabet = {'a', 'b', 'é', 'B', ' ', ' ', '-', '.', '1', 'ß', '\'', 'Ж'};
        for (int round = 0; round < 3000; round++) {
            Map<String, String> names = new LinkedHashMap<>();
            int count = 1 + random.nextInt(12);
            for (int k = 0; k < count; k++) names.put(word(random, alphabet, 1 + random.nextInt(6)), "T" + k);
            String text = word(random, alphabet, random.nextInt(60));
            // plant some names so that matches and overlaps are common
            StringBuilder planted = new StringBuilder(text);
            List<String> keys = new ArrayList<>(names.keySet());
            for (int k = 0; k < 4; k++) {
                int at = random.nextInt(planted.length() + 1);
                planted.insert(at, keys.get(random.nextInt(keys.size())));
            }
            same(names, planted.toString());
        }
    }

    private static String word(Random random, char[] alphabet, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) b.append(alphabet[random.nextInt(alphabet.length)]);
        return b.toString();
    }
}

package dev.storyline.entities;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Capitalised words the CRF keeps labelling outside any name: German nouns ("Regierung", "Donnerstag"), words
 * capitalised in English headlines ("Says", "New"), titles ("Président" at a line start). Once a word has been
 * seen outside names often enough and (almost) never inside one, it is no reason to call the CRF. Learned from
 * the CRF's own labels, so it works in any cased language without a word list. Bounded (it stops growing when
 * full: the first capitalised words seen are the frequent ones) and thread-safe.
 */
final class OrdinaryCapitalisedWords implements java.io.Serializable {

    /** Two saturating 16-bit counts per word, packed in an int: outside names (low), inside names (high). */
    private static final int INSIDE = 1 << 16;
    private static final int MAX = 0xFFFF;

    private final int capacity;
    private final int minOutside;
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();

    /**
     * @param capacity   most words tracked
     * @param minOutside sightings outside names before a word counts as ordinary (with at most one in ten inside)
     */
    OrdinaryCapitalisedWords(int capacity, int minOutside) {
        this.capacity = capacity;
        this.minOutside = minOutside;
    }

    OrdinaryCapitalisedWords() {
        // Twice outside names: on the trafilatura pages in order, a tenth fewer CRF tokens than three times, for an
        // exact agreement with the CRF of 0.921 instead of 0.924 (once: a fifth fewer, 0.904).
        this(200_000, 2);
    }

    /** Records one CRF label for a capitalised word: inside a name or not. */
    void observe(String word, boolean insideName) {
        if (word.length() > 40) return;
        count(word, insideName);
        String suffix = suffix(word);
        if (suffix != null) count(suffix, insideName);
    }

    /**
     * Whether the CRF has seen {@code word} outside names at least the minimum times and inside at most a tenth as
     * often; or, for a word it has not seen often enough, whether words ending alike are nearly never inside names
     * (German compounds are each rare, but "-ung", "-keit", "-rung" nouns are not names).
     */
    boolean isOrdinary(String word) {
        Integer c = counts.get(word);
        int outside = c == null ? 0 : c & MAX, inside = c == null ? 0 : c >>> 16;
        if (inside > 0 || outside >= minOutside) return outside >= minOutside && inside * 10 <= outside;
        String suffix = suffix(word);
        Integer s = suffix == null ? null : counts.get(suffix);
        if (s == null) return false;
        return (s & MAX) >= SUFFIX_MIN && (s >>> 16) * SUFFIX_RATIO <= (s & MAX);
    }

    /**
     * Sightings of a suffix, and at most one in SUFFIX_RATIO inside names, before it makes its words ordinary (ten
     * rather than thirty: part of the tenth fewer CRF tokens above, same agreement).
     */
    private static final int SUFFIX_MIN = 10, SUFFIX_RATIO = 20;

    /** The last four letters of a word long enough to be a compound, marked so it never equals a word. */
    private static String suffix(String word) {
        return word.length() >= 7 ? "-" + word.substring(word.length() - 4) : null;
    }

    private void count(String key, boolean insideName) {
        if (counts.size() >= capacity && !counts.containsKey(key)) return;
        counts.merge(key, insideName ? INSIDE : 1, OrdinaryCapitalisedWords::add);
    }

    private static int add(int a, int b) {
        int outside = Math.min(MAX, (a & MAX) + (b & MAX)), inside = Math.min(MAX, (a >>> 16) + (b >>> 16));
        return inside << 16 | outside;
    }
}

package dev.storyline.entities;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Capitalised words the CRF keeps labelling outside any name: German nouns ("Regierung", "Donnerstag"), words
 * capitalised in English headlines ("Says", "New"), titles ("Président" at a line start). Once a word has been
 * seen outside names often enough and (almost) never inside one, it is no reason to call the CRF. Learned from
 * the CRF's own labels, so it works in any cased language without a word list. Bounded (it stops growing when
 * full: the first capitalised words seen are the frequent ones) and thread-safe.
 * <p>
 * One document reads through an {@link #overlay()}: it counts its own labels apart and sees the shared counts plus its
 * own, so that what a document finds does not depend on which other documents are read at the same time; its counts
 * join the shared ones when it is merged ({@link #addAll}), in input order.
 */
final class OrdinaryCapitalisedWords implements java.io.Serializable {

    /** Two saturating 16-bit counts per word, packed in an int: outside names (low), inside names (high). */
    private static final int INSIDE = 1 << 16;
    private static final int MAX = 0xFFFF;

    private final int capacity;
    private final int minOutside;
    private final Map<String, Integer> counts;
    /** The shared counts an overlay reads through; null for the shared counts themselves. */
    private final OrdinaryCapitalisedWords base;

    /**
     * @param capacity   most words tracked
     * @param minOutside sightings outside names before a word counts as ordinary (with at most one in ten inside)
     */
    OrdinaryCapitalisedWords(int capacity, int minOutside) {
        this.capacity = capacity;
        this.minOutside = minOutside;
        this.counts = new ConcurrentHashMap<>();
        this.base = null;
    }

    private OrdinaryCapitalisedWords(OrdinaryCapitalisedWords base) {
        this.capacity = Integer.MAX_VALUE; // one document's words: bounded by the document
        this.minOutside = base.minOutside;
        this.counts = new LinkedHashMap<>(); // insertion order, so that a merge near capacity keeps the same words
        this.base = base;
    }

    /** A view for one document (one thread): these counts plus the document's own, which it alone adds to. */
    OrdinaryCapitalisedWords overlay() {
        return new OrdinaryCapitalisedWords(this);
    }

    /** Adds the counts a document's {@link #overlay()} made, up to the capacity, in the order it made them. */
    void addAll(OrdinaryCapitalisedWords overlay) {
        overlay.counts.forEach((key, count) -> {
            if (counts.size() >= capacity && !counts.containsKey(key)) return;
            counts.merge(key, count, OrdinaryCapitalisedWords::add);
        });
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
        Integer c = countOf(word);
        int outside = c == null ? 0 : c & MAX, inside = c == null ? 0 : c >>> 16;
        if (inside > 0 || outside >= minOutside) return outside >= minOutside && inside * 10 <= outside;
        String suffix = suffix(word);
        Integer s = suffix == null ? null : countOf(suffix);
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

    /** The packed counts of a word or suffix: for an overlay, the shared ones plus the document's. */
    private Integer countOf(String key) {
        Integer here = counts.get(key);
        if (base == null) return here;
        Integer before = base.counts.get(key);
        if (here == null) return before;
        if (before == null) return here;
        return add(before, here);
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

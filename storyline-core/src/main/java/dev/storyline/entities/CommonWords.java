package dev.storyline.entities;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Words seen written in lower case in running text: a capitalised sentence-initial "Vendredi" or "Les" is then
 * known to be an ordinary word, not a name. Learned from the articles themselves, so it works for any cased
 * language without a word list. Bounded (it stops growing when full: word frequencies are Zipfian, so the
 * first words seen are the common ones) and thread-safe.
 * <p>
 * One document reads through an {@link #overlay()}: it sees the shared words and its own, and adds only to its own,
 * so that what a document finds does not depend on which other documents are read at the same time; its words join
 * the shared ones when it is merged ({@link #addAll}), in input order.
 */
public final class CommonWords implements java.io.Serializable {

    private final int capacity;
    private final Set<String> words;
    /** The shared words an overlay reads through; null for the shared words themselves. */
    private final CommonWords base;

    public CommonWords(int capacity) {
        this.capacity = capacity;
        this.words = ConcurrentHashMap.newKeySet();
        this.base = null;
    }

    public CommonWords() {
        this(300_000);
    }

    private CommonWords(CommonWords base) {
        this.capacity = Integer.MAX_VALUE; // one document's words: bounded by the document
        this.words = new LinkedHashSet<>(); // insertion order, so that a merge near capacity keeps the same words
        this.base = base;
    }

    /** A view for one document (one thread): these words plus the document's own, which it alone adds to. */
    CommonWords overlay() {
        return new CommonWords(this);
    }

    /** Remembers a token if it is written all in lower case (and has a letter). */
    public void observe(String token) {
        if (words.size() >= capacity || token.length() > 40) return;
        boolean letter = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isUpperCase(c)) return;
            letter |= Character.isLetter(c);
        }
        // An overlay keeps every lower-case word its document uses, the shared ones too: its own small set is
        // looked up once per token instead of the large shared one, and merging skips the words already shared.
        if (letter) words.add(token);
    }

    /** Adds the words a document's {@link #overlay()} learnt, up to the capacity, in the order it learnt them. */
    void addAll(CommonWords overlay) {
        for (String w : overlay.words) {
            if (words.size() >= capacity) return;
            words.add(w);
        }
    }

    /** Whether a (capitalised) token has been seen written in lower case. */
    public boolean contains(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        return words.contains(lower) || base != null && base.words.contains(lower);
    }

    /** Words learnt: for an overlay, the lower-case words of its document (shared ones included). */
    public int size() {
        return words.size();
    }
}

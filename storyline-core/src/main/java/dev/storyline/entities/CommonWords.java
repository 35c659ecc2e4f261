package dev.storyline.entities;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Words seen written in lower case in running text: a capitalised sentence-initial "Vendredi" or "Les" is then
 * known to be an ordinary word, not a name. Learned from the articles themselves, so it works for any cased
 * language without a word list. Bounded (it stops growing when full: word frequencies are Zipfian, so the
 * first words seen are the common ones) and thread-safe.
 */
public final class CommonWords implements java.io.Serializable {

    private final int capacity;
    private final Set<String> words = ConcurrentHashMap.newKeySet();

    public CommonWords(int capacity) {
        this.capacity = capacity;
    }

    public CommonWords() {
        this(300_000);
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
        if (letter) words.add(token);
    }

    /** Whether a (capitalised) token has been seen written in lower case. */
    public boolean contains(String token) {
        return words.contains(token.toLowerCase(Locale.ROOT));
    }

    public int size() {
        return words.size();
    }
}

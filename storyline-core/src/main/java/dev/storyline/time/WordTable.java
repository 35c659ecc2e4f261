package dev.storyline.time;

import java.util.Map;

/**
 * Words in lower case and what each maps to, asked with a stretch of a text that is lowered character by character
 * as it is compared: the dates stage asks this of many words of every text, and building each lowered word as a
 * string, hashing it again and probing {@code Map.copyOf}'s table cost about a tenth of the stage.
 * Open addressing over {@code String.hashCode}; immutable once built.
 */
final class WordTable<V> {
    private final String[] keys;
    private final Object[] values;
    private final int mask;

    private WordTable(String[] keys, Object[] values) {
        this.keys = keys;
        this.values = values;
        this.mask = keys.length - 1;
    }

    static <V> WordTable<V> of(Map<String, V> map) {
        int capacity = Integer.highestOneBit(Math.max(4, map.size() * 3)) * 2; // at most a third full
        String[] keys = new String[capacity];
        Object[] values = new Object[capacity];
        map.forEach((key, value) -> {
            int slot = spread(key.hashCode()) & (capacity - 1);
            while (keys[slot] != null) slot = (slot + 1) & (capacity - 1);
            keys[slot] = key;
            values[slot] = value;
        });
        return new WordTable<>(keys, values);
    }

    /** What {@code key} maps to, or null. */
    V get(String key) {
        for (int slot = spread(key.hashCode()) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            if (keys[slot].equals(key)) return value(slot);
        }
        return null;
    }

    /**
     * What the word {@code text[start, end)} lowered by {@link #lowerCase} maps to, or null; {@code hash} is that
     * lowered word's {@code String.hashCode}.
     */
    V getLowered(String text, int start, int end, int hash) {
        for (int slot = spread(hash) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            if (loweredEquals(keys[slot], text, start, end)) return value(slot);
        }
        return null;
    }

    /** {@link Character#toLowerCase(char)}, with ASCII lowered in place. */
    static char lowerCase(char c) {
        return c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) : Character.toLowerCase(c);
    }

    private static boolean loweredEquals(String key, String text, int start, int end) {
        if (key.length() != end - start) return false;
        for (int k = 0; k < key.length(); k++) if (key.charAt(k) != lowerCase(text.charAt(start + k))) return false;
        return true;
    }

    @SuppressWarnings("unchecked")
    private V value(int slot) {
        return (V) values[slot];
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}

package dev.storyline.events;

import java.util.function.ObjIntConsumer;

/**
 * Feature key → positive count, in two parallel arrays (open addressing, linear probing): a third of the memory of
 * a {@code HashMap<String, Long>}, which matters for document frequencies over hundreds of thousands of keys. A
 * count that falls to zero removes its key. Not thread-safe.
 */
public final class KeyCounts implements java.io.Serializable {

    private String[] keys;
    private int[] counts;
    private int size;

    public KeyCounts() {
        this(16);
    }

    public KeyCounts(int expected) {
        int capacity = Integer.highestOneBit(Math.max(8, expected * 2 - 1)) << 1;
        keys = new String[capacity];
        counts = new int[capacity];
    }

    public int size() {
        return size;
    }

    /** The key's count, 0 when absent. */
    public int get(String key) {
        int mask = keys.length - 1;
        for (int i = spread(key.hashCode()) & mask; ; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) return 0;
            if (k.equals(key)) return counts[i];
        }
    }

    /** The instance of {@code key} held here, or {@code key} itself when absent. */
    public String shared(String key) {
        int mask = keys.length - 1;
        for (int i = spread(key.hashCode()) & mask; ; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) return key;
            if (k.equals(key)) return k;
        }
    }

    /**
     * Adds {@code delta} (negative to subtract) to the key's count and returns the new count; the key leaves when
     * its count reaches zero or below.
     */
    public int add(String key, int delta) {
        int mask = keys.length - 1;
        int i = spread(key.hashCode()) & mask;
        for (; ; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) break;
            if (k.equals(key)) {
                int n = counts[i] + delta;
                if (n > 0) counts[i] = n;
                else remove(i);
                return Math.max(n, 0);
            }
        }
        if (delta <= 0) return 0;
        keys[i] = key;
        counts[i] = delta;
        if (++size * 4 > keys.length * 3) grow();
        return delta;
    }

    /** Adds {@code by} (positive) to the key's count and returns the key as held here, so that callers can share one instance. */
    public String increase(String key, int by) {
        if (by <= 0) throw new IllegalArgumentException("not an increase: " + by);
        int mask = keys.length - 1;
        int i = spread(key.hashCode()) & mask;
        for (; ; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) break;
            if (k.equals(key)) {
                counts[i] += by;
                return k;
            }
        }
        keys[i] = key;
        counts[i] = by;
        if (++size * 4 > keys.length * 3) grow();
        return key;
    }

    public void forEach(ObjIntConsumer<String> action) {
        for (int i = 0; i < keys.length; i++) if (keys[i] != null) action.accept(keys[i], counts[i]);
    }

    /** Backward-shift deletion: the entries after slot {@code i} move up so that no probe chain breaks. */
    private void remove(int i) {
        int mask = keys.length - 1;
        int hole = i;
        for (int j = (i + 1) & mask; keys[j] != null; j = (j + 1) & mask) {
            int home = spread(keys[j].hashCode()) & mask;
            // Move j into the hole unless its home lies cyclically in (hole, j].
            boolean stays = hole <= j ? (hole < home && home <= j) : (hole < home || home <= j);
            if (!stays) {
                keys[hole] = keys[j];
                counts[hole] = counts[j];
                hole = j;
            }
        }
        keys[hole] = null;
        counts[hole] = 0;
        size--;
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new String[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] == null) continue;
            int j = spread(oldKeys[i].hashCode()) & mask;
            while (keys[j] != null) j = (j + 1) & mask;
            keys[j] = oldKeys[i];
            counts[j] = oldCounts[i];
        }
    }

    /** Murmur3's finaliser: every bit of the hash reaches the low bits that pick the slot. */
    private static int spread(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }
}

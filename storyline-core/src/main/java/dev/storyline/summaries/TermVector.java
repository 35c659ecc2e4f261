package dev.storyline.summaries;

import java.util.Arrays;

/**
 * A sentence's or a title's counts of terms (stems, canonical entities, numbers, dates), as hashed term ids sorted
 * ascending with their weights alongside: the summaries compare a few thousand such vectors per update, and
 * {@code Map<String, Double>} spent its time hashing and comparing strings and boxing doubles. Immutable.
 *
 * <p>Ids are a 32-bit hash of the term's key ("t:stem", "e:entity", "n:12"): two of an event's few thousand terms share
 * an id with odds of about one in a thousand per event, and then only add up as one term, which moves a cosine by a
 * hair. Weights are counts (whole numbers), so a float holds them exactly.
 */
final class TermVector {

    static final TermVector EMPTY = new TermVector(new int[0], new float[0]);

    private final int[] ids;
    private final float[] weights;
    private final double norm;

    TermVector(int[] ids, float[] weights) {
        if (ids.length != weights.length) throw new IllegalArgumentException(ids.length + " ids, " + weights.length + " weights");
        for (int i = 1; i < ids.length; i++) {
            if (ids[i - 1] >= ids[i]) throw new IllegalArgumentException("term ids are not strictly ascending at " + i);
        }
        this.ids = ids;
        this.weights = weights;
        double sum = 0;
        for (float w : weights) sum += (double) w * w;
        this.norm = Math.sqrt(sum);
    }

    /** A term key's id: FNV-1a over its UTF-16 units, then mixed (murmur3's finaliser) so that near keys spread. */
    static int id(String key) {
        return mix(fnv(0x811c9dc5, key));
    }

    /** The id of the key {@code kind + ":" + term}, without building that string (a stem read from the analyzer). */
    static int id(char kind, CharSequence term) {
        int h = 0x811c9dc5;
        h = (h ^ kind) * 0x01000193;
        h = (h ^ ':') * 0x01000193;
        return mix(fnv(h, term));
    }

    private static int fnv(int h, CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x01000193;
        }
        return h;
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }

    int size() {
        return ids.length;
    }

    boolean isEmpty() {
        return ids.length == 0;
    }

    int id(int i) {
        return ids[i];
    }

    float weight(int i) {
        return weights[i];
    }

    double norm() {
        return norm;
    }

    /** Dot product of two sorted vectors: one merge pass. */
    double dot(TermVector other) {
        double dot = 0;
        int i = 0, j = 0;
        int[] a = ids, b = other.ids;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) i++;
            else if (a[i] > b[j]) j++;
            else dot += (double) weights[i++] * other.weights[j++];
        }
        return dot;
    }

    double cosine(TermVector other) {
        if (norm == 0 || other.norm == 0) return 0;
        return dot(other) / (norm * other.norm);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TermVector v && Arrays.equals(ids, v.ids) && Arrays.equals(weights, v.weights);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ids) * 31 + Arrays.hashCode(weights);
    }

    /** Counts terms as they are read, then sorts them once. Not thread-safe; one per vector. */
    static final class Builder {
        private int[] ids = new int[32];
        private float[] weights = new float[32];
        private int size;

        /** Adds {@code weight} to the term's count. */
        Builder add(String key, float weight) {
            return add(id(key), weight);
        }

        Builder add(int id, float weight) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                weights = Arrays.copyOf(weights, size * 2);
            }
            ids[size] = id;
            weights[size++] = weight;
            return this;
        }

        /** Sets the term's weight to {@code weight} whatever was added before (a date counts once per sentence). */
        Builder set(String key, float weight) {
            int id = id(key);
            for (int i = 0; i < size; i++) if (ids[i] == id) weights[i] = 0;
            return add(id, weight);
        }

        boolean isEmpty() {
            return size == 0;
        }

        TermVector build() {
            if (size == 0) return EMPTY;
            // Sorted by id (a stable order of the terms as read, for the sums), then repeats added up.
            long[] packed = new long[size];
            for (int i = 0; i < size; i++) packed[i] = ((long) ids[i] << 32) | i;
            Arrays.sort(packed);
            int[] outIds = new int[size];
            float[] outWeights = new float[size];
            int n = 0;
            for (long p : packed) {
                int id = (int) (p >> 32), at = (int) p;
                if (n > 0 && outIds[n - 1] == id) outWeights[n - 1] += weights[at];
                else {
                    outIds[n] = id;
                    outWeights[n++] = weights[at];
                }
            }
            // A term set to zero (a repeated date) is left out, as the map it replaces would have it once.
            int kept = 0;
            for (int i = 0; i < n; i++) {
                if (outWeights[i] != 0) {
                    outIds[kept] = outIds[i];
                    outWeights[kept++] = outWeights[i];
                }
            }
            return new TermVector(Arrays.copyOf(outIds, kept), Arrays.copyOf(outWeights, kept));
        }
    }
}

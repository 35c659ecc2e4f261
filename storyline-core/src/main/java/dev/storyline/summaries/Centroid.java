package dev.storyline.summaries;

import java.util.Arrays;

/**
 * A running sum of unit vectors (an event's articles', or its titles'), over the same hashed term ids as
 * {@link TermVector}, sorted ascending with double weights alongside (a long sum of small parts). Mutable: it is added
 * to at every arrival, owned by one {@link SummaryState.Track}.
 */
final class Centroid {

    private int[] ids;
    private double[] weights;
    private int size;
    /**
     * Where each id sits, by open addressing (slot → index + 1, 0 empty), built at the first look-up after a change:
     * a choice looks up some 60 candidates' terms, and a hash probe is cheaper than a binary search over hundreds.
     */
    private int[] slots;

    Centroid() {
        this(new int[0], new double[0]);
    }

    /** From sorted ids and their weights (as a state file holds them). */
    Centroid(int[] ids, double[] weights) {
        if (ids.length != weights.length) throw new IllegalArgumentException(ids.length + " ids, " + weights.length + " weights");
        for (int i = 1; i < ids.length; i++) {
            if (ids[i - 1] >= ids[i]) throw new IllegalArgumentException("term ids are not strictly ascending at " + i);
        }
        this.ids = ids;
        this.weights = weights;
        this.size = ids.length;
    }

    Centroid copy() {
        return new Centroid(Arrays.copyOf(ids, size), Arrays.copyOf(weights, size));
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    int id(int i) {
        return ids[i];
    }

    double weight(int i) {
        return weights[i];
    }

    /** Adds {@code v} divided by {@code divisor} (its norm, for a unit vector): one merge of the two sorted lists. */
    void add(TermVector v, double divisor) {
        if (v.isEmpty()) return;
        int[] outIds = new int[size + v.size()];
        double[] outWeights = new double[outIds.length];
        int i = 0, j = 0, n = 0;
        while (i < size || j < v.size()) {
            if (j == v.size() || (i < size && ids[i] < v.id(j))) {
                outIds[n] = ids[i];
                outWeights[n++] = weights[i++];
            } else if (i == size || ids[i] > v.id(j)) {
                outIds[n] = v.id(j);
                outWeights[n++] = v.weight(j++) / divisor;
            } else {
                outIds[n] = ids[i];
                outWeights[n++] = weights[i++] + v.weight(j++) / divisor;
            }
        }
        ids = outIds;
        weights = outWeights;
        size = n;
        slots = null;
    }

    /** Adds another centroid as it is (a story's: its events' summed). */
    void add(Centroid c) {
        int[] outIds = new int[size + c.size];
        double[] outWeights = new double[outIds.length];
        int i = 0, j = 0, n = 0;
        while (i < size || j < c.size) {
            if (j == c.size || (i < size && ids[i] < c.ids[j])) {
                outIds[n] = ids[i];
                outWeights[n++] = weights[i++];
            } else if (i == size || ids[i] > c.ids[j]) {
                outIds[n] = c.ids[j];
                outWeights[n++] = c.weights[j++];
            } else {
                outIds[n] = ids[i];
                outWeights[n++] = weights[i++] + c.weights[j++];
            }
        }
        ids = outIds;
        weights = outWeights;
        size = n;
        slots = null;
    }

    /** Dot product with a sentence's vector: each of its few terms looked up. */
    double dot(TermVector v) {
        double dot = 0;
        for (int k = 0; k < v.size(); k++) {
            int at = indexOf(v.id(k));
            if (at >= 0) dot += v.weight(k) * weights[at];
        }
        return dot;
    }

    /** Dot product with a vector divided by {@code divisor}, as {@link #add} would add it. */
    double dot(TermVector v, double divisor) {
        double dot = 0;
        for (int k = 0; k < v.size(); k++) {
            int at = indexOf(v.id(k));
            if (at >= 0) dot += v.weight(k) / divisor * weights[at];
        }
        return dot;
    }

    private int indexOf(int id) {
        if (size == 0) return -1;
        if (slots == null) index();
        int mask = slots.length - 1;
        for (int s = id & mask; ; s = (s + 1) & mask) {
            int at = slots[s] - 1;
            if (at < 0) return -1;
            if (ids[at] == id) return at;
        }
    }

    private void index() {
        int capacity = Integer.highestOneBit(Math.max(4, size * 2 - 1)) << 1;
        int[] table = new int[capacity];
        int mask = capacity - 1;
        for (int i = 0; i < size; i++) {
            int s = ids[i] & mask;
            while (table[s] != 0) s = (s + 1) & mask;
            table[s] = i + 1;
        }
        slots = table;
    }

    /** Its ids and weights into two buffers (a state file's). */
    void writeTo(java.nio.IntBuffer idsOut, java.nio.DoubleBuffer weightsOut) {
        idsOut.put(ids, 0, size);
        weightsOut.put(weights, 0, size);
    }

    double normSquared() {
        double sum = 0;
        for (int i = 0; i < size; i++) sum += weights[i] * weights[i];
        return sum;
    }

    /**
     * Keeps the {@code keep} heaviest terms once there are more than twice as many (trimmed in steps rather than at
     * every arrival); the terms weighing exactly the cut-off are kept or dropped together, so that it is the same after
     * a reload.
     *
     * @return whether it was trimmed
     */
    boolean truncate(int keep) {
        if (size <= keep * 2) return false;
        double[] sorted = Arrays.copyOf(weights, size);
        Arrays.sort(sorted);
        double cutoff = sorted[size - keep];
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (weights[i] >= cutoff) {
                ids[n] = ids[i];
                weights[n++] = weights[i];
            }
        }
        size = n;
        slots = null;
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Centroid c && Arrays.equals(ids, 0, size, c.ids, 0, c.size)
                && Arrays.equals(weights, 0, size, c.weights, 0, c.size);
    }

    @Override
    public int hashCode() {
        return size;
    }
}

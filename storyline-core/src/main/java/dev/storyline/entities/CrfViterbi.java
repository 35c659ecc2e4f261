package dev.storyline.entities;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFLabel;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Index;

import java.util.List;

/**
 * The best label sequence for a CRF's feature indices, by Viterbi straight over its clique potentials.
 * <p>
 * CoreNLP's {@code classify} first calibrates a clique tree (forward-backward over every label tuple of every
 * position, with an exp and a log per cell) and then runs Viterbi over the tree's conditional log-probabilities.
 * The conditionals multiply to the joint probability given the left padding (background labels), which is
 * proportional to the exponential of the summed potentials: the same best sequence for a fraction of the work.
 * Written here because CoreNLP has no Viterbi over raw potentials. Immutable; one per classifier.
 */
final class CrfViterbi {

    private final float[][] floatWeights;
    private final double[][] doubleWeights;
    /** Labels (classes) and the largest clique (the CRF's order plus one). */
    private final int classes, window;
    private final int background;
    /**
     * For clique size {@code j + 1} and a tuple of its labels encoded base {@code classes} (the current position's
     * label least significant), the tuple's column in the weights, or -1 where the CRF never allows it.
     */
    private final int[][] columnOf;
    /**
     * For clique size {@code j + 1} and a full-window tuple {@code t}: {@code columnOf[j][t % classes^(j+1)]}, the
     * column its last {@code j + 1} labels read, so that no remainder is taken per tuple and clique.
     */
    private final int[][] columnOfTuple;
    /** Weight columns (label tuples the CRF allows) per clique size. */
    private final int[] columns;
    /** Full-window tuples: {@code classes^window}; states: tuples of the {@code window - 1} previous labels. */
    private final int tuples, states;
    /** A tuple's previous state ({@code t / classes}) and next state ({@code t % states}), kept per tuple. */
    private final int[] fromState, toState;

    CrfViterbi(CRFClassifier<CoreLabel> classifier) {
        Object weights = CommonNouns.field(classifier, "weights");
        this.floatWeights = weights instanceof float[][] f ? f : null;
        this.doubleWeights = weights instanceof double[][] d ? d : null;
        if (floatWeights == null && doubleWeights == null) throw new IllegalStateException("unknown CRF weights");
        List<Index<CRFLabel>> labelIndices = CommonNouns.field(classifier, "labelIndices");
        this.classes = classifier.classIndex.size();
        this.window = classifier.windowSize;
        if (labelIndices.size() != window) throw new IllegalStateException("CRF cliques do not match its window");
        this.background = classifier.classIndex.indexOf(classifier.flags.backgroundSymbol);
        this.columnOf = new int[window][];
        this.columns = new int[window];
        for (int j = 0; j < window; j++) {
            columnOf[j] = new int[pow(classes, j + 1)];
            java.util.Arrays.fill(columnOf[j], -1);
            Index<CRFLabel> index = labelIndices.get(j);
            columns[j] = index.size();
            for (int k = 0; k < index.size(); k++) {
                int code = 0;
                for (int label : index.get(k).getLabel()) code = code * classes + label;
                columnOf[j][code] = k;
            }
        }
        this.tuples = pow(classes, window);
        this.states = pow(classes, window - 1);
        this.fromState = new int[tuples];
        this.toState = new int[tuples];
        for (int t = 0; t < tuples; t++) {
            fromState[t] = t / classes;
            toState[t] = t % states;
        }
        this.columnOfTuple = new int[window][tuples];
        for (int j = 0; j < window; j++) {
            for (int t = 0; t < tuples; t++) columnOfTuple[j][t] = columnOf[j][t % columnOf[j].length];
        }
    }

    /**
     * The best class index per position, for each position's {@link #potentials} (its cliques' feature indices as
     * {@code CRFClassifier.documentToDataAndLabels} makes them).
     */
    int[] best(double[][] potentials) {
        int n = potentials.length;
        int[] labels = new int[n];
        if (n == 0) return labels;
        double[] score = new double[states], next = new double[states];
        // The back-pointers in one flat array (position i, state s at i * states + s): an int[n][states] is made by a
        // call into the VM, row by row.
        int[] from = new int[n * states];
        java.util.Arrays.fill(score, Double.NEGATIVE_INFINITY);
        int start = 0; // the left padding: every previous label is the background
        for (int p = 0; p < window - 1; p++) start = start * classes + background;
        score[start] = 0;
        for (int i = 0; i < n; i++) {
            double[] potential = potentials[i];
            java.util.Arrays.fill(next, Double.NEGATIVE_INFINITY);
            int back = i * states;
            // A tuple is (previous state, current label); its next state drops the oldest label.
            for (int t = 0; t < tuples; t++) {
                int state = fromState[t];
                if (score[state] == Double.NEGATIVE_INFINITY) continue;
                double s = score[state] + potential[t];
                int to = toState[t];
                if (s > next[to]) {
                    next[to] = s;
                    from[back + to] = state;
                }
            }
            double[] swap = score;
            score = next;
            next = swap;
        }
        int state = 0;
        for (int s = 1; s < states; s++) if (score[s] > score[state]) state = s;
        for (int i = n - 1; i >= 0; i--) {
            labels[i] = state % classes;
            state = from[i * states + state];
        }
        return labels;
    }

    /**
     * How far the CRF's scores for one token, after a token outside any name, rule out a name there: the score of
     * "outside" minus the best score of a name label, from the token's own cliques' {@link #potentials}. What it leaves out is the next
     * token's transition from this one, hence a margin well above zero.
     */
    double outsideMargin(double[] potential) {
        int previous = 0; // every earlier label of the clique is "outside"
        for (int p = 0; p < window - 1; p++) previous = previous * classes + background;
        double outside = potential[previous * classes + background], name = Double.NEGATIVE_INFINITY;
        for (int y = 0; y < classes; y++) if (y != background) name = Math.max(name, potential[previous * classes + y]);
        return outside - name;
    }

    /**
     * Each full-window tuple's summed clique potentials at one position (-infinity where a clique forbids it), for
     * the feature indices of its cliques and their values (null: all 1).
     */
    double[] potentials(int[][] cliques, double[][] values) {
        double[] out = new double[tuples];
        for (int j = 0; j < window; j++) {
            int[] features = cliques[j];
            double[] featureValues = values == null ? null : values[j];
            double[] sums = new double[columns[j]];
            // Row by row: a feature's weights for every label tuple sit together. Without values every feature's is
            // 1, and a weight times 1 is the weight itself: the same sums without the multiplications.
            for (int m = 0; m < features.length; m++) {
                if (floatWeights != null) {
                    float[] row = floatWeights[features[m]];
                    if (featureValues == null) {
                        for (int k = 0; k < sums.length; k++) sums[k] += row[k];
                    } else {
                        double v = featureValues[m];
                        for (int k = 0; k < sums.length; k++) sums[k] += row[k] * v;
                    }
                } else {
                    double[] row = doubleWeights[features[m]];
                    double v = featureValues == null ? 1 : featureValues[m];
                    for (int k = 0; k < sums.length; k++) sums[k] += row[k] * v;
                }
            }
            int[] column = columnOfTuple[j];
            for (int t = 0; t < tuples; t++) {
                int k = column[t];
                out[t] += k < 0 ? Double.NEGATIVE_INFINITY : sums[k];
            }
        }
        return out;
    }

    private static int pow(int base, int exponent) {
        int r = 1;
        for (int i = 0; i < exponent; i++) r *= base;
        return r;
    }
}

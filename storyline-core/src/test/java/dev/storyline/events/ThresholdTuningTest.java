package dev.storyline.events;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * How the evaluation's tuner picks a threshold from the scores of a grid ({@link ClusteringEvaluation#plateauMiddle}).
 * The curves are written for the test, shaped as ECB+'s re-check curves are: a cliff on the low side (a topic's two
 * events merge), a plateau, a slope.
 */
class ThresholdTuningTest {

    @Test
    void picksTheMiddleOfTheNearBestPlateauNotTheBestAtItsEdge() {
        double[] f1 = {0.80, 0.935, 0.930, 0.928, 0.926, 0.928, 0.934, 0.92, 0.85};
        assertEquals(1, maxIndex(f1), "the single best sits at the cliff's edge");
        assertEquals(4, ClusteringEvaluation.plateauMiddle(f1, 0.02));
    }

    @Test
    void aSmallChangeOfScoresInsideThePlateauDoesNotMoveTheChoice() {
        double[] before = {0.80, 0.935, 0.930, 0.928, 0.926, 0.928, 0.934, 0.92, 0.85};
        double[] after = {0.80, 0.931, 0.930, 0.929, 0.926, 0.928, 0.936, 0.92, 0.85};
        assertEquals(1, maxIndex(before));
        assertEquals(6, maxIndex(after), "one token more or less moves the arg-max from edge to edge");
        assertEquals(ClusteringEvaluation.plateauMiddle(before, 0.02), ClusteringEvaluation.plateauMiddle(after, 0.02));
    }

    @Test
    void aSeparatePeakBeyondADipIsNotPartOfThePlateau() {
        double[] f1 = {0.95, 0.96, 0.95, 0.80, 0.945, 0.94, 0.945};
        assertEquals(1, ClusteringEvaluation.plateauMiddle(f1, 0.02));
    }

    @Test
    void ofTwoMiddlesTheHigherScoringOneIsTaken() {
        assertEquals(2, ClusteringEvaluation.plateauMiddle(new double[]{0.5, 0.95, 0.942, 0.941, 0.945, 0.5}, 0.02));
        assertEquals(3, ClusteringEvaluation.plateauMiddle(new double[]{0.5, 0.95, 0.941, 0.942, 0.945, 0.5}, 0.02));
    }

    private static int maxIndex(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
        return best;
    }
}

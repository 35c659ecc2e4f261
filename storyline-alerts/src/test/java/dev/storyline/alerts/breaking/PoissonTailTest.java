package dev.storyline.alerts.breaking;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PoissonTailTest {

    @Test
    void givesMinusLog10OfTheUpperTail() {
        assertEquals(-Math.log10(1 - Math.exp(-1)), PoissonTail.score(1, 1.0), 1e-9, "P(X ≥ 1 | 1) = 1 - e^-1");
        // P(X ≥ 10 | 1) = 1.1142547e-7 (sum of the terms from 10 on)
        assertEquals(6.953013, PoissonTail.score(10, 1.0), 1e-5);
        // Far in the tail, where a naive 1 - CDF is 0: P(X ≥ 60 | 0.5) = e^-0.5 0.5^60 / 60! (1 + …)
        double logTerm = -0.5 + 60 * Math.log(0.5) - PoissonTail.lnFactorial(60);
        assertEquals(-(logTerm + Math.log1p(0.5 / 61 + 0.25 / (61 * 62))) / Math.log(10), PoissonTail.score(60, 0.5), 1e-6);
        assertEquals(0, PoissonTail.score(0, 3.0));
    }

    @Test
    void lnFactorialJoinsItsTableAndStirlingSmoothly() {
        double exact = 0;
        for (int k = 1; k <= 40; k++) {
            exact += Math.log(k);
            assertEquals(exact, PoissonTail.lnFactorial(k), 1e-9, "ln " + k + "!");
        }
    }
}

package dev.storyline.alerts.breaking;

/**
 * How surprising a count is under a Poisson rate: -log10 P(X ≥ x) for X ~ Poisson(λ). Written here because it is
 * ten lines (commons-math would be a dependency for one function).
 */
final class PoissonTail {

    private static final double LN10 = Math.log(10);

    private PoissonTail() {
    }

    /** -log10 P(X ≥ x) for X ~ Poisson(lambda), lambda > 0; 0 when x ≤ 0. */
    static double score(int x, double lambda) {
        if (x <= 0) return 0;
        if (!(lambda > 0)) throw new IllegalArgumentException("lambda must be positive: " + lambda);
        double logTail;
        if (x > lambda) {
            // Sum the terms from x upwards: they fall at least geometrically, in log space against underflow.
            double first = -lambda + x * Math.log(lambda) - lnFactorial(x);
            double sum = 1, term = 1;
            for (int k = x; term > 1e-17 * sum; k++) {
                term *= lambda / (k + 1);
                sum += term;
            }
            logTail = first + Math.log(sum);
        } else {
            double below = 0, term = Math.exp(-lambda);
            for (int k = 0; k < x; k++) {
                below += term;
                term *= lambda / (k + 1);
            }
            logTail = Math.log(Math.max(1e-300, 1 - below));
        }
        return Math.max(0, -logTail / LN10);
    }

    private static final double[] SMALL = new double[32];

    static {
        for (int k = 1; k < SMALL.length; k++) SMALL[k] = SMALL[k - 1] + Math.log(k);
    }

    static double lnFactorial(int k) {
        if (k < SMALL.length) return SMALL[k];
        double n = k + 1.0; // Stirling's series for ln Γ(n), exact to 1e-10 beyond 30
        return (n - 0.5) * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * n) - 1 / (360 * n * n * n);
    }
}

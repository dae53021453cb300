package org.openbcf.metrics.funnel;

import java.util.function.DoubleUnaryOperator;

import org.apache.commons.statistics.distribution.GammaDistribution;

/**
 * The observed counts on the edge of the exact Poisson test against an expected count E, as a
 * continuous count k, e.g. at 95% and E = 5.571643 (χ²⁻¹(0.975; 4)/2) the lower control count is 1.
 *
 * <ul>
 * <li><b>Upper</b>: the k with {@code P(X ≥ k | E) = tail}, which for a whole k is the regularised lower
 *     incomplete gamma function {@code P(k, E)}; equivalently {@code E = χ²⁻¹(tail; 2k)/2}. An observed
 *     count O is above it exactly when {@code P(X ≥ O | E) < tail}, because {@code P(k, E)} falls as k
 *     grows.</li>
 * <li><b>Lower</b>: the k with {@code P(X ≤ k | E) = tail}, the regularised upper incomplete gamma
 *     function {@code Q(k + 1, E)}; equivalently {@code E = χ²⁻¹(1 − tail; 2k + 2)/2}. An observed count
 *     O is below it exactly when {@code P(X ≤ O | E) < tail}; when even {@code P(X = 0 | E) = e^−E} is at
 *     least the tail, no count is below and the lower count is 0.</li>
 * </ul>
 *
 * <p>Each is solved for k with Brent's bracketed root-finder to the last few units in the last place
 * of k, on Commons Statistics' gamma distribution (PHEindicatormethods bisects on whole counts to
 * about 1e-7 instead). Stateless and thread-safe.
 */
final class PoissonControlLimits {

    private static final double EPSILON = Math.ulp(1.0);

    /** Brent's method needs far fewer; this only stops a function that is not monotone. */
    private static final int MAX_EVALUATIONS = 200;

    private PoissonControlLimits() {
    }

    /**
     * The continuous observed count on the upper limit: {@code P(X ≥ k | E) = tail}, 0 at E = 0.
     *
     * @param expected the expected count E, at least 0 and finite
     * @param tail     the one-sided tail probability α/2, between 0 and 0.5
     * @return k, above E (0 when E is 0)
     */
    static double upperCount(double expected, double tail) {
        if (expected == 0.0) {
            return 0.0;   // P(X >= k | 0) = 0 for every k > 0: any event is above
        }
        DoubleUnaryOperator excess = k -> GammaDistribution.of(k, 1.0).cumulativeProbability(expected) - tail;
        // P(E, E) > 1/2 > tail (a gamma distribution's median is below its mean), so k > E
        double low = expected;
        double atLow = Double.NaN;
        double step = 4.0 * Math.sqrt(expected) + 12.0;
        double high = expected + step;
        double atHigh = excess.applyAsDouble(high);
        while (atHigh > 0.0) {
            low = high;
            atLow = atHigh;
            step *= 2.0;
            high = expected + step;
            atHigh = excess.applyAsDouble(high);
        }
        return solve(excess, low, high, Double.isNaN(atLow) ? excess.applyAsDouble(low) : atLow, atHigh);
    }

    /**
     * The continuous observed count on the lower limit: {@code P(X ≤ k | E) = tail}, or 0 when
     * {@code P(X = 0 | E)} is at least the tail.
     *
     * @param expected the expected count E, at least 0 and finite
     * @param tail     the one-sided tail probability α/2, between 0 and 0.5
     * @return k, from 0 up to below E
     */
    static double lowerCount(double expected, double tail) {
        if (Math.exp(-expected) >= tail) {
            return 0.0;
        }
        // solved for the gamma shape a = k + 1: Q(a, E) rises with a, Q(1, E) = e^-E < tail, and
        // Q(E + 1, E) > 1/2 > tail (the median of a gamma distribution of shape a is above a - 1)
        DoubleUnaryOperator excess = a -> GammaDistribution.of(a, 1.0).survivalProbability(expected) - tail;
        double low = 1.0;
        double high = expected + 1.0;
        double guess = expected - 4.0 * Math.sqrt(expected) - 12.0;
        double atLow;
        if (guess > 1.0 && (atLow = excess.applyAsDouble(guess)) < 0.0) {
            low = guess;
        } else {
            atLow = Math.exp(-expected) - tail;
        }
        return solve(excess, low, high, atLow, excess.applyAsDouble(high)) - 1.0;
    }

    /**
     * Brent's method (R. P. Brent, <i>Algorithms for Minimization without Derivatives</i>, 1973, ch. 4,
     * procedure {@code zero} with no absolute tolerance): the root of f between a and b, whose values
     * have opposite signs (or one is 0), to within {@code 2·ε·|root|}.
     */
    static double solve(DoubleUnaryOperator f, double a, double b, double fa, double fb) {
        if (fa == 0.0) {
            return a;
        }
        if (fb == 0.0) {
            return b;
        }
        if ((fa > 0.0) == (fb > 0.0)) {
            throw new IllegalStateException("no sign change between " + a + " (" + fa + ") and " + b + " (" + fb + ")");
        }
        double c = a;
        double fc = fa;
        double d = b - a;
        double e = d;
        for (int evaluations = 0; evaluations < MAX_EVALUATIONS; evaluations++) {
            if ((fb > 0.0) == (fc > 0.0)) {
                c = a;
                fc = fa;
                d = b - a;
                e = d;
            }
            if (Math.abs(fc) < Math.abs(fb)) {
                a = b;
                b = c;
                c = a;
                fa = fb;
                fb = fc;
                fc = fa;
            }
            double tolerance = 2.0 * EPSILON * Math.abs(b);
            double half = 0.5 * (c - b);
            if (Math.abs(half) <= tolerance || fb == 0.0) {
                return b;
            }
            if (Math.abs(e) >= tolerance && Math.abs(fa) > Math.abs(fb)) {
                double s = fb / fa;
                double p;
                double q;
                if (a == c) {
                    p = 2.0 * half * s;
                    q = 1.0 - s;
                } else {
                    double qa = fa / fc;
                    double r = fb / fc;
                    p = s * (2.0 * half * qa * (qa - r) - (b - a) * (r - 1.0));
                    q = (qa - 1.0) * (r - 1.0) * (s - 1.0);
                }
                if (p > 0.0) {
                    q = -q;
                } else {
                    p = -p;
                }
                if (2.0 * p < 3.0 * half * q - Math.abs(tolerance * q) && p < Math.abs(0.5 * e * q)) {
                    e = d;
                    d = p / q;
                } else {
                    d = half;
                    e = d;
                }
            } else {
                d = half;
                e = d;
            }
            a = b;
            fa = fb;
            b += Math.abs(d) > tolerance ? d : Math.copySign(tolerance, half);
            fb = f.applyAsDouble(b);
        }
        throw new IllegalStateException("no root found between " + a + " and " + c);
    }
}

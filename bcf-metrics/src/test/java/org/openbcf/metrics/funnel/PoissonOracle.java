package org.openbcf.metrics.funnel;

import java.math.BigDecimal;
import java.math.MathContext;

import org.openbcf.metrics.stats.ConfidenceLevel;

/**
 * Slow, independent computations of the exact Poisson test and its funnel limits, for tests only:
 * no Commons Statistics, no root-finder shared with {@link PoissonControlLimits}.
 *
 * <ul>
 * <li>Tail probabilities of a whole count by summing Poisson terms {@code E^j/j!} in {@code BigDecimal}
 *     (40 digits) and dividing by their total, so {@code e^−E} is never needed.</li>
 * <li>The continuous edge count k at E by bisection on k of a regularised incomplete gamma function
 *     written here: {@code P(a, x) = x^a e^−x / Γ(a + 1) · Σ x^n / ((a + 1)…(a + n))}, with ln Γ from
 *     Stirling's series after shifting the argument above 15.</li>
 * </ul>
 */
final class PoissonOracle {

    private static final MathContext DIGITS = new MathContext(40);

    private PoissonOracle() {
    }

    /** {@code P(X ≥ o | E)} for a Poisson X with mean E > 0. */
    static BigDecimal atLeast(long o, double expected) {
        BigDecimal[] sums = sums(o - 1, expected);
        return BigDecimal.ONE.subtract(sums[0].divide(sums[1], DIGITS));
    }

    /** {@code P(X ≤ o | E)} for a Poisson X with mean E > 0. */
    static BigDecimal atMost(long o, double expected) {
        BigDecimal[] sums = sums(o, expected);
        return sums[0].divide(sums[1], DIGITS);
    }

    /** {Σ_{j ≤ last} E^j/j!, Σ_j E^j/j!} to 40 digits. */
    private static BigDecimal[] sums(long last, double expected) {
        BigDecimal e = new BigDecimal(expected);
        BigDecimal term = BigDecimal.ONE;
        BigDecimal partial = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal negligible = BigDecimal.ZERO;
        for (long j = 0; ; j++) {
            if (j > 0) {
                term = term.multiply(e, DIGITS).divide(BigDecimal.valueOf(j), DIGITS);
            }
            if (j <= last) {
                partial = partial.add(term, DIGITS);
            }
            total = total.add(term, DIGITS);
            if (j > expected && j > last) {
                negligible = total.movePointLeft(45);
                if (term.compareTo(negligible) < 0) {
                    return new BigDecimal[] {partial, total};
                }
            }
        }
    }

    /** {@code {P(X ≥ o | E), P(X ≤ o | E)}} from one pair of sums. */
    static BigDecimal[] tails(long o, double expected) {
        BigDecimal[] below = sums(o, expected);
        BigDecimal[] notAbove = sums(o - 1, expected);
        return new BigDecimal[] {BigDecimal.ONE.subtract(notAbove[0].divide(notAbove[1], DIGITS)),
            below[0].divide(below[1], DIGITS)};
    }

    /** The position the exact Poisson test gives a count with these {@link #tails}, at both levels. */
    static FunnelPosition position(BigDecimal[] tails) {
        BigDecimal above = tails[0];
        BigDecimal below = tails[1];
        BigDecimal t998 = new BigDecimal(ConfidenceLevel.NINETY_NINE_POINT_EIGHT.halfAlpha());
        BigDecimal t95 = new BigDecimal(ConfidenceLevel.NINETY_FIVE.halfAlpha());
        if (above.compareTo(t998) < 0) {
            return FunnelPosition.ABOVE_99_8;
        }
        if (above.compareTo(t95) < 0) {
            return FunnelPosition.ABOVE_95;
        }
        if (below.compareTo(t998) < 0) {
            return FunnelPosition.BELOW_99_8;
        }
        return below.compareTo(t95) < 0 ? FunnelPosition.BELOW_95 : FunnelPosition.WITHIN_95;
    }

    /** Whether a tail is within 1e-9 relative of a threshold: a tie too close to call in doubles. */
    static boolean nearATie(BigDecimal[] tails) {
        for (BigDecimal p : tails) {
            for (double threshold : new double[] {0.025, 0.001}) {
                if (Math.abs(p.doubleValue() / threshold - 1.0) < 1e-9) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The continuous k with {@code P(X ≥ k | E) = tail}: {@code P(k, E) = tail}, 0 at E = 0. */
    static double upperCount(double expected, double tail) {
        if (expected == 0.0) {
            return 0.0;
        }
        // P(k, E) falls as k grows; P(E, E) > 1/2 (checked by bisect), and the series is short for k >= E
        return bisect(k -> regularizedP(k, expected) - tail, expected, expected + 20.0 * Math.sqrt(expected) + 50.0);
    }

    /** The continuous k ≥ 0 with {@code P(X ≤ k | E) = tail}: {@code 1 − P(k + 1, E) = tail}, else 0. */
    static double lowerCount(double expected, double tail) {
        if (Math.exp(-expected) >= tail) {   // P(X = 0 | E): no count is below
            return 0.0;
        }
        // 1 - P(k + 1, E) rises with k; the bracket is checked by bisect
        double lo = Math.max(0.0, expected - 10.0 * Math.sqrt(expected) - 20.0);
        return bisect(k -> tail - (1.0 - regularizedP(k + 1.0, expected)), lo, expected + 1.0);
    }

    /** The root of a falling function between lo (positive) and hi (negative), to 1e-14 relative. */
    private static double bisect(java.util.function.DoubleUnaryOperator f, double lo, double hi) {
        if (!(f.applyAsDouble(lo) > 0.0 && f.applyAsDouble(hi) < 0.0)) {
            throw new AssertionError("oracle bracket [" + lo + ", " + hi + "] does not hold a root");
        }
        while (hi - lo > 1e-14 * hi) {
            double mid = 0.5 * (lo + hi);
            if (f.applyAsDouble(mid) > 0.0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** The regularised lower incomplete gamma function P(a, x), a > 0, x ≥ 0, by its power series. */
    static double regularizedP(double a, double x) {
        if (x == 0.0) {
            return 0.0;
        }
        double logScale = a * Math.log(x) - x - logGamma(a + 1.0);
        double term = 1.0;
        double sum = 1.0;
        for (int n = 1; ; n++) {
            term *= x / (a + n);
            sum += term;
            if (sum > 1e250) {
                sum *= 1e-250;
                term *= 1e-250;
                logScale += 250.0 * Math.log(10.0);
            }
            if (a + n > x && term < sum * 1e-18) {
                return Math.exp(logScale + Math.log(sum));
            }
        }
    }

    /** ln Γ(x) for x > 0: Stirling's series at x + n ≥ 15, less ln of the shift. */
    static double logGamma(double x) {
        double shift = 0.0;
        while (x < 15.0) {
            shift += Math.log(x);
            x += 1.0;
        }
        double inverse = 1.0 / x;
        double square = inverse * inverse;
        double series = inverse * (1.0 / 12 - square * (1.0 / 360 - square * (1.0 / 1260 - square * (1.0 / 1680
                - square / 1188))));
        return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2.0 * Math.PI) + series - shift;
    }
}

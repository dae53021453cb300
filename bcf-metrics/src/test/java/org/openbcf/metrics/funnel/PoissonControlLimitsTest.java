package org.openbcf.metrics.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleUnaryOperator;

import org.apache.commons.statistics.distribution.GammaDistribution;
import org.junit.jupiter.api.Test;

/**
 * The edge counts and Brent's method behind {@link Funnel}'s ratio and rate limits: each edge count
 * checked by putting it back into the Poisson tail it solves, and the root-finder's precision and
 * speed on functions with known roots.
 */
class PoissonControlLimitsTest {

    private static DoubleUnaryOperator counted(DoubleUnaryOperator f, AtomicInteger evaluations) {
        return x -> {
            evaluations.incrementAndGet();
            return f.applyAsDouble(x);
        };
    }

    @Test
    void brentFindsACubeRootToTheLastBitsAndFasterThanBisection() {
        AtomicInteger evaluations = new AtomicInteger();
        DoubleUnaryOperator f = counted(x -> x * x * x - 2, evaluations);
        double root = PoissonControlLimits.solve(f, 0, 2, -2, 6);
        assertThat(root).isCloseTo(Math.cbrt(2), within(4 * Math.ulp(Math.cbrt(2))));
        // 7 evaluations; bisection would take about 52 steps to reach 2 ulps of 1.26 from an interval of width 2
        assertThat(evaluations.get()).isBetween(5, 9);
    }

    @Test
    void brentNeedsFewEvaluationsOnTheFunnelsOwnFunctions() {
        // Brent's interpolation steps, not bisection, do the work: the evaluations each solve needs on the
        // Poisson tails at 90.53 expected (bisection would need about 50 each)
        double e = 90.53;
        int[] counts = new int[4];
        double[] tails = {0.025, 0.001};
        for (int i = 0; i < 2; i++) {
            double tail = tails[i];
            AtomicInteger upper = new AtomicInteger();
            DoubleUnaryOperator p = counted(k -> GammaDistribution.of(k, 1).cumulativeProbability(e) - tail, upper);
            double high = e + 4 * Math.sqrt(e) + 12;
            PoissonControlLimits.solve(p, e, high, GammaDistribution.of(e, 1).cumulativeProbability(e) - tail,
                    GammaDistribution.of(high, 1).cumulativeProbability(e) - tail);
            AtomicInteger lower = new AtomicInteger();
            DoubleUnaryOperator q = counted(a -> GammaDistribution.of(a, 1).survivalProbability(e) - tail, lower);
            double low = e - 4 * Math.sqrt(e) - 12;
            PoissonControlLimits.solve(q, low, e + 1, GammaDistribution.of(low, 1).survivalProbability(e) - tail,
                    GammaDistribution.of(e + 1, 1).survivalProbability(e) - tail);
            counts[2 * i] = upper.get();
            counts[2 * i + 1] = lower.get();
        }
        // 12, 13, 12 and 13 on JDK 17 and 25; a little room for a last-bit difference in Math.log or exp
        for (int n : counts) {
            assertThat(n).isBetween(5, 15);
        }
        assertThat(counts[0] + counts[1] + counts[2] + counts[3]).isLessThanOrEqualTo(52);
    }

    @Test
    void brentHandlesRootsAtTheEndsAndFallingFunctionsAndRefusesNoSignChange() {
        assertThat(PoissonControlLimits.solve(x -> x - 1, 1, 3, 0, 2)).isEqualTo(1.0);
        assertThat(PoissonControlLimits.solve(x -> x - 3, 1, 3, -2, 0)).isEqualTo(3.0);
        double falling = PoissonControlLimits.solve(x -> Math.exp(-x) - 0.5, 0, 10, 0.5, Math.exp(-10) - 0.5);
        assertThat(falling).isCloseTo(Math.log(2), within(4 * Math.ulp(Math.log(2))));
        assertThat(PoissonControlLimits.solve(x -> x - 1e6, 1e6 - 1, 1e7, -1, 9e6)).isCloseTo(1e6, within(4 * Math.ulp(1e6)));
        assertThatThrownBy(() -> PoissonControlLimits.solve(x -> x, 1, 2, 1, 2))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no sign change between 1.0 (1.0)");
    }

    @Test
    void brentGivesUpOnAFunctionThatOnlyPretendsToCrossZero() {
        // a sign change with no root: the bracket shrinks to the jump and stops there, at either side
        double jump = PoissonControlLimits.solve(x -> x < 0.3 ? -1 : 1, 0, 1, -1, 1);
        assertThat(jump).isCloseTo(0.3, within(1e-15));
    }

    @Test
    void upperCountsPutBackGiveTheirTail() {
        for (double expected : new double[] {1e-9, 0.2, 1, 5.5, 90.53, 1e4, 1e8}) {
            for (double tail : new double[] {0.025, 0.001, 1e-12}) {
                double k = PoissonControlLimits.upperCount(expected, tail);
                assertThat(k).isGreaterThan(expected);
                assertThat(GammaDistribution.of(k, 1).cumulativeProbability(expected))
                        .as("P(k, E) at E=%s, tail %s", expected, tail).isCloseTo(tail, within(tail * 1e-9));
                // the next count up is beyond the edge, the next down inside it
                double step = k * 1e-7;
                assertThat(GammaDistribution.of(k + step, 1).cumulativeProbability(expected)).isLessThan(tail);
                assertThat(GammaDistribution.of(k - step, 1).cumulativeProbability(expected)).isGreaterThan(tail);
            }
        }
        assertThat(PoissonControlLimits.upperCount(0, 0.025)).isZero();
    }

    @Test
    void lowerCountsPutBackGiveTheirTailOrZeroWhenNoCountIsBelow() {
        for (double expected : new double[] {3.7, 6.92, 10, 90.53, 1e4, 1e8}) {
            for (double tail : new double[] {0.025, 0.001}) {
                if (Math.exp(-expected) >= tail) {
                    continue;
                }
                double k = PoissonControlLimits.lowerCount(expected, tail);
                assertThat(k).isBetween(0.0, expected);
                assertThat(GammaDistribution.of(k + 1, 1).survivalProbability(expected))
                        .as("Q(k + 1, E) at E=%s, tail %s", expected, tail).isCloseTo(tail, within(tail * 1e-9));
            }
        }
        // e^-E at least the tail: even 0 events is not below
        assertThat(PoissonControlLimits.lowerCount(3.6, 0.025)).isZero();
        assertThat(PoissonControlLimits.lowerCount(-Math.log(0.025), 0.025)).isZero();
        assertThat(PoissonControlLimits.lowerCount(6.9, 0.001)).isZero();
        assertThat(PoissonControlLimits.lowerCount(0, 0.001)).isZero();
        assertThat(PoissonControlLimits.lowerCount(6.92, 0.001)).isBetween(0.0, 0.01);
    }
}

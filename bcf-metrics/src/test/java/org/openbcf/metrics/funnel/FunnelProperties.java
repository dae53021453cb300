package org.openbcf.metrics.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.openbcf.core.Generators;
import org.openbcf.metrics.stats.ConfidenceLevel;

class FunnelProperties {

    @Test
    void limitsAreNestedAroundTheTargetAndNarrowAsTheDenominatorGrows() {
        qt().withFixedSeed(Generators.SEED)
                .forAll(doubles().between(0.0, 1.0), doubles().between(1, 1e6), doubles().between(1.01, 10))
                .checkAssert((p, n, k) -> {
                    for (Funnel funnel : new Funnel[] {Funnel.proportion(p, 100), Funnel.ratio(100),
                            Funnel.crudeRate(p * 1000, 100_000)}) {
                        FunnelLimits small = funnel.limitsAt(n);
                        FunnelLimits large = funnel.limitsAt(n * k);
                        double width = small.upper998() - small.lower998();
                        assertThat(large.upper998() - large.lower998()).isLessThanOrEqualTo(width * (1 + 1e-9));
                        if (funnel.statistic() == FunnelStatistic.PROPORTION) {
                            assertThat(funnel.target()).isBetween(small.lower95(), small.upper95());
                        }
                    }
                });
    }

    @Test
    void ratioLimitsScaleWithTheMultiplier() {
        qt().withFixedSeed(Generators.SEED)
                .forAll(doubles().between(0.01, 1e5), doubles().between(0.5, 1e5))
                .checkAssert((expected, multiplier) -> {
                    FunnelLimits one = Funnel.ratio(1).limitsAt(expected);
                    FunnelLimits scaled = Funnel.ratio(multiplier).limitsAt(expected);
                    assertThat(scaled.upper95()).isCloseTo(one.upper95() * multiplier,
                            org.assertj.core.api.Assertions.within(one.upper95() * multiplier * 1e-12));
                });
    }

    /**
     * Within 1e-9 relative, or 1e-11 events when the edge count is nearly 0: there k is the small
     * difference between e^−E and α/2, and the oracle's 1 − P(k + 1, E) is good to about 1e-12 events.
     */
    private static void assertEdge(double actual, double oracleCount, double denominator, double multiplier,
                                   String what) {
        double expected = oracleCount / denominator * multiplier;
        double tolerance = Math.max(Math.abs(expected) * 1e-9, 1e-11 / denominator * multiplier);
        assertThat(actual).as(what).isCloseTo(expected, org.assertj.core.api.Assertions.within(tolerance));
    }

    private static void assertLimitsAreTheOracles(FunnelLimits limits, double expected, double denominator,
                                                  double multiplier) {
        double t95 = ConfidenceLevel.NINETY_FIVE.halfAlpha();
        double t998 = ConfidenceLevel.NINETY_NINE_POINT_EIGHT.halfAlpha();
        String at = " at E = " + expected + ", denominator " + denominator;
        assertEdge(limits.lower998(), PoissonOracle.lowerCount(expected, t998), denominator, multiplier, "lower 99.8%" + at);
        assertEdge(limits.lower95(), PoissonOracle.lowerCount(expected, t95), denominator, multiplier, "lower 95%" + at);
        assertEdge(limits.upper95(), PoissonOracle.upperCount(expected, t95), denominator, multiplier, "upper 95%" + at);
        assertEdge(limits.upper998(), PoissonOracle.upperCount(expected, t998), denominator, multiplier, "upper 99.8%" + at);
    }

    @Test
    void ratioLimitsAreTheEdgesOfTheExactPoissonTestAgainstAnIndependentOracle() {
        // E from 0.001 to 1,000,000, log-uniform; the oracle bisects its own incomplete gamma function
        qt().withFixedSeed(Generators.SEED).withExamples(150)
                .forAll(doubles().between(-3, 6), doubles().between(0.5, 1000))
                .checkAssert((log10, multiplier) -> {
                    double expected = Math.pow(10, log10);
                    assertLimitsAreTheOracles(Funnel.ratio(multiplier).limitsAt(expected), expected, expected,
                            multiplier);
                });
    }

    @Test
    void rateLimitsAreTheEdgesOfTheExactPoissonTestOnTheExpectedEvents() {
        // target 0.1 to 10,000 per 100,000, population 10 to 10,000,000; expected events λ = target × n / 100,000
        // up to 1,000,000 (beyond, the oracle's own ln Γ loses the digits a 1e-9 check needs)
        qt().withFixedSeed(Generators.SEED).withExamples(100)
                .forAll(doubles().between(-1, 4), doubles().between(1, 7))
                .checkAssert((logTarget, logPopulation) -> {
                    double target = Math.pow(10, logTarget);
                    double population = Math.pow(10, logPopulation);
                    double expected = target * population / 100_000;
                    assertLimitsAreTheOracles(Funnel.crudeRate(target, 100_000).limitsAt(population), expected,
                            population, 100_000);
                    assertLimitsAreTheOracles(Funnel.dsr(target, 100_000).limitsAt(population), expected,
                            population, 100_000);
                });
    }

    @Test
    void aRatioPointsPositionIsTheExactPoissonTestAndTheSideOfTheCurveItIsDrawnOn() {
        // E from 0.01 to 3,000; O from 0 to E + 6√E + 10, so every band is reached
        qt().withFixedSeed(Generators.SEED).withExamples(400)
                .forAll(doubles().between(-2, Math.log10(3000)), doubles().between(0, 1))
                .checkAssert((log10, fraction) -> {
                    double expected = Math.pow(10, log10);
                    long observed = (long) Math.floor(fraction * (expected + 6 * Math.sqrt(expected) + 10));
                    assertPositionIsTheExactTest(Funnel.ratio(100), FunnelPoint.of("A", observed, expected), expected);
                });
    }

    @Test
    void aRatePointsPositionIsTheExactPoissonTestOfItsEvents() {
        // crude: target 1 to 10,000 per 100,000 at 100 to 1,000,000 people; DSR: 10 to 3,000 events at a
        // rate a quarter to four times the target, tested at its equivalent population
        qt().withFixedSeed(Generators.SEED).withExamples(300)
                .forAll(doubles().between(0, 4), doubles().between(2, 6), doubles().between(0, 1))
                .checkAssert((logTarget, logPopulation, fraction) -> {
                    double target = Math.pow(10, logTarget);
                    double population = Math.pow(10, logPopulation);
                    double expected = target * population / 100_000;
                    if (expected > 3000) {
                        return;   // the BigDecimal oracle's cost, not a limit of the law
                    }
                    long events = (long) Math.floor(fraction * (expected + 6 * Math.sqrt(expected) + 10));
                    assertPositionIsTheExactTest(Funnel.crudeRate(target, 100_000),
                            FunnelPoint.of("A", events, population), expected);
                    long count = 10 + (long) Math.floor(fraction * 2990);
                    double rate = target * Math.pow(2, logPopulation - 4);
                    FunnelPoint dsr = FunnelPoint.dsr("B", count, rate, 100_000);
                    assertPositionIsTheExactTest(Funnel.dsr(target, 100_000), dsr,
                            target * dsr.denominator() / 100_000);
                });
    }

    private static void assertPositionIsTheExactTest(Funnel funnel, FunnelPoint point, double expected) {
        BigDecimal[] tails = PoissonOracle.tails(point.numerator(), expected);
        if (PoissonOracle.nearATie(tails)) {
            return;   // a tail within 1e-9 of α/2: the test's own answer is not decidable in doubles
        }
        PlottedPoint placed = funnel.place(point);
        assertThat(placed.position()).as("%d events against %s expected (P(X >= O) %s, P(X <= O) %s)",
                point.numerator(), expected, tails[0].round(new java.math.MathContext(6)),
                tails[1].round(new java.math.MathContext(6))).isEqualTo(PoissonOracle.position(tails));
        // one method draws and labels: the limits at the point's denominator, the same in a chart
        assertThat(placed.limits()).isEqualTo(funnel.limitsAt(point.denominator()));
        assertThat(funnel.chart(java.util.List.of(point), 2).points().get(0)).isEqualTo(placed);
    }
}

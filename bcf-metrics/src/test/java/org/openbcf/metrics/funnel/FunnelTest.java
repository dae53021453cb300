package org.openbcf.metrics.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.apache.commons.statistics.distribution.GammaDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.PoissonDistribution;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.openbcf.metrics.stats.ConfidenceLevel;
import org.openbcf.metrics.stats.Proportions;

class FunnelTest {

    private static final ConfidenceLevel L95 = ConfidenceLevel.NINETY_FIVE;
    private static final ConfidenceLevel L998 = ConfidenceLevel.NINETY_NINE_POINT_EIGHT;

    private static Offset<Double> close(double expected) {
        return within(Math.max(1e-12, Math.abs(expected) * 1e-9));
    }

    /**
     * Independent oracle: the PHEindicatormethods documentation's proportion funnel point, the value at
     * which a Wilson interval touches the average (written from the published closed form, not from
     * openbcf's p ± z√(p(1−p)/n)).
     */
    private static double wilsonInverse(double p, double n, double probability, boolean high, double multiplier) {
        double z = NormalDistribution.of(0, 1).inverseCumulativeProbability(probability);
        double zz = z * z;
        double first = p * (n / zz + 1);
        double adj = Math.sqrt(Math.pow(-8 * p * (n / zz + 1), 2)
                - 64 * (1 / zz + 1 / n) * p * (n * (p * (n / zz + 2) - 1) + zz * (p - 1)));
        double last = 1 / zz + 1 / n;
        double x = high ? (first + adj / 8) / last : (first - adj / 8) / last;
        return x / n * multiplier;
    }

    @Test
    void proportionLimitsMatchTheWilsonInverseClosedForm() {
        for (double p : new double[] {0.05, 0.5, 0.865, 0.922}) {
            for (double n : new double[] {50, 100, 1000, 23_456, 1_000_000}) {
                FunnelLimits limits = Funnel.proportion(p, 100).limitsAt(n);
                double lower998 = wilsonInverse(p, n, 0.999, false, 100);
                if (lower998 > 0) {
                    assertThat(limits.lower998()).isCloseTo(lower998, close(lower998));
                }
                assertThat(limits.lower95()).isCloseTo(Math.max(0, wilsonInverse(p, n, 0.975, false, 100)),
                        within(Math.abs(limits.lower95()) * 1e-9 + 1e-12));
                double upper95 = wilsonInverse(p, n, 0.975, true, 100);
                double upper998 = wilsonInverse(p, n, 0.999, true, 100);
                assertThat(limits.upper95()).isCloseTo(Math.min(100, upper95), close(Math.min(100, upper95)));
                assertThat(limits.upper998()).isCloseTo(Math.min(100, upper998), close(Math.min(100, upper998)));
            }
        }
    }

    @Test
    void proportionGolden922At1000() {
        FunnelLimits limits = Funnel.proportion(0.922, 100).limitsAt(1000);
        assertThat(limits.lower95()).isCloseTo(90.53788582657798, close(90.53788582657798));
        assertThat(limits.upper998()).isCloseTo(94.82061902961625, close(94.82061902961625));
        assertThat(Funnel.proportion(0.922, 100).target()).isCloseTo(92.2, close(92.2));
    }

    @Test
    void proportionLimitsHonourTheMultiplierAndStayWithinZeroAndTheWhole() {
        FunnelLimits fraction = Funnel.proportion(0.9, 1).limitsAt(20);
        FunnelLimits perThousand = Funnel.proportion(0.9, 1000).limitsAt(20);
        assertThat(perThousand.upper998()).isEqualTo(1000.0);   // capped at the whole, not at 100
        assertThat(fraction.upper998()).isEqualTo(1.0);
        assertThat(perThousand.lower95()).isCloseTo(fraction.lower95() * 1000, close(fraction.lower95() * 1000));
        assertThat(perThousand.lower95()).isGreaterThan(100);
        FunnelLimits rare = Funnel.proportion(0.01, 100).limitsAt(10);
        assertThat(rare.lower998()).isZero();
        assertThat(rare.lower95()).isZero();
        FunnelLimits none = Funnel.proportion(0, 100).limitsAt(10);
        assertThat(none.upper998()).isZero();
    }

    @Test
    void aProportionPointIsOutsideExactlyWhenItsWilsonIntervalExcludesTheTarget() {
        Funnel funnel = Funnel.proportion(0.922, 100);
        for (long x = 850; x <= 970; x++) {
            PlottedPoint point = funnel.place(FunnelPoint.of("area", x, 1000));
            boolean excluded95 = !Proportions.wilson(x, 1000, L95, 100).contains(92.2);
            boolean excluded998 = !Proportions.wilson(x, 1000, L998, 100).contains(92.2);
            assertThat(point.position().isOutside95()).as("x=%d", x).isEqualTo(excluded95);
            assertThat(point.position() == FunnelPosition.ABOVE_99_8 || point.position() == FunnelPosition.BELOW_99_8)
                    .as("x=%d", x).isEqualTo(excluded998);
        }
    }

    @Test
    void ratioLimitsAreTheExactPoissonLimitsAtWholeExpectedCounts() {
        for (int expected : new int[] {1, 2, 5, 9, 10, 11, 65, 100, 1000}) {
            FunnelLimits limits = Funnel.ratio(1).limitsAt(expected);
            // independent oracle: the Poisson distribution itself, P(X >= E; L·E) = α/2, P(X <= E; U·E) = α/2
            double lower = limits.lower95() * expected;
            double upper = limits.upper95() * expected;
            assertThat(1 - PoissonDistribution.of(lower).cumulativeProbability(expected - 1)).isCloseTo(0.025, close(0.025));
            assertThat(PoissonDistribution.of(upper).cumulativeProbability(expected)).isCloseTo(0.025, close(0.025));
            double upper998 = limits.upper998() * expected;
            assertThat(PoissonDistribution.of(upper998).cumulativeProbability(expected)).isCloseTo(0.001, close(0.001));
        }
    }

    @Test
    void ratioGoldenAt100ExpectedAndTheMultiplierIsHonoured() {
        // 100 expected: exact Poisson 95% limits of 100 are 81.36399 and 121.62679
        FunnelLimits smr = Funnel.ratio(100).limitsAt(100);
        FunnelLimits plain = Funnel.ratio(1).limitsAt(100);
        assertThat(smr.lower95()).isCloseTo(81.36399125092315, close(81.36399125092315));
        assertThat(smr.upper95()).isCloseTo(121.62679379242638, close(121.62679379242638));
        assertThat(smr.upper998()).isCloseTo(plain.upper998() * 100, close(plain.upper998() * 100));
        assertThat(Funnel.ratio(100).target()).isEqualTo(100.0);
        assertThat(Funnel.ratio(100).place(FunnelPoint.of("A", 120, 100)).value()).isCloseTo(120.0, close(120));
    }

    @Test
    void nonWholeExpectedCountsUseTheGammaQuantiles() {
        for (double e : new double[] {0.3, 2.5, 9.99, 123.4}) {
            FunnelLimits limits = Funnel.ratio(1).limitsAt(e);
            double lower = GammaDistribution.of(e, 1).inverseCumulativeProbability(0.025) / e;
            double upper = GammaDistribution.of(e + 1, 1).inverseSurvivalProbability(0.001) / e;
            assertThat(limits.lower95()).isCloseTo(lower, close(lower));
            assertThat(limits.upper998()).isCloseTo(upper, close(upper));
        }
    }

    @Test
    void crudeRateLimitsUseTheGivenPopulation() {
        Funnel funnel = Funnel.crudeRate(1933, 100_000);
        FunnelLimits limits = funnel.limitsAt(20_000);   // expected 386.6 events
        double lower = GammaDistribution.of(386.6, 1).inverseCumulativeProbability(0.025) / 20_000 * 100_000;
        assertThat(limits.lower95()).isCloseTo(lower, close(lower));
        assertThat(limits.lower95()).isCloseTo(1745.0930958719712, close(1745.0930958719712));
        assertThat(limits.upper998()).isCloseTo(2256.4954473342136, close(2256.4954473342136));
        PlottedPoint point = funnel.place(FunnelPoint.of("Norfolk", 396, 20_000));
        assertThat(point.value()).isCloseTo(1980, close(1980));
        assertThat(point.position()).isEqualTo(FunnelPosition.WITHIN_95);
        assertThat(point.limits()).isEqualTo(limits);
    }

    @Test
    void aZeroTargetRateHasAZeroLowerLimit() {
        FunnelLimits limits = Funnel.crudeRate(0, 100_000).limitsAt(1_000);
        assertThat(limits.lower998()).isZero();
        // upper: χ²⁻¹(0.975; 2)/2 = −ln(0.025) events
        assertThat(limits.upper95()).isCloseTo(-Math.log(0.025) / 1_000 * 100_000, close(-Math.log(0.025) * 100));
        assertThat(Funnel.crudeRate(0, 100_000).place(FunnelPoint.of("A", 0, 1000)).position())
                .isEqualTo(FunnelPosition.WITHIN_95);
    }

    @Test
    void dsrPointsUseTheEquivalentPopulationAndFewerThanTenEventsAreNotPlotted() {
        Funnel funnel = Funnel.dsr(1933, 100_000);
        FunnelPoint norfolk = FunnelPoint.dsr("Norfolk", 210, 1050.37, 100_000);
        assertThat(norfolk.denominator()).isCloseTo(19_992.954863524283, close(19_992.954863524283));
        assertThat(funnel.place(norfolk).value()).isCloseTo(1050.37, close(1050.37));
        assertThat(funnel.place(norfolk).position()).isEqualTo(FunnelPosition.BELOW_99_8);
        FunnelPoint small = FunnelPoint.dsr("Rutland", 9, 1500, 100_000);
        assertThat(funnel.isPlotted(small)).isFalse();
        assertThat(Funnel.crudeRate(1933, 100_000).isPlotted(small)).isTrue();
        FunnelChart chart = funnel.chart(List.of(norfolk, small), 11);
        assertThat(chart.points()).extracting(p -> p.point().area()).containsExactly("Norfolk");
        assertThat(chart.notPlotted()).containsExactly(small);
        assertThat(chart.statistic()).isEqualTo(FunnelStatistic.DSR);
        assertThat(chart.target()).isEqualTo(1933.0);
        assertThat(chart.multiplier()).isEqualTo(100_000.0);
        assertThatThrownBy(() -> funnel.place(small)).hasMessageContaining("Rutland").hasMessageContaining("9 events");
    }

    @Test
    void chartCurveRunsAroundThePointsInAscendingLogSteps() {
        Funnel funnel = Funnel.proportion(0.5, 100);
        FunnelChart chart = funnel.chart(List.of(FunnelPoint.of("A", 50, 100), FunnelPoint.of("B", 700, 1000)), 3);
        List<FunnelLimits> curve = chart.curve();
        assertThat(curve).hasSize(3);
        assertThat(curve.get(0).denominator()).isCloseTo(90.0, close(90));
        assertThat(curve.get(1).denominator()).isCloseTo(Math.sqrt(90.0 * 1100.0), close(314.6));
        assertThat(curve.get(2).denominator()).isCloseTo(1100.0, close(1100));
        assertThat(curve.get(2)).isEqualTo(funnel.limitsAt(curve.get(2).denominator()));
        assertThat(chart.points()).extracting(PlottedPoint::position)
                .containsExactly(FunnelPosition.WITHIN_95, FunnelPosition.ABOVE_99_8);
    }

    @Test
    void positionsCoverEveryBand() {
        FunnelLimits limits = new FunnelLimits(100, 1, 2, 3, 4);
        assertThat(limits.position(4.5)).isEqualTo(FunnelPosition.ABOVE_99_8);
        assertThat(limits.position(4)).isEqualTo(FunnelPosition.ABOVE_95);
        assertThat(limits.position(3.5)).isEqualTo(FunnelPosition.ABOVE_95);
        assertThat(limits.position(3)).isEqualTo(FunnelPosition.WITHIN_95);
        assertThat(limits.position(2)).isEqualTo(FunnelPosition.WITHIN_95);
        assertThat(limits.position(1.5)).isEqualTo(FunnelPosition.BELOW_95);
        assertThat(limits.position(1)).isEqualTo(FunnelPosition.BELOW_95);
        assertThat(limits.position(0.5)).isEqualTo(FunnelPosition.BELOW_99_8);
        assertThat(FunnelPosition.ABOVE_99_8).hasToString("above 99.8%");
        assertThat(FunnelPosition.WITHIN_95.label()).isEqualTo("within 95%");
        assertThat(FunnelPosition.BELOW_95.isOutside95()).isTrue();
    }

    @Test
    void boundariesAreIncluded() {
        assertThat(Funnel.dsr(1933, 100_000).isPlotted(FunnelPoint.dsr("A", 10, 1500, 100_000))).isTrue();
        assertThat(Funnel.proportion(1, 100).limitsAt(10).lower998()).isEqualTo(100.0);
        assertThat(Funnel.proportion(0.5, 100).place(FunnelPoint.of("A", 10, 10)).value()).isEqualTo(100.0);
        assertThat(FunnelPoint.dsr("A", 1, 100, 100_000).denominator()).isEqualTo(1000.0);
        List<FunnelLimits> two = Funnel.ratio(1).curve(1, 4, 2);
        assertThat(two).extracting(FunnelLimits::denominator).containsExactly(1.0, 4.0);
        List<FunnelLimits> four = Funnel.ratio(1).curve(1, 8, 4);
        assertThat(four.get(1).denominator()).isCloseTo(2.0, close(2));
        assertThat(four.get(2).denominator()).isCloseTo(4.0, close(4));
        assertThat(four.get(3).denominator()).isEqualTo(8.0);
        assertThat(Funnel.ratio(1).hashCode()).isNotEqualTo(Funnel.ratio(2).hashCode());
    }

    @Test
    void fromPlainValues() {
        assertThat(Funnel.of(FunnelStatistic.PROPORTION, 0.922, 100)).isEqualTo(Funnel.proportion(0.922, 100));
        assertThat(Funnel.of(FunnelStatistic.RATIO, 1, 100)).isEqualTo(Funnel.ratio(100));
        assertThat(Funnel.of(FunnelStatistic.CRUDE_RATE, 1933, 1e5)).isEqualTo(Funnel.crudeRate(1933, 1e5));
        assertThat(Funnel.of(FunnelStatistic.parse("dsr"), 1933, 1e5)).isEqualTo(Funnel.dsr(1933, 1e5));
        assertThatThrownBy(() -> Funnel.of(FunnelStatistic.RATIO, 100, 100)).hasMessageContaining("target ratio (100.0)");
        assertThatThrownBy(() -> Funnel.of(null, 1, 1)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("statistic");
    }

    @Test
    void statisticLabelsParse() {
        for (FunnelStatistic s : FunnelStatistic.values()) {
            assertThat(FunnelStatistic.parse(s.label().toUpperCase())).isEqualTo(s);
            assertThat(s).hasToString(s.label());
        }
        assertThatThrownBy(() -> FunnelStatistic.parse("mean")).hasMessageContaining("'mean'");
    }

    @Test
    void valuesAndIdentity() {
        assertThat(Funnel.proportion(0.5, 100)).isEqualTo(Funnel.proportion(0.5, 100))
                .hasSameHashCodeAs(Funnel.proportion(0.5, 100))
                .isNotEqualTo(Funnel.proportion(0.5, 1)).isNotEqualTo(Funnel.crudeRate(0.5, 100))
                .isNotEqualTo(Funnel.proportion(0.6, 100))
                .hasToString("proportion funnel around 50.0 (multiplier 100.0)");
        assertThat(Funnel.crudeRate(10, 1000).statistic()).isEqualTo(FunnelStatistic.CRUDE_RATE);
        assertThat(Funnel.crudeRate(10, 1000).multiplier()).isEqualTo(1000.0);
    }

    @Test
    void badInputNamesTheFieldAndValue() {
        assertThatThrownBy(() -> Funnel.proportion(1.2, 100)).hasMessageContaining("target proportion (1.2)");
        assertThatThrownBy(() -> Funnel.proportion(Double.NaN, 100)).hasMessageContaining("(NaN)");
        assertThatThrownBy(() -> Funnel.ratio(0)).hasMessageContaining("multiplier (0.0)");
        assertThatThrownBy(() -> Funnel.crudeRate(-1, 100)).hasMessageContaining("target rate (-1.0)");
        assertThatThrownBy(() -> Funnel.dsr(Double.POSITIVE_INFINITY, 100)).hasMessageContaining("Infinity");
        assertThatThrownBy(() -> Funnel.ratio(1).limitsAt(0)).hasMessageContaining("denominator (0.0)");
        assertThatThrownBy(() -> Funnel.ratio(1).curve(10, 10, 5)).hasMessageContaining("curve end (10.0)");
        assertThatThrownBy(() -> Funnel.ratio(1).curve(10, 100, 1)).hasMessageContaining("curve steps (1)");
        assertThatThrownBy(() -> Funnel.proportion(0.5, 1).place(FunnelPoint.of("A", 11, 10)))
                .hasMessageContaining("numerator of A (11)");
        assertThatThrownBy(() -> Funnel.ratio(1).chart(List.of(), 5)).hasMessageContaining("0 points");
        assertThatThrownBy(() -> FunnelPoint.of("A", -1, 10)).hasMessageContaining("numerator of A (-1)");
        assertThatThrownBy(() -> FunnelPoint.of("A", 1, 0)).hasMessageContaining("denominator of A (0.0)");
        assertThatThrownBy(() -> FunnelPoint.of(" ", 1, 1)).hasMessageContaining("area");
        assertThatThrownBy(() -> FunnelPoint.dsr("A", 0, 10, 100_000)).hasMessageContaining("count of A (0)");
        assertThatThrownBy(() -> FunnelPoint.dsr("A", 20, 0, 100_000)).hasMessageContaining("rate of A (0.0)");
        assertThatThrownBy(() -> new FunnelLimits(10, 2, 1, 3, 4)).hasMessageContaining("(2.0, 1.0, 3.0, 4.0)");
        assertThatThrownBy(() -> new FunnelLimits(10, Double.NaN, 1, 3, 4)).hasMessageContaining("nested");
        FunnelLimits limits = new FunnelLimits(10, 1, 2, 3, 4);
        FunnelPoint a = FunnelPoint.of("A", 1, 10);
        assertThatThrownBy(() -> new PlottedPoint(a, 2.5, limits, FunnelPosition.ABOVE_95))
                .hasMessageContaining("position of A (above 95%)");
        assertThatThrownBy(() -> new PlottedPoint(a, Double.NaN, limits, FunnelPosition.WITHIN_95))
                .hasMessageContaining("value of A (NaN)");
        assertThatThrownBy(() -> new FunnelChart(FunnelStatistic.RATIO, 1, 1,
                List.of(new FunnelLimits(20, 1, 2, 3, 4), limits), List.of(), List.of()))
                .hasMessageContaining("10.0 follows 20.0");
        assertThatThrownBy(() -> new FunnelChart(FunnelStatistic.RATIO, Double.NaN, 1, List.of(), List.of(), List.of()))
                .hasMessageContaining("target (NaN)");
    }
}

package org.openbcf.metrics.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
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

    /** Solves e^−E (1 + E) = 0.025 by Newton's method: P(X ≤ 1 | E) = 0.025, so E = χ²⁻¹(0.975; 4)/2. */
    private static double expectedWithOneAtTheLowerEdge() {
        double e = 5.0;
        for (int i = 0; i < 50; i++) {
            double f = Math.exp(-e) * (1 + e) - 0.025;
            e -= f / (-e * Math.exp(-e));
        }
        return e;
    }

    /** Solves P(X ≥ 10 | E) = 0.025 by bisection on the Poisson sum: E = χ²⁻¹(0.025; 20)/2. */
    private static double expectedWithTenAtTheUpperEdge() {
        double lo = 1;
        double hi = 10;
        for (int i = 0; i < 200; i++) {
            double mid = (lo + hi) / 2;
            double below = 0;
            double term = Math.exp(-mid);
            for (int j = 0; j < 10; j++) {
                below += term;
                term *= mid / (j + 1);
            }
            if (1 - below < 0.025) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Test
    void checkValueOneEventOnTheLower95LimitIssue24() {
        // issue 24: 95%, E = χ²⁻¹(0.975; 4)/2 = 5.571643…: the lower ratio limit is 1/E = 0.179480… (was 0.34989)
        double e = expectedWithOneAtTheLowerEdge();
        assertThat(e).isCloseTo(ChiSquaredDistribution.of(4).inverseSurvivalProbability(0.025) / 2, close(e));
        assertThat(e).isCloseTo(5.571643390938898, close(5.571643390938898));   // mpmath, 40 digits
        FunnelLimits limits = Funnel.ratio(1).limitsAt(e);
        assertThat(limits.lower95()).isCloseTo(1 / e, close(1 / e));
        assertThat(limits.lower95()).isCloseTo(0.17948025920436488, close(0.17948025920436488));
    }

    @Test
    void checkValueTenEventsOnTheUpper95LimitIssue24() {
        // issue 24: 95%, E = χ²⁻¹(0.025; 20)/2 = 4.795389…: the upper ratio limit is 10/E = 2.085337…
        double e = expectedWithTenAtTheUpperEdge();
        assertThat(e).isCloseTo(ChiSquaredDistribution.of(20).inverseCumulativeProbability(0.025) / 2, close(e));
        assertThat(e).isCloseTo(4.795388696132434, close(4.795388696132434));   // mpmath, 40 digits
        FunnelLimits limits = Funnel.ratio(1).limitsAt(e);
        assertThat(limits.upper95()).isCloseTo(10 / e, close(10 / e));
        assertThat(limits.upper95()).isCloseTo(2.085336691906785, close(2.085336691906785));
    }

    @Test
    void ratioLimitsPassThroughWholeCountsAtTheEdgeOfTheExactTest() {
        // the curves through (E_k, k/E_k): upper E_k = χ²⁻¹(α/2; 2k)/2, lower E_k = χ²⁻¹(1 − α/2; 2k + 2)/2,
        // each E_k checked against the Poisson distribution itself
        for (int k : new int[] {1, 2, 5, 9, 10, 11, 65, 100, 1000, 100_000}) {
            for (ConfidenceLevel level : new ConfidenceLevel[] {L95, L998}) {
                double tail = level.halfAlpha();
                double upperAt = ChiSquaredDistribution.of(2.0 * k).inverseCumulativeProbability(tail) / 2;
                double lowerAt = ChiSquaredDistribution.of(2.0 * k + 2).inverseSurvivalProbability(tail) / 2;
                assertThat(PoissonDistribution.of(upperAt).survivalProbability(k - 1)).isCloseTo(tail, close(tail));
                assertThat(PoissonDistribution.of(lowerAt).cumulativeProbability(k)).isCloseTo(tail, close(tail));
                FunnelLimits atUpper = Funnel.ratio(1).limitsAt(upperAt);
                FunnelLimits atLower = Funnel.ratio(1).limitsAt(lowerAt);
                double upper = level == L95 ? atUpper.upper95() : atUpper.upper998();
                double lower = level == L95 ? atLower.lower95() : atLower.lower998();
                assertThat(upper).as("upper, k=%d at %s", k, level).isCloseTo(k / upperAt, close(k / upperAt));
                assertThat(lower).as("lower, k=%d at %s", k, level).isCloseTo(k / lowerAt, close(k / lowerAt));
            }
        }
    }

    @Test
    void ratioGoldenAt100ExpectedAndTheMultiplierIsHonoured() {
        // 100 expected, SMR-style (×100); mpmath at 40 digits, solving P(k, 100) = α/2 and Q(k + 1, 100) = α/2
        FunnelLimits smr = Funnel.ratio(100).limitsAt(100);
        FunnelLimits plain = Funnel.ratio(1).limitsAt(100);
        assertThat(smr.lower998()).isCloseTo(70.07666016628425, close(70.07666016628425));
        assertThat(smr.lower95()).isCloseTo(80.39055069593428, close(80.39055069593428));
        assertThat(smr.upper95()).isCloseTo(120.55796545537753, close(120.55796545537753));
        assertThat(smr.upper998()).isCloseTo(132.78130039207235, close(132.78130039207235));
        assertThat(smr.upper998()).isCloseTo(plain.upper998() * 100, close(plain.upper998() * 100));
        assertThat(Funnel.ratio(100).target()).isEqualTo(100.0);
        assertThat(Funnel.ratio(100).place(FunnelPoint.of("A", 120, 100)).value()).isCloseTo(120.0, close(120));
    }

    @Test
    void labelsAreTheExactTestInTheIssuesCases() {
        Funnel ratio = Funnel.ratio(1);
        // issue 24: 0 events was "below 99.8%" at any E > 0, though P(X = 0 | 0.1) = 0.90
        assertThat(ratio.place(FunnelPoint.of("none", 0, 0.1)).position()).isEqualTo(FunnelPosition.WITHIN_95);
        assertThat(ratio.limitsAt(0.1).lower998()).isZero();
        assertThat(ratio.limitsAt(0.1).lower95()).isZero();
        // P(X = 0 | E) = e^−E: 0.001008 at 6.9 (below 95% only), 0.000992 at 6.915 (below 99.8%)
        assertThat(ratio.place(FunnelPoint.of("none", 0, 3.6)).position()).isEqualTo(FunnelPosition.WITHIN_95);
        assertThat(ratio.place(FunnelPoint.of("none", 0, 3.7)).position()).isEqualTo(FunnelPosition.BELOW_95);
        assertThat(ratio.place(FunnelPoint.of("none", 0, 6.9)).position()).isEqualTo(FunnelPosition.BELOW_95);
        assertThat(ratio.place(FunnelPoint.of("none", 0, 6.915)).position()).isEqualTo(FunnelPosition.BELOW_99_8);
        // O = 10 at E = 4.675: P(X ≥ 10) = 0.021 (was "within 95%")
        assertThat(PoissonDistribution.of(4.675).survivalProbability(9)).isBetween(0.001, 0.025);
        assertThat(ratio.place(FunnelPoint.of("ten", 10, 4.675)).position()).isEqualTo(FunnelPosition.ABOVE_95);
        // O = 72 at E = 90.53: P(X ≤ 72) = 0.026 (was "below 95%")
        assertThat(PoissonDistribution.of(90.53).cumulativeProbability(72)).isBetween(0.025, 0.03);
        assertThat(ratio.place(FunnelPoint.of("seventy-two", 72, 90.53)).position()).isEqualTo(FunnelPosition.WITHIN_95);
        assertThat(ratio.place(FunnelPoint.of("seventy-one", 71, 90.53)).position()).isEqualTo(FunnelPosition.BELOW_95);
    }

    @Test
    void crudeRateLimitsUseTheGivenPopulation() {
        Funnel funnel = Funnel.crudeRate(1933, 100_000);
        FunnelLimits limits = funnel.limitsAt(20_000);   // expected 386.6 events; mpmath at 40 digits
        assertThat(limits.lower998()).isCloseTo(1633.9531476772865, close(1633.9531476772865));
        assertThat(limits.lower95()).isCloseTo(1740.2237267844285, close(1740.2237267844285));
        assertThat(limits.upper95()).isCloseTo(2130.513799848866, close(2130.513799848866));
        assertThat(limits.upper998()).isCloseTo(2246.306473383312, close(2246.306473383312));
        // the same edge counts as a ratio funnel at E = 386.6, on the rate's scale
        FunnelLimits asRatio = Funnel.ratio(1).limitsAt(386.6);
        assertThat(limits.upper95()).isCloseTo(asRatio.upper95() * 1933, close(limits.upper95()));
        PlottedPoint point = funnel.place(FunnelPoint.of("Norfolk", 396, 20_000));
        assertThat(point.value()).isCloseTo(1980, close(1980));
        assertThat(point.position()).isEqualTo(FunnelPosition.WITHIN_95);
        assertThat(point.limits()).isEqualTo(limits);
    }

    @Test
    void aZeroTargetRateHasZeroLimitsSoAnyEventIsAbove() {
        // λ = 0: P(X ≥ 1 | 0) = 0 < α/2, P(X ≤ 0 | 0) = 1
        FunnelLimits limits = Funnel.crudeRate(0, 100_000).limitsAt(1_000);
        assertThat(limits.lower998()).isZero();
        assertThat(limits.upper998()).isZero();
        assertThat(Funnel.crudeRate(0, 100_000).place(FunnelPoint.of("A", 0, 1000)).position())
                .isEqualTo(FunnelPosition.WITHIN_95);
        assertThat(Funnel.crudeRate(0, 100_000).place(FunnelPoint.of("A", 1, 1000)).position())
                .isEqualTo(FunnelPosition.ABOVE_99_8);
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
        assertThat(Funnel.isPlotted(FunnelStatistic.DSR, 10)).isTrue();
        assertThat(Funnel.isPlotted(FunnelStatistic.DSR, 9)).isFalse();
        assertThat(Funnel.isPlotted(FunnelStatistic.CRUDE_RATE, 0)).isTrue();
        assertThat(Funnel.isPlotted(FunnelStatistic.PROPORTION, 9)).isTrue();
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
        assertThatThrownBy(() -> Funnel.ratio(1).limitsAt(1e40)).hasMessageContaining("expected count at 1.0E40 (1.0E40)")
                .hasMessageContaining("at most 1e18");
        assertThatThrownBy(() -> Funnel.crudeRate(1e300, 1e-5).limitsAt(1e300)).hasMessageContaining("(Infinity)");
        assertThat(Funnel.ratio(1).limitsAt(1e18).upper998()).isCloseTo(1 + 3.0902323061678132e-9, within(1e-15));
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

package org.openbcf.metrics.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.openbcf.metrics.catalogue.Direction;
import org.openbcf.metrics.stats.AgeBand;
import org.openbcf.metrics.stats.ConfidenceLevel;
import org.openbcf.metrics.stats.DirectStandardisation;
import org.openbcf.metrics.stats.Estimate;
import org.openbcf.metrics.stats.Method;
import org.openbcf.metrics.stats.Rates;
import org.openbcf.metrics.stats.StandardisedRate;

class BenchmarkComparisonTest {

    private static final double ENGLAND = 1933;

    private static BenchmarkComparison falls(long count, long population) {
        return BenchmarkComparison.of(level -> Optional.of(Rates.rate(count, population, 100_000, level)), ENGLAND);
    }

    @Test
    void fallsAt1980AgainstEngland1933IsSimilarWhenTheIntervalContainsTheBenchmark() {
        // issue 15: the decision is by the interval, not the point (1,980 > 1,933 but similar)
        BenchmarkComparison c = falls(396, 20_000);
        assertThat(c.at95()).isEqualTo(Comparison.SIMILAR);
        assertThat(c.at998()).isEqualTo(Comparison.SIMILAR);
        assertThat(c.judgementAt95(Direction.LOWER_IS_BETTER)).isEqualTo(Judgement.SIMILAR);
        assertThat(c).hasToString("similar at 95%, similar at 99.8% against 1933.0");
    }

    @Test
    void theSame1980WithANarrowIntervalIsHigherAndWorseWhenLowerIsBetter() {
        BenchmarkComparison c = falls(39_600, 2_000_000);   // 99.8%: 1,949.39 to 2,010.94
        assertThat(c.at95()).isEqualTo(Comparison.HIGHER);
        assertThat(c.at998()).isEqualTo(Comparison.HIGHER);
        assertThat(c.judgementAt95(Direction.LOWER_IS_BETTER)).isEqualTo(Judgement.WORSE);
        assertThat(c.judgementAt998(Direction.HIGHER_IS_BETTER)).isEqualTo(Judgement.BETTER);
    }

    @Test
    void anIntervalWhollyBelowIsLowerAndBetterWhenLowerIsBetter() {
        BenchmarkComparison c = falls(37_000, 2_000_000);   // 1,850
        assertThat(c.at95()).isEqualTo(Comparison.LOWER);
        assertThat(c.judgementAt95(Direction.LOWER_IS_BETTER)).isEqualTo(Judgement.BETTER);
        assertThat(c.judgementAt95(Direction.HIGHER_IS_BETTER)).isEqualTo(Judgement.WORSE);
    }

    @Test
    void significantAt95ButNotAt998() {
        // 1,980 per 100,000 from 7,920 in 400,000: 95% 1,936.6 to 2,023.9, 99.8% 1,911.6 to 2,049.6
        BenchmarkComparison c = falls(7_920, 400_000);
        assertThat(c.at95()).isEqualTo(Comparison.HIGHER);
        assertThat(c.at998()).isEqualTo(Comparison.SIMILAR);
    }

    @Test
    void limitsTouchingTheBenchmarkAreSimilar() {
        assertThat(BenchmarkComparison.compare(1933, 2000, ENGLAND)).isEqualTo(Comparison.SIMILAR);
        assertThat(BenchmarkComparison.compare(1800, 1933, ENGLAND)).isEqualTo(Comparison.SIMILAR);
        assertThat(BenchmarkComparison.compare(Math.nextUp(1933.0), 2000, ENGLAND)).isEqualTo(Comparison.HIGHER);
        assertThat(BenchmarkComparison.compare(1800, Math.nextDown(1933.0), ENGLAND)).isEqualTo(Comparison.LOWER);
    }

    @Test
    void aPointIntervalIsAllowedAndASuppressedRateStillNeedsAFiniteBenchmark() {
        assertThat(BenchmarkComparison.compare(1933, 1933, ENGLAND)).isEqualTo(Comparison.SIMILAR);
        StandardisedRate suppressed = DirectStandardisation.perHundredThousand(
                List.of(new AgeBand("65-69", 7, 60_000, 5500)), ConfidenceLevel.NINETY_FIVE);
        assertThatThrownBy(() -> BenchmarkComparison.compare(suppressed, Double.NaN))
                .hasMessageContaining("benchmark (NaN)");
    }

    @Test
    void noIntervalIsNotCompared() {
        assertThat(BenchmarkComparison.compare(Double.NaN, Double.NaN, ENGLAND)).isEqualTo(Comparison.NOT_COMPARED);
        StandardisedRate suppressed = DirectStandardisation.perHundredThousand(
                List.of(new AgeBand("65-69", 7, 60_000, 5500)), ConfidenceLevel.NINETY_FIVE);
        assertThat(BenchmarkComparison.compare(suppressed, ENGLAND)).isEqualTo(Comparison.NOT_COMPARED);
        BenchmarkComparison c = BenchmarkComparison.of(level -> Optional.empty(), ENGLAND);
        assertThat(c.at95()).isEqualTo(Comparison.NOT_COMPARED);
        assertThat(c.judgementAt998(Direction.LOWER_IS_BETTER)).isEqualTo(Judgement.NOT_COMPARED);
        assertThat(BenchmarkComparison.of(Double.NaN, Double.NaN, Double.NaN, Double.NaN, ENGLAND))
                .isEqualTo(new BenchmarkComparison(ENGLAND, Comparison.NOT_COMPARED, Comparison.NOT_COMPARED));
    }

    @Test
    void aComputedStandardisedRateIsComparedByItsInterval() {
        StandardisedRate rate = DirectStandardisation.perHundredThousand(
                List.of(new AgeBand("65-69", 200, 60_000, 5500), new AgeBand("70-74", 260, 55_000, 5000)),
                ConfidenceLevel.NINETY_FIVE);
        Estimate e = rate.estimate().orElseThrow();
        assertThat(BenchmarkComparison.compare(rate, e.lower() - 1)).isEqualTo(Comparison.HIGHER);
        assertThat(BenchmarkComparison.compare(rate, e.upper() + 1)).isEqualTo(Comparison.LOWER);
        assertThat(BenchmarkComparison.compare(e, e.value())).isEqualTo(Comparison.SIMILAR);
    }

    @Test
    void fourLimitsFromACsvRow() {
        assertThat(BenchmarkComparison.of(1940, 2020, 1910, 2050, ENGLAND))
                .isEqualTo(new BenchmarkComparison(ENGLAND, Comparison.HIGHER, Comparison.SIMILAR));
    }

    @Test
    void parseReadsWhatToStringPrints() {
        for (BenchmarkComparison c : List.of(falls(396, 20_000), falls(7_920, 400_000), falls(37_000, 2_000_000),
                new BenchmarkComparison(-2.5, Comparison.NOT_COMPARED, Comparison.NOT_COMPARED))) {
            assertThat(BenchmarkComparison.parse(c.toString())).isEqualTo(c);
        }
        assertThat(Comparison.parse(" Not Compared ")).isEqualTo(Comparison.NOT_COMPARED);
        assertThat(Judgement.parse("WORSE")).isEqualTo(Judgement.WORSE);
        assertThat(Judgement.BETTER.label()).isEqualTo("better");
        assertThat(Comparison.LOWER.label()).isEqualTo("lower");
        assertThat(Judgement.NOT_COMPARED).hasToString("not compared");
    }

    @Test
    void badInputNamesTheFieldAndValue() {
        assertThatThrownBy(() -> BenchmarkComparison.compare(Double.NaN, 2000, ENGLAND))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("confidence limits (NaN, 2000.0)");
        assertThatThrownBy(() -> BenchmarkComparison.compare(1800, Double.POSITIVE_INFINITY, ENGLAND))
                .hasMessageContaining("Infinity");
        assertThatThrownBy(() -> BenchmarkComparison.compare(2000, 1800, ENGLAND))
                .hasMessageContaining("lower limit (2000.0)").hasMessageContaining("upper limit (1800.0)");
        assertThatThrownBy(() -> BenchmarkComparison.compare(1800, 2000, Double.NaN))
                .hasMessageContaining("benchmark (NaN)");
        assertThatThrownBy(() -> BenchmarkComparison.compare((Estimate) null, ENGLAND))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("estimate");
        assertThatThrownBy(() -> new BenchmarkComparison(ENGLAND, Comparison.HIGHER, Comparison.NOT_COMPARED))
                .hasMessageContaining("higher at 95%");
        assertThatThrownBy(() -> new BenchmarkComparison(ENGLAND, Comparison.NOT_COMPARED, Comparison.LOWER))
                .hasMessageContaining("both be compared");
        assertThatThrownBy(() -> new BenchmarkComparison(ENGLAND, Comparison.SIMILAR, Comparison.HIGHER))
                .hasMessageContaining("comparison at 99.8% (higher)");
        assertThatThrownBy(() -> new BenchmarkComparison(ENGLAND, Comparison.LOWER, Comparison.HIGHER))
                .hasMessageContaining("not lower");
        assertThatThrownBy(() -> BenchmarkComparison.parse("similar against 1933"))
                .hasMessageContaining("'similar against 1933'");
        assertThatThrownBy(() -> BenchmarkComparison.parse("similar at 95%, similar at 99.8% against x1"))
                .hasMessageContaining("benchmark 'x1'");
        assertThatThrownBy(() -> Comparison.parse("above")).hasMessageContaining("'above'");
        assertThatThrownBy(() -> Judgement.parse("fine")).hasMessageContaining("'fine'");
        assertThatThrownBy(() -> Comparison.HIGHER.judge(null)).hasMessageContaining("direction");
        assertThatThrownBy(() -> BenchmarkComparison.of(level -> null, ENGLAND))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("interval at 0.95");
    }

    @Test
    void anEstimateAlwaysGivesAComparisonWhateverItsMethod() {
        Estimate e = new Estimate(5, 4, 6, Method.WILSON, ConfidenceLevel.NINETY_FIVE);
        assertThat(BenchmarkComparison.compare(e, 3.999)).isEqualTo(Comparison.HIGHER);
        assertThat(BenchmarkComparison.compare(e, 6.001)).isEqualTo(Comparison.LOWER);
    }
}

package org.openbcf.metrics.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.openbcf.metrics.catalogue.Direction;
import org.openbcf.metrics.compare.BenchmarkComparison;
import org.openbcf.metrics.compare.Comparison;
import org.openbcf.metrics.compare.Judgement;
import org.openbcf.metrics.stats.ConfidenceLevel;
import org.openbcf.metrics.stats.Estimate;
import org.openbcf.metrics.stats.Method;

class MeasuredRateTest {

    @Test
    void longTermAdmissionsG10() {
        // G10: 1,291 ÷ 240,000 × 100,000 = 537.92 (538 shown)
        MeasuredRate rate = MeasuredRate.of(RateDefinition.longTermAdmissions65(), 1291, 240_000,
                ConfidenceLevel.NINETY_FIVE);
        Estimate e = rate.rate();
        assertThat(e.value()).isCloseTo(537.9166666666666, within(1e-9));
        assertThat(e.method()).isEqualTo(Method.BYARS);
        // Byar's written out (statistics.md): 1,291 events
        double z = ConfidenceLevel.NINETY_FIVE.z();
        double lower = 1291 * Math.pow(1 - 1 / (9.0 * 1291) - z / (3 * Math.sqrt(1291)), 3) / 240_000 * 100_000;
        assertThat(e.lower()).isCloseTo(lower, within(lower * 1e-9));
        assertThat(rate.definition().origin()).isEqualTo(DefinitionOrigin.PUBLISHED);
        assertThat(rate.definition().direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(rate.definition().source()).contains("ASCOF 2C");
        assertThat(rate.numerator()).isEqualTo(1291);
        assertThat(rate.population()).isEqualTo(240_000);
    }

    @Test
    void unplannedAdmissionsRecordThatTheDefinitionCameFromTheCaller() {
        RateDefinition definition = RateDefinition.unplannedAdmissions65("emergency admissions 65+ (SUS)",
                "ONS mid-year population 65+", 100_000, "local rule set 2025-26");
        MeasuredRate small = MeasuredRate.of(definition, 3, 1_000, ConfidenceLevel.NINETY_NINE_POINT_EIGHT);
        assertThat(small.definition().origin()).isEqualTo(DefinitionOrigin.CALLER);
        assertThat(small.definition().origin()).hasToString("supplied by the caller");
        assertThat(small.rate().method()).isEqualTo(Method.EXACT);
        MeasuredRate zero = MeasuredRate.of(definition, 0, 1_000, ConfidenceLevel.NINETY_FIVE);
        assertThat(zero.rate().lower()).isZero();
        assertThat(zero.rate().upper()).isCloseTo(-Math.log(0.025) / 1000 * 100_000, within(1e-9));
        assertThat(RateDefinition.supplied("x", "n", "d", 1000, Direction.HIGHER_IS_BETTER, "s").origin())
                .isEqualTo(DefinitionOrigin.CALLER);
        assertThat(DefinitionOrigin.PUBLISHED).hasToString("published");
    }

    @Test
    void comparedWithABenchmarkAtBothLevels() {
        MeasuredRate rate = MeasuredRate.of(RateDefinition.longTermAdmissions65(), 1291, 240_000,
                ConfidenceLevel.NINETY_FIVE);
        BenchmarkComparison england = rate.compareWith(560.8);
        assertThat(england.at95()).isEqualTo(Comparison.SIMILAR);
        BenchmarkComparison high = rate.compareWith(700);
        assertThat(high.at998()).isEqualTo(Comparison.LOWER);
        assertThat(high.judgementAt998(rate.definition().direction())).isEqualTo(Judgement.BETTER);
    }

    @Test
    void aPopulationOfOneIsAllowed() {
        assertThat(MeasuredRate.of(RateDefinition.longTermAdmissions65(), 0, 1, ConfidenceLevel.NINETY_FIVE)
                .rate().value()).isZero();
    }

    @Test
    void badInputNamesTheFieldAndValue() {
        RateDefinition d = RateDefinition.longTermAdmissions65();
        assertThatThrownBy(() -> MeasuredRate.of(d, -1, 10, ConfidenceLevel.NINETY_FIVE))
                .hasMessageContaining("numerator of long-term-admissions-65 (-1)");
        assertThatThrownBy(() -> MeasuredRate.of(d, 1, 0, ConfidenceLevel.NINETY_FIVE))
                .hasMessageContaining("population of long-term-admissions-65 (0)");
        Estimate e = MeasuredRate.of(d, 1, 10, ConfidenceLevel.NINETY_FIVE).rate();
        assertThatThrownBy(() -> new MeasuredRate(d, -1, 10, e)).hasMessageContaining("(-1)");
        assertThatThrownBy(() -> new MeasuredRate(d, 1, 0, e)).hasMessageContaining("(0)");
        assertThatThrownBy(() -> RateDefinition.supplied("x", "n", "d", 0, Direction.HIGHER_IS_BETTER, "s"))
                .hasMessageContaining("multiplier of x (0.0)");
        assertThatThrownBy(() -> RateDefinition.unplannedAdmissions65(" ", "d", 1, "s"))
                .hasMessageContaining("numerator");
        assertThatThrownBy(() -> MeasuredRate.of(null, 1, 10, ConfidenceLevel.NINETY_FIVE))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("definition");
    }
}

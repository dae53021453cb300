package org.openbcf.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openbcf.metrics.stats.IndirectStandardisation.ReferenceBand;

class IndirectStandardisationTest {

    private static final ConfidenceLevel C95 = ConfidenceLevel.NINETY_FIVE;
    /** E = 10,000 × 0.002 + 20,000 × 0.004 = 20 + 80 = 100. */
    private static final List<ReferenceBand> BANDS = List.of(
            new ReferenceBand("0-64", 10_000, 0.002), new ReferenceBand("65+", 20_000, 0.004));

    @Test
    void expectedIsPopulationTimesReferenceRate() {
        assertThat(IndirectStandardisation.expected(BANDS)).isCloseTo(100.0, Close.to(100.0));
    }

    @Test
    void ratioIsObservedOverExpectedWithByarsLimitsFromTenEvents() {
        Estimate ratio = IndirectStandardisation.ratio(120, BANDS, 1, C95);
        assertThat(ratio.value()).isCloseTo(1.2, Close.to(1.2));
        assertThat(ratio.lower()).isCloseTo(0.994902316056182, Close.to(0.994902316056182));
        assertThat(ratio.upper()).isCloseTo(1.4349166045405921, Close.to(1.4349166045405921));
        assertThat(ratio.method()).isEqualTo(Method.BYARS);
        assertThat(IndirectStandardisation.ratio(120, BANDS, 100, C95).value()).isCloseTo(120.0, Close.to(120.0));
    }

    @Test
    void rateScalesTheRatioByTheOverallReferenceRate() {
        Estimate rate = IndirectStandardisation.rate(120, BANDS, 0.003, 100_000, C95);
        assertThat(rate.value()).isCloseTo(360.0, Close.to(360.0));
        assertThat(rate.lower()).isCloseTo(0.994902316056182 * 300, Close.to(298.4706948168546));
        assertThat(rate.upper()).isCloseTo(1.4349166045405921 * 300, Close.to(430.47498136217763));
    }

    @Test
    void fewEventsUseExactLimits() {
        Estimate ratio = IndirectStandardisation.ratio(5, BANDS, 1, C95);
        assertThat(ratio.method()).isEqualTo(Method.EXACT);
        assertThat(ratio.lower()).isCloseTo(0.016234863901184207, Close.to(0.016234863901184207));
        assertThat(ratio.upper()).isCloseTo(0.1166833207932267, Close.to(0.1166833207932267));
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> IndirectStandardisation.ratio(1, List.of(new ReferenceBand("a", 0, 0.1)), 1, C95))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected count (0.0) must be positive");
        assertThatThrownBy(() -> IndirectStandardisation.rate(1, BANDS, 0, 1, C95))
                .hasMessageContaining("overall reference rate (0.0)");
        assertThatThrownBy(() -> IndirectStandardisation.rate(1, BANDS, Double.NaN, 1, C95))
                .hasMessageContaining("overall reference rate (NaN)");
        assertThatThrownBy(() -> IndirectStandardisation.rate(1, BANDS, 0.1, 0, C95)).hasMessageContaining("multiplier (0.0)");
        assertThatThrownBy(() -> IndirectStandardisation.ratio(-1, BANDS, 1, C95)).hasMessageContaining("count (-1)");
        assertThatThrownBy(() -> new ReferenceBand("a", -1, 0.1)).hasMessageContaining("population of age band a (-1)");
        assertThatThrownBy(() -> new ReferenceBand("a", 1, -0.1)).hasMessageContaining("reference rate of age band a (-0.1)");
        assertThatThrownBy(() -> new ReferenceBand("a", 1, Double.POSITIVE_INFINITY)).hasMessageContaining("(Infinity)");
        assertThatThrownBy(() -> IndirectStandardisation.ratio(1, BANDS, 1, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("confidence");
        assertThatThrownBy(() -> IndirectStandardisation.expected(null)).hasMessageContaining("bands");
    }
}

package org.openbcf.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProportionsTest {

    @Test
    void wilsonReferenceValueFromStatisticsMd() {
        Estimate estimate = Proportions.wilson(65, 100, ConfidenceLevel.NINETY_FIVE);
        assertThat(estimate.value()).isEqualTo(0.65);
        assertThat(estimate.lower()).isCloseTo(0.5525444329688797, Close.to(0.5525444329688797));
        assertThat(estimate.upper()).isCloseTo(0.7363575175690247, Close.to(0.7363575175690247));
        assertThat(estimate.method()).isEqualTo(Method.WILSON);
        assertThat(estimate.confidence()).isEqualTo(ConfidenceLevel.NINETY_FIVE);
    }

    @Test
    void percentageMultipliesEveryFigure() {
        // G10 (2023-25 pack): reablement 865 of 1,000 → 86.5%
        Estimate estimate = Proportions.wilson(865, 1000, ConfidenceLevel.NINETY_FIVE, 100);
        assertThat(estimate.value()).isCloseTo(86.5, Close.to(86.5));
        assertThat(estimate.lower()).isCloseTo(84.24178447972048, Close.to(84.24178447972048));
        assertThat(estimate.upper()).isCloseTo(88.47886215083398, Close.to(88.47886215083398));
    }

    @Test
    void noneOfTenHasLowerLimitZero() {
        Estimate estimate = Proportions.wilson(0, 10, ConfidenceLevel.NINETY_FIVE);
        assertThat(estimate.lower()).isZero();
        assertThat(estimate.upper()).isCloseTo(0.2775327998628893, Close.to(0.2775327998628893));
    }

    @Test
    void allOfTenHasUpperLimitExactlyOne() {
        Estimate estimate = Proportions.wilson(10, 10, ConfidenceLevel.NINETY_FIVE);
        assertThat(estimate.upper()).isEqualTo(1.0);
        assertThat(estimate.lower()).isCloseTo(0.7224672001371106, Close.to(0.7224672001371106));
    }

    @Test
    void oneOfOneHasBothLimitsFromTheFormula() {
        Estimate estimate = Proportions.wilson(1, 1, ConfidenceLevel.NINETY_FIVE);
        assertThat(estimate.lower()).isCloseTo(0.20654931437723734, Close.to(0.20654931437723734));
        assertThat(estimate.upper()).isEqualTo(1.0);
    }

    @Test
    void rejectsBadCounts() {
        ConfidenceLevel level = ConfidenceLevel.NINETY_FIVE;
        assertThatThrownBy(() -> Proportions.wilson(11, 10, level)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("numerator (11)").hasMessageContaining("denominator (10)");
        assertThatThrownBy(() -> Proportions.wilson(-1, 10, level)).hasMessageContaining("numerator (-1)");
        assertThatThrownBy(() -> Proportions.wilson(0, 0, level)).hasMessageContaining("denominator (0) must be at least 1");
        assertThatThrownBy(() -> Proportions.wilson(1, 10, level, 0)).hasMessageContaining("multiplier (0.0)");
        assertThatThrownBy(() -> Proportions.wilson(1, 10, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("confidence");
    }
}

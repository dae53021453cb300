package org.openbcf.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EstimateTest {

    private static final ConfidenceLevel C95 = ConfidenceLevel.NINETY_FIVE;

    @Test
    void containsItsLimitsAndWidthIsTheirDifference() {
        Estimate estimate = new Estimate(2.0, 1.0, 4.0, Method.BYARS, C95);
        assertThat(estimate.contains(1.0)).isTrue();
        assertThat(estimate.contains(4.0)).isTrue();
        assertThat(estimate.contains(0.99)).isFalse();
        assertThat(estimate.contains(4.01)).isFalse();
        assertThat(estimate.width()).isEqualTo(3.0);
    }

    @Test
    void equalLimitsAreAllowed() {
        assertThat(new Estimate(1.0, 1.0, 1.0, Method.WILSON, C95).width()).isZero();
    }

    @Test
    void rejectsLimitsTheWrongWayRoundAndNonFiniteFigures() {
        assertThatThrownBy(() -> new Estimate(2.0, 3.0, 1.0, Method.BYARS, C95))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lower limit (3.0)").hasMessageContaining("upper limit (1.0)");
        assertThatThrownBy(() -> new Estimate(Double.NaN, 0, 1, Method.BYARS, C95))
                .hasMessage("value (NaN) must be a finite number");
        assertThatThrownBy(() -> new Estimate(0, Double.NEGATIVE_INFINITY, 1, Method.BYARS, C95))
                .hasMessage("lower limit (-Infinity) must be a finite number");
        assertThatThrownBy(() -> new Estimate(0, 0, Double.POSITIVE_INFINITY, Method.BYARS, C95))
                .hasMessage("upper limit (Infinity) must be a finite number");
        assertThatThrownBy(() -> new Estimate(0, Double.NaN, Double.NaN, Method.BYARS, C95))
                .hasMessage("lower limit (NaN) must be a finite number");
        assertThatThrownBy(() -> new Estimate(0, 0, 1, null, C95)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("method");
        assertThatThrownBy(() -> new Estimate(0, 0, 1, Method.BYARS, null)).hasMessageContaining("confidence");
    }

    @Test
    void methodLabelsAreWhatTheCommandLinePrints() {
        assertThat(Method.BYARS).hasToString("byars");
        assertThat(Method.EXACT.label()).isEqualTo("exact");
        assertThat(Method.WILSON.label()).isEqualTo("wilson");
        assertThat(Method.DOBSON.label()).isEqualTo("dobson");
    }
}

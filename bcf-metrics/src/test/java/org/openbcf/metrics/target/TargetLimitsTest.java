package org.openbcf.metrics.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** Target input limits (issue 17): refused before any arithmetic, naming the field. */
class TargetLimitsTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void issue17AHugeBaseIsRefusedNamingTheBase() {
        assertThatThrownBy(() -> Target.reduction(d("1e999999999"), d("5"), TargetRounding.HALF_UP))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("base (1E+999999999) must be at most 1,000,000,000");
        assertThatThrownBy(() -> Target.increase(d("1000000000.5"), d("5"), TargetRounding.NONE))
                .hasMessage("base (1000000000.5) must be at most 1,000,000,000");
        assertThat(Target.reduction(d("1000000000"), d("5"), TargetRounding.NONE).value()).isEqualByComparingTo("950000000");
    }

    @Test
    void percentagesWithHugeExponentsAreRefusedAtOnce() {
        assertThatThrownBy(() -> Target.reduction(d("1377"), d("1e-99999999"), TargetRounding.HALF_UP))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reduction (1E-99999999) must have at most 10 decimal places");
        assertThatThrownBy(() -> Target.increase(d("1377"), d("1e999999999"), TargetRounding.HALF_UP))
                .hasMessage("increase (1E+999999999) must be at most 10,000");
        assertThatThrownBy(() -> Target.reduction(d("1377"), d("1e999999999"), TargetRounding.HALF_UP))
                .hasMessage("reduction (1E+999999999%) must not exceed 100%");
        assertThatThrownBy(() -> Target.reduction(d("1e-999999999"), d("5"), TargetRounding.HALF_UP))
                .hasMessage("base (1E-999999999) must have at most 10 decimal places");
        assertThat(Target.increase(d("100"), d("10000"), TargetRounding.NONE).value()).isEqualByComparingTo("10100");
        assertThat(Target.reduction(d("1377.0123456789"), d("5.0123456789"), TargetRounding.NONE).value())
                .isEqualByComparingTo(d("1377.0123456789").multiply(d("0.949876543211")));
    }

    @Test
    void targetValuesAndRoundedValuesHaveLimits() {
        assertThatThrownBy(() -> Target.parse("maximum 1e999999999")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("target (1E+999999999) must be at most 1,000,000,000,000,000");
        assertThatThrownBy(() -> Target.atLeast(d("1e-25"))).hasMessage("target (0.0000000000000000000000001) must have at most 24 decimal places");
        assertThatThrownBy(() -> Target.atMost(d("-1e999999999"))).hasMessage("target (-1E+999999999) must not be negative");
        assertThatThrownBy(() -> TargetRounding.HALF_UP.apply(d("1e999999999")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value to round (1E+999999999) must be at most 1,000,000,000,000,000");
        assertThatThrownBy(() -> TargetRounding.FLOOR.apply(d("-1e999999999"))).hasMessageContaining("value to round");
        assertThat(TargetRounding.FLOOR.apply(d("-1000000000000000"))).isEqualByComparingTo("-1000000000000000");
        assertThat(Target.atMost(d("1000000000000000")).value()).isEqualByComparingTo("1E+15");
        assertThat(Target.atMost(d("1e-24")).value()).isEqualByComparingTo("1E-24");
    }
}

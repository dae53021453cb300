package org.openbcf.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * {@link StandardisedRate} keeps its estimate's components (issue 16, one object a DSR): the estimate
 * it makes, its equality, hash code and text are those of the {@link Estimate} the components
 * describe, and a bad component is refused with the estimate's own message.
 */
class StandardisedRateTest {

    private static final ConfidenceLevel C95 = ConfidenceLevel.NINETY_FIVE;
    private static final Estimate G10 = new Estimate(1050.37, 1005.18, 1095.02, Method.DOBSON, C95);

    private static StandardisedRate computed(double value, double lower, double upper, Method method, ConfidenceLevel level) {
        return StandardisedRate.computed(2140, value, lower, upper, method, level);
    }

    @Test
    void aComputedRateMakesTheEstimateOfItsComponents() {
        StandardisedRate rate = computed(1050.37, 1005.18, 1095.02, Method.DOBSON, C95);
        assertThat(rate.isSuppressed()).isFalse();
        assertThat(rate.totalCount()).isEqualTo(2140);
        assertThat(rate.estimate()).contains(G10);
        assertThat(rate.suppressionReason()).isEmpty();
        assertThat(rate).hasToString(G10.toString());
    }

    @Test
    void equalComponentsAreEqualAndEachComponentCounts() {
        StandardisedRate rate = computed(1050.37, 1005.18, 1095.02, Method.DOBSON, C95);
        StandardisedRate same = computed(1050.37, 1005.18, 1095.02, Method.DOBSON, C95);
        assertThat(rate).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(rate).isNotEqualTo(StandardisedRate.computed(2141, 1050.37, 1005.18, 1095.02, Method.DOBSON, C95))
                .isNotEqualTo(computed(1050.38, 1005.18, 1095.02, Method.DOBSON, C95))
                .isNotEqualTo(computed(1050.37, 1005.19, 1095.02, Method.DOBSON, C95))
                .isNotEqualTo(computed(1050.37, 1005.18, 1095.03, Method.DOBSON, C95))
                .isNotEqualTo(computed(1050.37, 1005.18, 1095.02, Method.BYARS, C95))
                .isNotEqualTo(computed(1050.37, 1005.18, 1095.02, Method.DOBSON, ConfidenceLevel.NINETY_NINE_POINT_EIGHT))
                .isNotEqualTo(StandardisedRate.suppressed(2140, "total count (2140) is below 10"))
                .isNotEqualTo(G10);
    }

    @Test
    void aSuppressedRateHasOnlyItsReason() {
        StandardisedRate rate = StandardisedRate.suppressed(7, "total count (7) is below 10");
        assertThat(rate.isSuppressed()).isTrue();
        assertThat(rate.estimate()).isEmpty();
        assertThat(rate.suppressionReason()).contains("total count (7) is below 10");
        assertThat(rate).hasToString("suppressed: total count (7) is below 10")
                .isEqualTo(StandardisedRate.suppressed(7, "total count (7) is below 10"))
                .hasSameHashCodeAs(StandardisedRate.suppressed(7, "total count (7) is below 10"))
                .isNotEqualTo(StandardisedRate.suppressed(8, "total count (7) is below 10"))
                .isNotEqualTo(StandardisedRate.suppressed(7, "another reason"));
    }

    @Test
    void badComponentsAreRefusedAsAnEstimateRefusesThem() {
        assertThatThrownBy(() -> computed(Double.NaN, 1, 2, Method.DOBSON, C95))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("value (NaN)");
        assertThatThrownBy(() -> computed(1, 3, 2, Method.DOBSON, C95))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lower limit (3.0)");
        assertThatThrownBy(() -> computed(1, 0, 2, null, C95))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("method");
        assertThatThrownBy(() -> computed(1, 0, 2, Method.DOBSON, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("confidence");
    }
}

package org.openbcf.metrics.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.junit.jupiter.api.Test;

class TargetTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void residentialAdmissions2016To17IsAMaximumOf1308() {
        // G-16: 1,377 forecast, 5% reduction → 1,308.15 → 1,308 (floor and half-up agree)
        Target target = Target.reduction(d("1377"), d("5"), TargetRounding.HALF_UP);
        assertThat(target.value()).isEqualByComparingTo("1308");
        assertThat(target.bound()).isEqualTo(Bound.MAXIMUM);
        assertThat(target).hasToString("maximum 1308");
        assertThat(Target.reduction(d("1377"), d("5"), TargetRounding.FLOOR)).isEqualTo(target);
        assertThat(Target.reduction(d("1377"), d("5"), TargetRounding.CEILING).value()).isEqualByComparingTo("1309");
        assertThat(Target.reduction(d("1377"), d("5"), TargetRounding.NONE).value()).isEqualByComparingTo("1308.15");
    }

    @Test
    void delayedTransfersTarget2015To16Is27252Point48() {
        // G-17: 28,388 delayed days, 4% reduction → 27,252.48
        Target target = Target.reduction(d("28388"), d("4"), TargetRounding.NONE);
        assertThat(target.value()).isEqualTo(d("27252.48"));
        assertThat(target).hasToString("maximum 27252.48");
    }

    @Test
    void reablementIsAFixedMinimumOf90() {
        // G-18: target 90%, actual 91.4% → met
        Target target = Target.atLeast(d("90"));
        assertThat(target.isMetBy(d("91.4"))).isTrue();
        assertThat(target.isMetBy(d("90.0"))).isTrue();
        assertThat(target.isMetBy(d("89.9"))).isFalse();
        assertThat(target).hasToString("minimum 90");
    }

    @Test
    void increaseIsAMinimum() {
        Target target = Target.increase(d("80"), d("10"), TargetRounding.NONE);
        assertThat(target).isEqualTo(Target.atLeast(d("88")));
        assertThat(Target.increase(d("81"), d("2.5"), TargetRounding.CEILING)).isEqualTo(Target.atLeast(d("84")));
    }

    @Test
    void halfUpRoundsHalvesAwayFromZero() {
        assertThat(Target.reduction(d("1310"), d("5"), TargetRounding.HALF_UP).value()).isEqualByComparingTo("1245");
        assertThat(TargetRounding.HALF_UP.apply(d("1308.5"))).isEqualByComparingTo("1309");
        assertThat(TargetRounding.FLOOR.apply(d("1308.99"))).isEqualByComparingTo("1308");
    }

    @Test
    void maximumIsMetAtOrBelowAndEqualityCounts() {
        Target target = Target.atMost(d("1308"));
        assertThat(target.isMetBy(d("1308"))).isTrue();
        assertThat(target.isMetBy(d("1307.99"))).isTrue();
        assertThat(target.isMetBy(d("1308.01"))).isFalse();
    }

    @Test
    void trailingZerosDoNotMatter() {
        assertThat(Target.atMost(d("1308.00"))).isEqualTo(Target.atMost(d("1308")));
        assertThat(Target.atMost(d("1.3E+3"))).hasToString("maximum 1300");
    }

    @Test
    void parseAcceptsWhatToStringPrints() {
        assertThat(Target.parse("maximum 27252.48")).isEqualTo(Target.atMost(d("27252.48")));
        assertThat(Target.parse(" Minimum  1,308 ")).isEqualTo(Target.atLeast(d("1308")));
        assertThat(Bound.parse("MAXIMUM")).isEqualTo(Bound.MAXIMUM);
        assertThat(TargetRounding.parse(" Half-Up ")).isEqualTo(TargetRounding.HALF_UP);
        assertThat(TargetRounding.parse("none")).isEqualTo(TargetRounding.NONE);
        assertThat(TargetRounding.CEILING).hasToString("ceiling");
        assertThat(TargetRounding.FLOOR.label()).isEqualTo("floor");
        assertThat(Bound.MINIMUM).hasToString("minimum");
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> Target.reduction(d("-1"), d("5"), TargetRounding.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("base (-1)");
        assertThatThrownBy(() -> Target.reduction(d("100"), d("101"), TargetRounding.NONE))
                .hasMessageContaining("reduction (101%) must not exceed 100%");
        assertThat(Target.reduction(d("100"), d("100"), TargetRounding.NONE).value()).isEqualByComparingTo("0");
        assertThatThrownBy(() -> Target.reduction(d("100"), d("-5"), TargetRounding.NONE))
                .hasMessageContaining("reduction (-5)");
        assertThatThrownBy(() -> Target.increase(d("100"), d("-5"), TargetRounding.NONE))
                .hasMessageContaining("increase (-5)");
        assertThat(Target.increase(d("100"), d("150"), TargetRounding.NONE).value()).isEqualByComparingTo("250");
        assertThatThrownBy(() -> Target.reduction(d("100"), d("5"), null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("rounding");
        assertThatThrownBy(() -> Target.atMost(d("-3"))).hasMessageContaining("target (-3)");
        assertThatThrownBy(() -> new Target(d("3"), null)).hasMessageContaining("bound");
        assertThatThrownBy(() -> Target.parse("maximum")).hasMessageContaining("target 'maximum' must be a bound and a value");
        assertThatThrownBy(() -> Target.parse("maximum lots")).hasMessageContaining("target value 'lots' is not a number");
        assertThatThrownBy(() -> Bound.parse("most")).hasMessageContaining("bound 'most' must be one of maximum, minimum");
        assertThatThrownBy(() -> TargetRounding.parse("up")).hasMessageContaining("rounding 'up' must be one of");
        assertThatThrownBy(() -> Bound.MAXIMUM.isMet(null, d("1"))).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("actual");
        assertThatThrownBy(() -> Bound.MAXIMUM.isMet(d("1"), null)).hasMessageContaining("target");
    }

    // G-16: 1,377 less 5%, half-up, is 1,308; an even twelfth is 109.00
    @Test
    void evenTwelfthOfTheResidentialAdmissionsTargetG16() {
        Target target = Target.reduction(d("1377"), d("5"), TargetRounding.HALF_UP);
        assertThat(target.evenTwelfth(2, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("109.00"));
        Target exact = Target.reduction(d("1377"), d("5"), TargetRounding.NONE);
        assertThat(exact.evenTwelfth(2, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("109.01"));
        assertThat(exact.evenTwelfth(3, RoundingMode.DOWN)).isEqualTo(new BigDecimal("109.012"));
        assertThatThrownBy(() -> target.evenTwelfth(2, null)).isInstanceOf(NullPointerException.class).hasMessageContaining("mode");
        assertThatThrownBy(() -> target.evenTwelfth(-1, RoundingMode.HALF_UP)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scale (-1)");
        assertThatThrownBy(() -> target.evenTwelfth(21, RoundingMode.HALF_UP)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scale (21)");
    }
}

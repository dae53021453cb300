package org.openbcf.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RatesTest {

    private static final ConfidenceLevel C95 = ConfidenceLevel.NINETY_FIVE;

    @Test
    void byarsReferenceValueFromStatisticsMd() {
        assertThat(PoissonLimits.lower(65, C95)).isCloseTo(50.163187710459454, Close.to(50.163187710459454));
        assertThat(PoissonLimits.upper(65, C95)).isCloseTo(82.84913854593984, Close.to(82.84913854593984));
        assertThat(PoissonLimits.method(65)).isEqualTo(Method.BYARS);
    }

    @Test
    void tenEventsUseByars() {
        assertThat(PoissonLimits.method(10)).isEqualTo(Method.BYARS);
        assertThat(PoissonLimits.lower(10, C95)).isCloseTo(4.787449913967563, Close.to(4.787449913967563));
        assertThat(PoissonLimits.upper(10, C95)).isCloseTo(18.391458605756473, Close.to(18.391458605756473));
    }

    @Test
    void nineEventsUseExactChiSquaredLimits() {
        assertThat(PoissonLimits.method(9)).isEqualTo(Method.EXACT);
        assertThat(PoissonLimits.lower(9, C95)).isCloseTo(4.115373097378334, Close.to(4.115373097378334));
        assertThat(PoissonLimits.upper(9, C95)).isCloseTo(17.08480345141917, Close.to(17.08480345141917));
    }

    @Test
    void oneEventHasClosedFormExactLimits() {
        // lower = −ln(0.975); upper = χ²⁻¹(0.975; 4) / 2
        assertThat(PoissonLimits.lower(1, C95)).isCloseTo(-Math.log(0.975), Close.to(0.025317807984289876));
        assertThat(PoissonLimits.upper(1, C95)).isCloseTo(5.571643390938898, Close.to(5.571643390938898));
    }

    @Test
    void zeroEventsHaveLowerLimitZeroAndUpperMinusLnAlphaOverTwo() {
        assertThat(PoissonLimits.lower(0, C95)).isZero();
        assertThat(PoissonLimits.upper(0, C95)).isCloseTo(-Math.log(0.025), Close.to(3.6888794541139363));
        assertThat(PoissonLimits.method(0)).isEqualTo(Method.EXACT);
    }

    @Test
    void phbRateIsTwelvePointTwoFourPer100000() {
        // G-15: 108 personal health budgets, population 882,569 → 12.24 per 100,000 (shown as 12)
        Estimate rate = Rates.perHundredThousand(108, 882_569, C95);
        assertThat(rate.value()).isCloseTo(12.237003565726873, Close.to(12.237003565726873));
        assertThat(Math.round(rate.value() * 100) / 100.0).isEqualTo(12.24);
        assertThat(rate.lower()).isCloseTo(10.038047023282704, Close.to(10.038047023282704));
        assertThat(rate.upper()).isCloseTo(14.774349092062131, Close.to(14.774349092062131));
        assertThat(rate.method()).isEqualTo(Method.BYARS);
    }

    @Test
    void rateWithOwnMultiplierAndFewEventsIsExact() {
        Estimate rate = Rates.rate(5, 1000, 1000, C95);
        assertThat(rate.value()).isEqualTo(5.0);
        assertThat(rate.lower()).isCloseTo(1.6234863901184207, Close.to(1.6234863901184207));
        assertThat(rate.upper()).isCloseTo(11.66833207932267, Close.to(11.66833207932267));
        assertThat(rate.method()).isEqualTo(Method.EXACT);
    }

    @Test
    void widerLevelGivesWiderExactInterval() {
        Estimate narrow = Rates.rate(3, 100, 1, C95);
        Estimate wide = Rates.rate(3, 100, 1, ConfidenceLevel.NINETY_NINE_POINT_EIGHT);
        assertThat(wide.lower()).isLessThan(narrow.lower());
        assertThat(wide.upper()).isGreaterThan(narrow.upper());
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> Rates.rate(-1, 100, 1, C95)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("count (-1) must not be negative");
        assertThatThrownBy(() -> Rates.rate(1, 0, 1, C95)).hasMessageContaining("population (0) must be at least 1");
        assertThatThrownBy(() -> Rates.rate(1, 10, -5, C95)).hasMessageContaining("multiplier (-5.0)");
        assertThatThrownBy(() -> Rates.rate(1, 10, Double.POSITIVE_INFINITY, C95))
                .hasMessageContaining("multiplier (Infinity)");
        assertThatThrownBy(() -> Rates.rate(1, 10, 1, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("confidence");
        assertThatThrownBy(() -> PoissonLimits.lower(1, null)).hasMessageContaining("confidence");
        assertThatThrownBy(() -> PoissonLimits.upper(1, null)).hasMessageContaining("confidence");
        assertThatThrownBy(() -> PoissonLimits.method(-2)).hasMessageContaining("count (-2)");
    }
}

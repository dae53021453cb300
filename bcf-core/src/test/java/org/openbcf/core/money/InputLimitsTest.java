package org.openbcf.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class InputLimitsTest {

    @Test
    void limitsAreTheTemplatesWiderInputLimit() {
        assertThat(InputLimits.MAX_AMOUNT_POUNDS).isEqualTo(1_000_000_000L);
        assertThat(InputLimits.MAX_AMOUNT_PENCE).isEqualTo(100_000_000_000L);
        assertThat(InputLimits.MAX_COUNT).isEqualTo(1_000_000_000L);
    }

    @Test
    void amountsInPenceAreCheckedAgainstTheLimit() {
        assertThat(InputLimits.requireAmountPence(0, "x")).isZero();
        assertThat(InputLimits.requireAmountPence(100_000_000_000L, "x")).isEqualTo(100_000_000_000L);
        assertThatThrownBy(() -> InputLimits.requireAmountPence(100_000_000_001L, "local share"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("local share (£1,000,000,000.01) must be between £0.00 and £1,000,000,000.00");
        assertThatThrownBy(() -> InputLimits.requireAmountPence(-1, "local share"))
                .hasMessage("local share (-£0.01) must be between £0.00 and £1,000,000,000.00");
    }

    @Test
    void amountsAreCheckedInSizeWithoutConversion() {
        assertThat(InputLimits.requireAmount(Gbp.of(1_000_000_000), "x")).isEqualTo(Gbp.of(1_000_000_000));
        assertThat(InputLimits.requireAmount(Gbp.of(-1_000_000_000), "x")).isEqualTo(Gbp.of(-1_000_000_000));
        assertThatThrownBy(() -> InputLimits.requireAmount(Gbp.of(new BigDecimal("1E+999999999")), "contribution"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("contribution (1E+999999999 pounds) must be at most £1,000,000,000.00 in size");
        assertThatThrownBy(() -> InputLimits.requireAmount(Gbp.of(new BigDecimal("-1000000000.01")), "difference"))
                .hasMessage("difference (-1000000000.01 pounds) must be at most £1,000,000,000.00 in size");
        assertThatThrownBy(() -> InputLimits.requireAmount(null, "contribution")).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("contribution");
    }

    @Test
    void countsAreCheckedAgainstTheLimit() {
        assertThat(InputLimits.requireCount(1_000_000_000, "count")).isEqualTo(1_000_000_000);
        assertThat(InputLimits.requireCount(0, "count")).isZero();
        assertThatThrownBy(() -> InputLimits.requireCount(Long.MAX_VALUE, "count of age band 65-69"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("count of age band 65-69 (9223372036854775807) must be between 0 and 1,000,000,000");
        assertThatThrownBy(() -> InputLimits.requireCount(-1, "count")).hasMessageContaining("count (-1)");
    }

    @Test
    void moneyInputsAreCheckedInSizeSignAndPennies() {
        assertThat(InputLimits.requireInput(Gbp.of(1_000_000_000), "x")).isEqualTo(Gbp.of(1_000_000_000));
        assertThatThrownBy(() -> InputLimits.requireInput(Gbp.of(new BigDecimal("-1E+999999999")), "contribution"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("contribution (-1E+999999999 pounds) must be at most £1,000,000,000.00 in size");
        assertThatThrownBy(() -> InputLimits.requireInput(Gbp.of(-1), "contribution"))
                .hasMessage("contribution (-£1.00) must not be negative");
        assertThatThrownBy(() -> InputLimits.requireInput(Gbp.of(new BigDecimal("1.005")), "contribution"))
                .hasMessageContaining("contribution (1.005) must be whole pennies");
    }

    @Test
    void aContributionAboveTheLimitIsRefusedNamingIt() {
        assertThatThrownBy(() -> org.openbcf.core.fund.Contribution.of(
                org.openbcf.core.fund.Partner.of("Norfolk County Council", org.openbcf.core.fund.PartnerType.COUNTY_COUNCIL),
                org.openbcf.core.fund.FundingStream.DFG, Gbp.of(new BigDecimal("1000000000.01"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(1000000000.01 pounds) must be at most £1,000,000,000.00 in size");
    }
}

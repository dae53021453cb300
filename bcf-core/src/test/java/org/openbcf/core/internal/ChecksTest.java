package org.openbcf.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class ChecksTest {

    @Test
    void notNullNamesTheArgument() {
        assertThat(Checks.notNull("x", "name")).isEqualTo("x");
        assertThatThrownBy(() -> Checks.notNull(null, "baseline")).isInstanceOf(NullPointerException.class)
                .hasMessage("baseline must not be null");
    }

    @Test
    void notBlankRejectsBlankText() {
        assertThat(Checks.notBlank(" a ", "name")).isEqualTo(" a ");
        assertThatThrownBy(() -> Checks.notBlank(" ", "id")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("id must not be blank");
        assertThatThrownBy(() -> Checks.notBlank(null, "id")).isInstanceOf(NullPointerException.class);
    }

    @Test
    void inRangeNamesFieldValueAndRule() {
        assertThat(Checks.inRange(0, 0, 100_000_000, "x")).isZero();
        assertThat(Checks.inRange(100_000_000, 0, 100_000_000, "x")).isEqualTo(100_000_000);
        assertThatThrownBy(() -> Checks.inRange(-5, 0, 100_000_000, "baseline for Q2 2015/16"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("baseline for Q2 2015/16 (-5) must be between 0 and 100,000,000");
        assertThatThrownBy(() -> Checks.inRange(100_000_001, 0, 100_000_000, "plan"))
                .hasMessage("plan (100000001) must be between 0 and 100,000,000");
    }

    @Test
    void nonNegativeRejectsNegatives() {
        assertThat(Checks.nonNegative(BigDecimal.ZERO, "x")).isZero();
        assertThatThrownBy(() -> Checks.nonNegative(new BigDecimal("-0.5"), "cost"))
                .hasMessage("cost (-0.5) must not be negative");
    }

    @Test
    void groupsThousands() {
        assertThat(Checks.group(1_234_567)).isEqualTo("1,234,567");
        assertThat(Checks.group(-1_000)).isEqualTo("-1,000");
        assertThat(Checks.group(new BigDecimal("1308.15"))).isEqualTo("1,308.15");
        assertThat(Checks.group(new BigDecimal("-27252.48"))).isEqualTo("-27,252.48");
        assertThat(Checks.group(new BigDecimal("999"))).isEqualTo("999");
        assertThat(Checks.group(new BigDecimal("100000"))).isEqualTo("100,000");
    }

    @Test
    void thePartsFormsGiveTheSameMessagesAndJoinNothingWhenValid() {
        Object quarter = new Object() {
            @Override
            public String toString() {
                throw new AssertionError("the message was built on a valid call");
            }
        };
        assertThat(Checks.inRange(5, 0, 10, "baseline for ", quarter)).isEqualTo(5);
        assertThat(Checks.notNull("x", "amount for ", quarter)).isEqualTo("x");
        assertThat(Checks.notNull("x", () -> {
            throw new AssertionError("the supplier was called on a valid call");
        })).isEqualTo("x");
        assertThat(Checks.inRange(5, 0, 10, () -> {
            throw new AssertionError("the supplier was called on a valid call");
        })).isEqualTo(5);
        assertThat(Checks.notNullElement("x", "risks", 3)).isEqualTo("x");
        assertThatThrownBy(() -> Checks.inRange(-5, 0, 100_000_000, "baseline for ", "Q2 2015/16"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("baseline for Q2 2015/16 (-5) must be between 0 and 100,000,000");
        assertThatThrownBy(() -> Checks.inRange(11, 0, 10, () -> "plan for Q1 2015/16"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("plan for Q1 2015/16 (11) must be between 0 and 10");
        assertThat(Checks.inRange(0, 0, 10, "x ", 1)).isZero();
        assertThat(Checks.inRange(10, 0, 10, () -> "x")).isEqualTo(10);
        assertThatThrownBy(() -> Checks.inRange(-1, 0, 10, () -> "x")).hasMessage("x (-1) must be between 0 and 10");
        assertThatThrownBy(() -> Checks.notNull(null, "amount for ", "Q1 2016/17")).isInstanceOf(NullPointerException.class)
                .hasMessage("amount for Q1 2016/17 must not be null");
        assertThatThrownBy(() -> Checks.notNull(null, () -> "unit")).isInstanceOf(NullPointerException.class)
                .hasMessage("unit must not be null");
        assertThatThrownBy(() -> Checks.notNullElement(null, "risks", 3)).isInstanceOf(NullPointerException.class)
                .hasMessage("risks[3] must not be null");
    }

    @Test
    void atMostAndDecimalPlacesRefuseHugeNumbersQuotingAShortPrefix() {
        assertThat(Checks.atMost(new BigDecimal("1000000000"), 1_000_000_000, "base")).isEqualByComparingTo("1E+9");
        assertThatThrownBy(() -> Checks.atMost(new BigDecimal("1E+999999999"), 1_000_000_000, "base"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("base (1E+999999999) must be at most 1,000,000,000");
        assertThatThrownBy(() -> Checks.atMost(new BigDecimal("1000000000.01"), 1_000_000_000, "base"))
                .hasMessage("base (1000000000.01) must be at most 1,000,000,000");
        assertThatThrownBy(() -> Checks.atMost(null, 1, "base")).isInstanceOf(NullPointerException.class)
                .hasMessage("base must not be null");
        assertThat(Checks.decimalPlaces(new BigDecimal("1.500000000000"), 10, "percent")).isEqualByComparingTo("1.5");
        assertThat(Checks.decimalPlaces(new BigDecimal("1.25"), 2, "percent")).isEqualByComparingTo("1.25");
        assertThatThrownBy(() -> Checks.decimalPlaces(new BigDecimal("1E-999999999"), 10, "reduction"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reduction (1E-999999999) must have at most 10 decimal places");
        assertThatThrownBy(() -> Checks.decimalPlaces(new BigDecimal("0.125"), 2, "r")).hasMessage("r (0.125) must have at most 2 decimal places");
        assertThat(Checks.quote(new BigDecimal("1308.15"))).isEqualTo("1308.15");
        assertThat(Checks.quote(new BigDecimal("1" + "0".repeat(45)))).isEqualTo("1" + "0".repeat(39) + "...");
        assertThat(Checks.quote(new BigDecimal("1" + "0".repeat(39)))).isEqualTo("1" + "0".repeat(39));
        assertThat(Checks.quote(new BigDecimal("1E+41"))).isEqualTo("1E+41");
        assertThat(Checks.quote(new BigDecimal("1E-41"))).isEqualTo("1E-41");
        assertThat(Checks.quote(new BigDecimal("1E-40"))).isEqualTo("0." + "0".repeat(38) + "...");
    }
}

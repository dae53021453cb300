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
}

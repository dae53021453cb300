package org.openbcf.core.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The examples of issue 17, "Number syntax", at the grammar itself. */
class NumbersTest {

    @Test
    void readsDigitsSignsGroupsOfThreeAndADecimalPoint() {
        assertThat(Numbers.parseWhole("882,569", "population")).isEqualTo(882_569);
        assertThat(Numbers.parseWhole("-5", "baseline")).isEqualTo(-5);
        assertThat(Numbers.parseWhole("+5", "baseline")).isEqualTo(5);
        assertThat(Numbers.parseDecimal("1,308.15", "base")).isEqualTo(new BigDecimal("1308.15"));
        assertThat(Numbers.parseDecimal("28,388.50", "base")).isEqualTo(new BigDecimal("28388.50"));
        assertThat(Numbers.parsePercent("5%", "--reduction")).isEqualTo(new BigDecimal("5"));
        assertThat(Numbers.parsePercent("2.5 %", "--increase")).isEqualTo(new BigDecimal("2.5"));
        assertThat(Numbers.parsePercent("2.5", "--increase")).isEqualTo(new BigDecimal("2.5"));
    }

    @Test
    void refusesEveryFormTheIssueNamesNamingTheFieldAndTheValue() {
        for (String text : new String[] {"1,5", "5,5", "1,3", "1e5", "0x1p4", "1d", "1000f", ".5", "5.", "５", "٥",
                "1,3,7,7", "1234,567", "--5", "+-5", "1 000", "NaN", "Infinity", ","}) {
            assertThatThrownBy(() -> Numbers.parseDecimal(text, "--base")).as(text)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("--base ('" + text + "') is not a number: expected digits with an optional sign, "
                            + "thousands separators in groups of three and a decimal point, e.g. 1,308.15");
            assertThat(Numbers.isNumber(text)).as(text).isFalse();
        }
        assertThatThrownBy(() -> Numbers.parsePercent("5,5%", "--reduction")).hasMessageContaining("--reduction ('5,5%')");
        assertThatThrownBy(() -> Numbers.parseWhole("0x1p4", "standard_population"))
                .hasMessage("standard_population ('0x1p4') is not a whole number: expected digits with an optional sign, "
                        + "thousands separators in groups of three, e.g. 882,569");
        assertThatThrownBy(() -> Numbers.parseWhole("1.5", "count")).hasMessage("count ('1.5') must be a whole number");
        assertThatThrownBy(() -> Numbers.parseWhole("  ", "count")).hasMessageContaining("count is empty");
    }

    @Test
    void refusesByLengthBeforeAnyConversionAndQuotesAShortPrefix() {
        String huge = "1" + "0".repeat(400_000);
        assertThatThrownBy(() -> Numbers.parseDecimal(huge, "agreed_payment"))
                .hasMessage("agreed_payment ('100000000000000000000000…' (400001 characters)) is too long for a number: "
                        + "at most 40 characters");
        assertThatThrownBy(() -> Numbers.parseWhole(huge, "count")).hasMessageContaining("is too long for a number");
        assertThatThrownBy(() -> Numbers.parseWhole(huge, "count of ", "Q1")).hasMessageContaining("count of Q1 (");
        String longest = "1".repeat(38) + ".5";
        assertThat(Numbers.parseDecimal(longest, "x")).isEqualTo(new BigDecimal(longest));
        assertThatThrownBy(() -> Numbers.parseDecimal(longest + "5", "x")).hasMessageContaining("at most 40 characters");
        assertThatThrownBy(() -> Numbers.parseWhole("99999999999999999999", "count"))
                .hasMessage("count ('99999999999999999999') is too large: at most 9,223,372,036,854,775,807");
        assertThat(Numbers.parseWhole("999999999999999999", "count ", "Q1")).isEqualTo(999_999_999_999_999_999L);
        assertThat(Numbers.parseWhole("9223372036854775807", "count ", "Q1")).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void showsAValueOnOneLineByAShortPrefix() {
        assertThat(Numbers.shown("abc")).isEqualTo("'abc'");
        assertThat(Numbers.shown("a\nb")).isEqualTo("'a?b'");
        assertThat(Numbers.shown("x".repeat(24))).isEqualTo("'" + "x".repeat(24) + "'");
        assertThat(Numbers.shown("x".repeat(25))).isEqualTo("'" + "x".repeat(24) + "…' (25 characters)");
    }
}

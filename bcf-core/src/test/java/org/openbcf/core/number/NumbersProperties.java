package org.openbcf.core.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openbcf.core.Generators;

/**
 * Laws of the one number grammar (issue 17, "number grammar round-trips"): every whole number and
 * every decimal reads back exactly from its plain and its grouped form, and a number spoilt by a
 * misplaced separator, a digit of another script or an exponent is refused naming the field and value.
 */
class NumbersProperties {

    /** Thousands separators in groups of three, as people write them: 1,308.15. */
    private static String grouped(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMinimumFractionDigits(Math.max(0, value.scale()));
        format.setMaximumFractionDigits(Math.max(0, value.scale()));
        format.setParseBigDecimal(true);
        return format.format(value);
    }

    @Test
    void everyWholeNumberRoundTripsPlainAndGrouped() {
        qt().withFixedSeed(Generators.SEED).withExamples(2000).forAll(longs().all()).checkAssert(n -> {
            assertThat(Numbers.parseWhole(Long.toString(n), "count")).isEqualTo(n);
            assertThat(Numbers.parseWhole(grouped(BigDecimal.valueOf(n)), "count")).isEqualTo(n);
            assertThat(Numbers.parseWhole(Long.toString(n), "count ", "of Q1")).isEqualTo(n);
            assertThat(Numbers.parseWhole(" " + n + "\t", "count")).isEqualTo(n);
            assertThat(Numbers.isNumber(Long.toString(n))).isTrue();
        });
    }

    @Test
    void everyDecimalRoundTripsExactlyWithItsScale() {
        qt().withFixedSeed(Generators.SEED).withExamples(2000)
                .forAll(longs().between(-999_999_999_999L, 999_999_999_999L), integers().between(0, 10))
                .checkAssert((unscaled, scale) -> {
                    BigDecimal value = BigDecimal.valueOf(unscaled, scale);
                    assertThat(Numbers.parseDecimal(value.toPlainString(), "base")).isEqualTo(value);
                    assertThat(Numbers.parseDecimal(grouped(value), "base")).isEqualTo(value);
                    assertThat(Numbers.parsePercent(value.toPlainString() + "%", "--reduction")).isEqualTo(value);
                });
    }

    @Test
    void aSeparatorOutOfItsGroupOfThreeIsRefused() {
        qt().withFixedSeed(Generators.SEED).withExamples(500)
                .forAll(longs().between(1_000, Long.MAX_VALUE / 10), integers().between(1, 17))
                .checkAssert((n, at) -> {
                    String plain = Long.toString(n);
                    int cut = at % (plain.length() - 1) + 1;
                    String text = plain.substring(0, cut) + "," + plain.substring(cut);
                    boolean groupsOfThree = (plain.length() - cut) % 3 == 0 && cut <= 3 && plain.length() - cut == 3;
                    if (groupsOfThree) {
                        assertThat(Numbers.parseWhole(text, "count")).isEqualTo(n);
                    } else {
                        assertThatThrownBy(() -> Numbers.parseWhole(text, "count"))
                                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("count")
                                .hasMessageContaining(Numbers.shown(text));
                    }
                });
    }

    @Test
    void aDigitOfAnotherScriptIsNeverADigit() {
        qt().withFixedSeed(Generators.SEED).withExamples(500)
                .forAll(integers().between(0, Character.MAX_VALUE), longs().between(0, 1_000_000))
                .checkAssert((c, n) -> {
                    char ch = (char) (int) c;
                    if (ch >= '0' && ch <= '9') {
                        return;
                    }
                    String text = n + String.valueOf(ch);
                    if (ch == ' ' || ch == '\t' || ch == '.' || ch == ',') {
                        return;
                    }
                    assertThat(Numbers.isNumber(text)).as(text).isFalse();
                    assertThatThrownBy(() -> Numbers.parseDecimal(text, "base")).isInstanceOf(IllegalArgumentException.class)
                            .hasMessageContaining("base");
                });
    }
}

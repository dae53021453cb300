package org.openbcf.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Stream;

import javax.money.MonetaryAmount;

import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class GbpTest {

    @Test
    void formatsForPeopleWithPoundSignAndSeparators() {
        assertThat(Gbp.format(Gbp.of(63_573_469))).isEqualTo("£63,573,469.00");
        assertThat(Gbp.format(Gbp.of(62_461_000))).isEqualTo("£62,461,000.00");
        assertThat(Gbp.format(Gbp.of(-122_180))).isEqualTo("-£122,180.00");
        assertThat(Gbp.format(Gbp.ofPence(5))).isEqualTo("£0.05");
        assertThat(Gbp.format(Gbp.of(999))).isEqualTo("£999.00");
        assertThat(Gbp.format(Gbp.of(1000))).isEqualTo("£1,000.00");
    }

    @Test
    void formatNeverRoundsAwayFractionsOfAPenny() {
        assertThat(Gbp.format(Gbp.of(new BigDecimal("1308.125")))).isEqualTo("£1,308.125");
        assertThat(Gbp.formatPlain(Gbp.of(new BigDecimal("0.001")))).isEqualTo("0.001");
    }

    @Test
    void formatsForMachinesWithTwoPlacesAndNoSymbols() {
        assertThat(Gbp.formatPlain(Gbp.of(354_620))).isEqualTo("354620.00");
        assertThat(Gbp.formatPlain(Gbp.of(-122_180))).isEqualTo("-122180.00");
        assertThat(Gbp.formatPlain(Gbp.of(new BigDecimal("12.5")))).isEqualTo("12.50");
    }

    @Test
    void parsesEveryFormItPrintsAndMoneyToString() {
        assertThat(Gbp.parse("£63,573,469.00")).isEqualTo(Gbp.of(63_573_469));
        assertThat(Gbp.parse("-£122,180.00")).isEqualTo(Gbp.of(-122_180));
        assertThat(Gbp.parse("£-5")).isEqualTo(Gbp.of(-5));
        assertThat(Gbp.parse("354620.00")).isEqualTo(Gbp.of(354_620));
        assertThat(Gbp.parse(" GBP 1234.56 ")).isEqualTo(Gbp.ofPence(123_456));
        assertThat(Gbp.parse(Gbp.of(42).toString())).isEqualTo(Gbp.of(42));
        assertThat(Gbp.parse("+7")).isEqualTo(Gbp.of(7));
    }

    @Test
    void rejectsTextThatIsNotAnAmount() {
        for (String bad : List.of("", "£", "12,34", "1,2345", "abc", "£1.2.3", "--5", "-£-5", "£ 5 5")) {
            assertThatThrownBy(() -> Gbp.parse(bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("is not a GBP amount");
        }
        assertThatThrownBy(() -> Gbp.parse(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("text");
    }

    @Test
    void rejectsOtherCurrencies() {
        assertThatThrownBy(() -> Gbp.parse("EUR 5.00"))
                .isInstanceOf(CurrencyMismatchException.class).hasMessageContaining("EUR 5.00").hasMessageContaining("GBP");
        MonetaryAmount euros = Money.of(5, "EUR");
        assertThatThrownBy(() -> Gbp.require(euros, "contribution"))
                .isInstanceOf(CurrencyMismatchException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("contribution").hasMessageContaining("EUR");
        assertThatThrownBy(() -> Gbp.format(euros)).isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void nullNamesTheField() {
        assertThatThrownBy(() -> Gbp.require(null, "pooled fund"))
                .isInstanceOf(NullPointerException.class).hasMessage("pooled fund must not be null");
        assertThatThrownBy(() -> Gbp.of((BigDecimal) null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("pounds");
    }

    @Test
    void wholePenniesAreRequiredWhereTheTemplateRequiresThem() {
        assertThat(Gbp.requireWholePennies(Gbp.of(new BigDecimal("1.50")), "x")).isEqualTo(Gbp.of(new BigDecimal("1.5")));
        assertThat(Gbp.requireWholePennies(Gbp.of(new BigDecimal("1.000")), "x")).isEqualTo(Gbp.of(1));
        assertThatThrownBy(() -> Gbp.requireWholePennies(Gbp.of(new BigDecimal("1.005")), "agreed payment for Q1 2015/16"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("agreed payment for Q1 2015/16").hasMessageContaining("1.005")
                .hasMessageContaining("whole pennies");
        assertThatThrownBy(() -> Gbp.requireNonNegativePennies(Gbp.of(-5), "contribution"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("contribution (-£5.00) must not be negative");
        assertThat(Gbp.requireNonNegativePennies(Gbp.zero(), "x")).isEqualTo(Gbp.zero());
    }

    @Test
    void roundsOnlyWithTheModeItIsGiven() {
        MonetaryAmount amount = Gbp.of(new BigDecimal("2.345"));
        assertThat(Gbp.roundToPenny(amount, RoundingMode.HALF_UP)).isEqualTo(Gbp.ofPence(235));
        assertThat(Gbp.roundToPenny(amount, RoundingMode.HALF_EVEN)).isEqualTo(Gbp.ofPence(234));
        assertThat(Gbp.roundToPenny(amount, RoundingMode.FLOOR)).isEqualTo(Gbp.ofPence(234));
        assertThatThrownBy(() -> Gbp.roundToPenny(amount, null)).isInstanceOf(NullPointerException.class).hasMessageContaining("mode");
    }

    @Test
    void sumsExactly() {
        List<MonetaryAmount> parts = List.of(Gbp.of(new BigDecimal("0.1")), Gbp.of(new BigDecimal("0.2")));
        assertThat(Gbp.pounds(Gbp.sum(parts))).isEqualByComparingTo("0.3");
        assertThat(Gbp.pounds(Stream.of(Gbp.of(1), Gbp.of(2), Gbp.ofPence(1)).collect(Gbp.summing()))).isEqualByComparingTo("3.01");
        assertThat(Gbp.sum(List.of())).isEqualTo(Gbp.zero());
        assertThat(Stream.of(Gbp.of(1), Gbp.of(2)).parallel().collect(Gbp.summing())).isEqualTo(Gbp.of(3));
    }

    @Test
    void equalityIgnoresScaleAndSameComparesValues() {
        assertThat(Gbp.of(new BigDecimal("5.00"))).isEqualTo(Gbp.of(5)).hasSameHashCodeAs(Gbp.of(5));
        assertThat(Gbp.same(Gbp.of(new BigDecimal("5.00")), Gbp.of(5))).isTrue();
        assertThat(Gbp.same(Gbp.of(5), Gbp.ofPence(501))).isFalse();
        assertThat(Gbp.currency().getCurrencyCode()).isEqualTo("GBP");
    }

    @Test
    void penceWithoutAMonetaryAmount() {
        assertThat(Gbp.parsePounds("£1,490.00")).isEqualTo(new BigDecimal("1490.00"));
        assertThat(Gbp.parsePounds("-£122,180")).isEqualTo(new BigDecimal("-122180"));
        assertThat(Gbp.pence(new BigDecimal("1490"), "cost")).isEqualTo(149_000L);
        assertThat(Gbp.pence(new BigDecimal("-0.10"), "cost")).isEqualTo(-10L);
        assertThat(Gbp.pence(new BigDecimal("3.5000"), "cost")).isEqualTo(350L);
        assertThat(Gbp.formatPence(35_462_000)).isEqualTo("£354,620.00");
        assertThat(Gbp.formatPence(-5)).isEqualTo("-£0.05");
        assertThat(Gbp.formatPlainPence(-12_218_000)).isEqualTo("-122180.00");
        assertThat(Gbp.formatPlainPence(Long.MIN_VALUE)).isEqualTo("-92233720368547758.08");
    }

    @Test
    void penceRefusesFractionsOfAPennyAndOverflowNamingTheField() {
        assertThatThrownBy(() -> Gbp.pence(new BigDecimal("1490.001"), "cost per admission"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cost per admission (1490.001) must be whole pennies (at most 2 decimal places)");
        assertThatThrownBy(() -> Gbp.pence(new BigDecimal("92233720368547758.08"), "local share"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("local share (92233720368547758.08) is too large: at most 92,233,720,368,547,758.07 pounds");
        assertThatThrownBy(() -> Gbp.pence(null, "x")).isInstanceOf(NullPointerException.class).hasMessageContaining("pounds");
        assertThatThrownBy(() -> Gbp.pence(BigDecimal.ONE, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("field");
        assertThatThrownBy(() -> Gbp.parsePounds("EUR 5.00")).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> Gbp.parsePounds("five")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'five' is not a GBP amount");
    }

    /** Issue 17: an agreed payment of 1 followed by 400,000 zeros took 126 s and a 400,000-character message. */
    @Test
    void anAmountIsRefusedByLengthBeforeConversionAndQuotedByAShortPrefix() {
        String huge = "1" + "0".repeat(400_000);
        assertThatThrownBy(() -> Gbp.parsePounds(huge)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amount '100000000000000000000000…' (400001 characters) is too long for an amount: at most 40 characters");
        assertThatThrownBy(() -> Gbp.parse("£" + huge)).hasMessageContaining("is too long for an amount");
        String longest = "1".repeat(37) + ".00";
        assertThat(Gbp.parsePounds(longest)).isEqualByComparingTo(new BigDecimal(longest));
        assertThatThrownBy(() -> Gbp.parsePounds(longest + "0")).hasMessageContaining("at most 40 characters");
        assertThatThrownBy(() -> Gbp.parsePounds("x".repeat(40))).hasMessageContaining("is not a GBP amount");
        assertThatThrownBy(() -> Gbp.parsePounds("EUR " + "9".repeat(30))).isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("amount 'EUR 99999999999999999999…' (34 characters) must be in GBP");
    }

    @Test
    void penceOfAHostileExactAmountNamesItShortly() {
        assertThatThrownBy(() -> Gbp.pence(new BigDecimal("1E-999999999"), "cost"))
                .hasMessage("cost (1E-999999999) must be whole pennies (at most 2 decimal places)");
        assertThatThrownBy(() -> Gbp.pence(new BigDecimal("1E+999999999"), "cost"))
                .hasMessage("cost (1E+999999999) is too large: at most 92,233,720,368,547,758.07 pounds");
        assertThatThrownBy(() -> Gbp.pence(new BigDecimal("1".repeat(41)), "cost"))
                .hasMessage("cost (a number of 41 digits) is too large: at most 92,233,720,368,547,758.07 pounds");
        assertThatThrownBy(() -> Gbp.pence(new BigDecimal("1".repeat(40)), "cost"))
                .hasMessage("cost (" + "1".repeat(40) + ") is too large: at most 92,233,720,368,547,758.07 pounds");
        assertThatThrownBy(() -> Gbp.pence(new BigDecimal("1E+40"), "cost"))
                .hasMessage("cost (10000000000000000000000000000000000000000) is too large: at most 92,233,720,368,547,758.07 pounds");
        assertThatThrownBy(() -> Gbp.pence(new BigDecimal("1E+41"), "cost")).hasMessageContaining("cost (1E+41)");
        assertThatThrownBy(() -> Gbp.pence(new BigDecimal("1E-40"), "cost"))
                .hasMessage("cost (0." + "0".repeat(39) + "1) must be whole pennies (at most 2 decimal places)");
        assertThatThrownBy(() -> Gbp.pence(new BigDecimal("1E-41"), "cost")).hasMessageContaining("cost (1E-41)");
    }

    @Test
    void plusMinusTimesNegateAreExact() {
        assertThat(Gbp.plus(Gbp.of(2_478_000), Gbp.of(1_520_000))).isEqualTo(Gbp.of(3_998_000));
        assertThat(Gbp.minus(Gbp.of(100), Gbp.of(140))).isEqualTo(Gbp.of(-40));
        assertThat(Gbp.times(Gbp.of(10), new BigDecimal("0.035"))).isEqualTo(Gbp.of(new BigDecimal("0.35")));
        assertThat(Gbp.negate(Gbp.of(5))).isEqualTo(Gbp.of(-5));
        assertThat(Gbp.plus(Gbp.of(1), Money.of(new BigDecimal("0.5"), "GBP"))).isEqualTo(Gbp.of(new BigDecimal("1.5")));
        assertThatThrownBy(() -> Gbp.plus(Gbp.of(1), Money.of(1, "EUR"))).isInstanceOf(CurrencyMismatchException.class)
                .hasMessageContaining("addend");
        assertThatThrownBy(() -> Gbp.minus(null, Gbp.of(1))).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("minuend");
        assertThatThrownBy(() -> Gbp.minus(Gbp.of(1), null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("subtrahend");
        assertThatThrownBy(() -> Gbp.plus(null, Gbp.of(1))).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("augend");
        assertThatThrownBy(() -> Gbp.times(Gbp.of(1), null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("factor");
    }

    @Test
    void percentOfRoundsWithTheGivenModeAndScale() {
        assertThat(Gbp.percentOf(Gbp.of(25), Gbp.of(200), 1, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("12.5"));
        assertThat(Gbp.percentOf(Gbp.of(1), Gbp.of(3), 2, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("33.33"));
        assertThat(Gbp.percentOf(Gbp.of(2), Gbp.of(3), 0, RoundingMode.DOWN)).isEqualTo(new BigDecimal("66"));
        assertThat(Gbp.percentOf(Gbp.of(-1), Gbp.of(8), 3, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("-12.500"));
        assertThatThrownBy(() -> Gbp.percentOf(Gbp.of(1), Gbp.zero(), 1, RoundingMode.HALF_UP))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("whole (£0.00) must not be zero");
        assertThatThrownBy(() -> Gbp.percentOf(Gbp.of(1), Gbp.of(2), -1, RoundingMode.HALF_UP))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("percentage scale (-1)");
        assertThatThrownBy(() -> Gbp.percentOf(Gbp.of(1), Gbp.of(2), 1, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("mode");
    }
}

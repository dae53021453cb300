package org.openbcf.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.concurrent.atomic.AtomicLong;

import javax.money.MonetaryAmount;
import javax.money.MonetaryAmountFactory;
import javax.money.NumberValue;

import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** openbcf's own JSR 354 amount: exact arithmetic, no implicit rounding, Moneta interoperability. */
class GbpAmountTest {

    private static MonetaryAmount gbp(String pounds) {
        return Gbp.of(new BigDecimal(pounds));
    }

    @Test
    void arithmeticIsExact() {
        MonetaryAmount a = gbp("0.1");
        assertThat(a.add(gbp("0.2"))).isEqualTo(gbp("0.3"));
        assertThat(a.subtract(gbp("0.3"))).isEqualTo(gbp("-0.2"));
        assertThat(a.multiply(3)).isEqualTo(gbp("0.3"));
        assertThat(a.multiply(0.5)).isEqualTo(gbp("0.05"));
        assertThat(a.multiply(new BigDecimal("0.035"))).isEqualTo(gbp("0.0035"));
        assertThat(a.multiply(Integer.valueOf(2))).isEqualTo(gbp("0.2"));
        assertThat(gbp("10").divide(4)).isEqualTo(gbp("2.5"));
        assertThat(gbp("10").divide(0.5)).isEqualTo(gbp("20"));
        assertThat(gbp("10").divide(new BigDecimal("8"))).isEqualTo(gbp("1.25"));
        assertThat(gbp("10").remainder(3)).isEqualTo(gbp("1"));
        assertThat(gbp("10").remainder(2.5)).isEqualTo(gbp("0"));
        assertThat(gbp("10").remainder(Long.valueOf(4))).isEqualTo(gbp("2"));
        assertThat(gbp("10").divideAndRemainder(3)).containsExactly(gbp("3"), gbp("1"));
        assertThat(gbp("10").divideAndRemainder(4.0)).containsExactly(gbp("2"), gbp("2"));
        assertThat(gbp("10").divideAndRemainder(BigInteger.valueOf(6))).containsExactly(gbp("1"), gbp("4"));
        assertThat(gbp("10").divideToIntegralValue(3)).isEqualTo(gbp("3"));
        assertThat(gbp("10").divideToIntegralValue(4.0)).isEqualTo(gbp("2"));
        assertThat(gbp("10").divideToIntegralValue(new AtomicLong(6))).isEqualTo(gbp("1"));
        assertThat(gbp("1.5").scaleByPowerOfTen(2)).isEqualTo(gbp("150"));
        assertThat(gbp("-1.5").abs()).isEqualTo(gbp("1.5"));
        assertThat(gbp("1.5").abs()).isEqualTo(gbp("1.5"));
        assertThat(gbp("1.5").negate()).isEqualTo(gbp("-1.5"));
        assertThat(gbp("1.5").plus()).isEqualTo(gbp("1.5"));
        assertThat(gbp("1.500").stripTrailingZeros().getNumber().getScale()).isEqualTo(1);
    }

    @Test
    void aQuotientThatDoesNotTerminateIsAnErrorNotARounding() {
        assertThatThrownBy(() -> gbp("10").divide(3)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> gbp("10").multiply(Double.NaN)).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("NaN");
        assertThatThrownBy(() -> gbp("10").divide(Double.POSITIVE_INFINITY)).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("Infinity");
        assertThatThrownBy(() -> gbp("10").multiply(Double.valueOf(Double.NEGATIVE_INFINITY)))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("finite");
        assertThatThrownBy(() -> gbp("10").multiply((Number) null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("number");
    }

    @Test
    void comparesByValueIgnoringScale() {
        MonetaryAmount five = gbp("5.00");
        assertThat(five.isEqualTo(gbp("5"))).isTrue();
        assertThat(five.isEqualTo(gbp("5.01"))).isFalse();
        assertThat(five.isGreaterThan(gbp("4.99"))).isTrue();
        assertThat(five.isGreaterThan(gbp("5"))).isFalse();
        assertThat(five.isGreaterThanOrEqualTo(gbp("5"))).isTrue();
        assertThat(five.isGreaterThanOrEqualTo(gbp("5.01"))).isFalse();
        assertThat(five.isLessThan(gbp("5.01"))).isTrue();
        assertThat(five.isLessThan(gbp("5"))).isFalse();
        assertThat(five.isLessThanOrEqualTo(gbp("5"))).isTrue();
        assertThat(five.isLessThanOrEqualTo(gbp("4.99"))).isFalse();
        assertThat(five.compareTo(gbp("5"))).isZero();
        assertThat(five.compareTo(gbp("6"))).isNegative();
        assertThat(five.compareTo(gbp("4"))).isPositive();
        assertThat(five.signum()).isOne();
        assertThat(gbp("-0.01").isNegative()).isTrue();
        assertThat(gbp("0.00").isZero()).isTrue();
        assertThat(five).isEqualTo(gbp("5")).hasSameHashCodeAs(gbp("5")).isNotEqualTo(gbp("5.01"))
                .isNotEqualTo("GBP 5.00");
        assertThat(five.toString()).isEqualTo("GBP 5.00");
        assertThat(five.hashCode()).isNotEqualTo(gbp("6").hashCode());
        assertThat(five.getNumber().hashCode()).isNotEqualTo(gbp("6").getNumber().hashCode());
    }

    @Test
    void interoperatesWithMonetaInGbpAndRefusesOtherCurrencies() {
        MonetaryAmount moneta = Money.of(new BigDecimal("2.50"), "GBP");
        assertThat(gbp("1").add(moneta)).isEqualTo(gbp("3.5"));
        assertThat(gbp("2.5").isEqualTo(moneta)).isTrue();
        assertThat(Gbp.currency()).isEqualTo(moneta.getCurrency()).hasSameHashCodeAs("GBP");
        assertThat(Gbp.currency().compareTo(moneta.getCurrency())).isZero();
        assertThat(Gbp.currency().compareTo(Money.of(1, "EUR").getCurrency())).isPositive();
        assertThat(Gbp.currency().compareTo(Money.of(1, "USD").getCurrency())).isNegative();
        MonetaryAmount euros = Money.of(1, "EUR");
        assertThat(gbp("1").compareTo(euros)).isPositive();
        assertThat(Gbp.currency()).isNotEqualTo(euros.getCurrency()).isNotEqualTo("GBP");
        assertThatThrownBy(() -> gbp("1").add(euros)).isInstanceOf(CurrencyMismatchException.class)
                .hasMessageContaining("EUR");
        assertThatThrownBy(() -> gbp("1").compareTo(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("other");
    }

    @Test
    void currencyIsIso4217Gbp() {
        assertThat(Gbp.currency().getCurrencyCode()).isEqualTo("GBP");
        assertThat(Gbp.currency().getNumericCode()).isEqualTo(826);
        assertThat(Gbp.currency().getDefaultFractionDigits()).isEqualTo(2);
        assertThat(Gbp.currency().getContext().getProviderName()).isEqualTo("openbcf");
        assertThat(Gbp.currency()).hasToString("GBP");
        assertThat(gbp("1").getCurrency()).isSameAs(Gbp.currency());
    }

    @Test
    void contextIsUnlimitedAndFactoryCreatesGbp() {
        MonetaryAmount amount = gbp("12.34");
        assertThat(amount.getContext().getPrecision()).isZero();
        assertThat(amount.getContext().getMaxScale()).isEqualTo(-1);
        assertThat(amount.getContext().getAmountType()).isEqualTo(GbpAmount.class);
        MonetaryAmountFactory<? extends MonetaryAmount> factory = amount.getFactory();
        assertThat(factory.create()).isEqualTo(amount);
        assertThat(factory.setNumber(7L).create()).isEqualTo(gbp("7"));
        assertThat(factory.setNumber(0.25).create()).isEqualTo(gbp("0.25"));
        assertThat(factory.setNumber(new BigDecimal("1.005")).create()).isEqualTo(gbp("1.005"));
        assertThat(factory.setCurrency("GBP").setContext(Money.DEFAULT_MONETARY_CONTEXT).setNumber(1).create())
                .isEqualTo(gbp("1"));
        assertThat(factory.getAmountType()).isEqualTo(GbpAmount.class);
        assertThat(factory.getDefaultMonetaryContext()).isEqualTo(amount.getContext());
        assertThat(factory.getMaxNumber()).isNull();
        assertThat(factory.getMinNumber()).isNull();
        assertThatThrownBy(() -> factory.setCurrency(Money.of(1, "EUR").getCurrency()))
                .isInstanceOf(CurrencyMismatchException.class).hasMessageContaining("currency (EUR) must be GBP");
        assertThatThrownBy(() -> factory.setNumber(Double.NaN)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> factory.setNumber(Double.NEGATIVE_INFINITY)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> new GbpAmountFactory().create()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("number");
        assertThatThrownBy(() -> factory.setContext(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("monetaryContext");
    }

    @Test
    void numberValueIsTheExactDecimal() {
        NumberValue n = gbp("1490.25").getNumber();
        assertThat(n.getNumberType()).isEqualTo(BigDecimal.class);
        assertThat(n.getPrecision()).isEqualTo(6);
        assertThat(n.getScale()).isEqualTo(2);
        assertThat(n.numberValue(BigDecimal.class)).isEqualTo(new BigDecimal("1490.25"));
        assertThat(n.numberValue(Number.class)).isEqualTo(new BigDecimal("1490.25"));
        assertThat(n.numberValue(BigInteger.class)).isEqualTo(BigInteger.valueOf(1490));
        assertThat(n.numberValue(Long.class)).isEqualTo(1490L);
        assertThat(n.numberValue(Integer.class)).isEqualTo(1490);
        assertThat(n.numberValue(Short.class)).isEqualTo((short) 1490);
        assertThat(n.numberValue(Byte.class)).isEqualTo((byte) 1490);
        assertThat(n.numberValue(Double.class)).isEqualTo(1490.25);
        assertThat(n.numberValue(Float.class)).isEqualTo(1490.25f);
        assertThat(n.numberValueExact(Double.class)).isEqualTo(1490.25);
        assertThat(n.numberValueExact(Float.class)).isEqualTo(1490.25f);
        assertThat(gbp("16777217").getNumber().numberValue(Float.class)).isEqualTo(1.6777216E7f);
        assertThat(n.doubleValueExact()).isEqualTo(1490.25);
        assertThat(n.intValue()).isEqualTo(1490);
        assertThat(n.longValue()).isEqualTo(1490L);
        assertThat(n.floatValue()).isEqualTo(1490.25f);
        assertThat(n.doubleValue()).isEqualTo(1490.25);
        assertThat(n.getAmountFractionNumerator()).isEqualTo(25);
        assertThat(n.getAmountFractionDenominator()).isEqualTo(100);
        assertThat(gbp("-3.125").getNumber().getAmountFractionNumerator()).isEqualTo(-125);
        assertThat(gbp("1.2E+3").getNumber().getAmountFractionNumerator()).isZero();
        assertThat(gbp("1.2E+3").getNumber().getAmountFractionDenominator()).isOne();
        assertThat(n.round(new MathContext(2)).numberValue(BigDecimal.class)).isEqualByComparingTo("1500");
        assertThat(n).isEqualTo(gbp("1490.250").getNumber()).hasSameHashCodeAs(gbp("1490.250").getNumber())
                .isNotEqualTo(gbp("1490").getNumber()).isNotEqualTo(new BigDecimal("1490.25")).hasToString("1490.25");
        assertThat(gbp("7").getNumber().intValueExact()).isEqualTo(7);
        assertThat(gbp("7").getNumber().longValueExact()).isEqualTo(7L);
        assertThat(gbp("7").getNumber().numberValueExact(Long.class)).isEqualTo(7L);
        assertThat(gbp("7").getNumber().numberValueExact(Integer.class)).isEqualTo(7);
        assertThat(gbp("7").getNumber().numberValueExact(Short.class)).isEqualTo((short) 7);
        assertThat(gbp("7").getNumber().numberValueExact(Byte.class)).isEqualTo((byte) 7);
        assertThat(gbp("7").getNumber().numberValueExact(BigInteger.class)).isEqualTo(BigInteger.valueOf(7));
    }

    @Test
    void exactConversionsRefuseToLoseInformation() {
        NumberValue n = gbp("0.1").getNumber();
        assertThatThrownBy(n::intValueExact).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(n::longValueExact).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(n::doubleValueExact).isInstanceOf(ArithmeticException.class).hasMessageContaining("0.1");
        assertThatThrownBy(() -> n.numberValueExact(Float.class)).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("float");
        assertThatThrownBy(() -> n.numberValueExact(Long.class)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> n.numberValueExact(Integer.class)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> n.numberValueExact(Short.class)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> n.numberValueExact(Byte.class)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> n.numberValueExact(BigInteger.class)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> n.numberValue(AtomicLong.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("number type (java.util.concurrent.atomic.AtomicLong) must be BigDecimal");
        assertThatThrownBy(() -> n.numberValue(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("numberType");
        assertThatThrownBy(() -> n.round(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("mathContext");
    }

    @Test
    void anyNumberConvertsExactly() {
        assertThat(GbpNumber.toDecimal(Short.valueOf((short) 3))).isEqualByComparingTo("3");
        assertThat(GbpNumber.toDecimal(Byte.valueOf((byte) 4))).isEqualByComparingTo("4");
        assertThat(GbpNumber.toDecimal(Long.MAX_VALUE)).isEqualByComparingTo(String.valueOf(Long.MAX_VALUE));
        assertThat(GbpNumber.toDecimal(0.1)).isEqualByComparingTo("0.1");
        assertThat(GbpNumber.toDecimal(0.1f)).isEqualByComparingTo("0.1");
        assertThat(GbpNumber.toDecimal(gbp("2.5").getNumber())).isEqualByComparingTo("2.5");
        assertThat(GbpNumber.toDecimal(new AtomicLong(9))).isEqualByComparingTo("9");
        assertThatThrownBy(() -> GbpNumber.toDecimal(Float.NaN)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> GbpNumber.toDecimal(Double.POSITIVE_INFINITY)).isInstanceOf(ArithmeticException.class);
    }
}

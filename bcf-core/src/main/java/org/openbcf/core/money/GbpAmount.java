package org.openbcf.core.money;

import java.math.BigDecimal;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import javax.money.MonetaryAmountFactory;
import javax.money.MonetaryContext;
import javax.money.MonetaryContextBuilder;
import javax.money.NumberValue;

import org.openbcf.core.internal.Checks;

/**
 * The {@link MonetaryAmount} that {@link Gbp} creates: pounds sterling held as an exact
 * {@link BigDecimal}, with no implicit rounding.
 *
 * <p>openbcf implements the JSR 354 amount itself instead of using Moneta's {@code Money}: Moneta's
 * {@code Money} class logs its {@code MathContext} through {@code java.util.logging} when it is first
 * loaded (every branch of {@code DefaultMonetaryContextFactory}), and Moneta's module requires an
 * HTTP client, so a library built on it cannot be silent or light. Arithmetic is exact: a quotient
 * that does not terminate throws {@link ArithmeticException} (the context's precision is 0,
 * unlimited), because a BCF rule, not a default context, decides where rounding happens.
 *
 * <p>Equality, hash code and ordering ignore scale ({@code GBP 5.00} equals {@code GBP 5}), as
 * Moneta's {@code Money} does; {@code toString} is {@code GBP 1490.00}, which {@link Gbp#parse}
 * accepts. Amounts in GBP from another JSR 354 implementation take part in arithmetic and
 * comparisons; any other currency throws {@link CurrencyMismatchException}.
 *
 * <p>This class is immutable and thread-safe.
 */
final class GbpAmount implements MonetaryAmount {

    /** Unlimited precision, any scale: nothing is rounded implicitly. */
    static final MonetaryContext CONTEXT = MonetaryContextBuilder.of(GbpAmount.class)
            .setPrecision(0).setMaxScale(-1).setFixedScale(false).set("provider", "openbcf").build();

    private final BigDecimal pounds;

    GbpAmount(BigDecimal pounds) {
        this.pounds = Checks.notNull(pounds, "pounds");
    }

    private static BigDecimal poundsOf(MonetaryAmount amount) {
        return Gbp.pounds(amount);
    }

    private static BigDecimal decimal(Number number) {
        return GbpNumber.toDecimal(Checks.notNull(number, "number"));
    }

    private static BigDecimal decimal(double number) {
        if (Double.isNaN(number) || Double.isInfinite(number)) {
            throw new ArithmeticException("number (" + number + ") must be finite");
        }
        return BigDecimal.valueOf(number);
    }

    private static GbpAmount of(BigDecimal pounds) {
        return new GbpAmount(pounds);
    }

    @Override
    public CurrencyUnit getCurrency() {
        return GbpCurrency.INSTANCE;
    }

    @Override
    public NumberValue getNumber() {
        return new GbpNumber(pounds);
    }

    @Override
    public MonetaryContext getContext() {
        return CONTEXT;
    }

    @Override
    public MonetaryAmountFactory<MonetaryAmount> getFactory() {
        return new GbpAmountFactory().setAmount(this);
    }

    @Override
    public boolean isGreaterThan(MonetaryAmount amount) {
        return pounds.compareTo(poundsOf(amount)) > 0;
    }

    @Override
    public boolean isGreaterThanOrEqualTo(MonetaryAmount amount) {
        return pounds.compareTo(poundsOf(amount)) >= 0;
    }

    @Override
    public boolean isLessThan(MonetaryAmount amount) {
        return pounds.compareTo(poundsOf(amount)) < 0;
    }

    @Override
    public boolean isLessThanOrEqualTo(MonetaryAmount amount) {
        return pounds.compareTo(poundsOf(amount)) <= 0;
    }

    @Override
    public boolean isEqualTo(MonetaryAmount amount) {
        return pounds.compareTo(poundsOf(amount)) == 0;
    }

    @Override
    public int signum() {
        return pounds.signum();
    }

    @Override
    public MonetaryAmount add(MonetaryAmount amount) {
        return of(pounds.add(poundsOf(amount)));
    }

    @Override
    public MonetaryAmount subtract(MonetaryAmount amount) {
        return of(pounds.subtract(poundsOf(amount)));
    }

    @Override
    public MonetaryAmount multiply(long multiplicand) {
        return of(pounds.multiply(BigDecimal.valueOf(multiplicand)));
    }

    @Override
    public MonetaryAmount multiply(double multiplicand) {
        return of(pounds.multiply(decimal(multiplicand)));
    }

    @Override
    public MonetaryAmount multiply(Number multiplicand) {
        return of(pounds.multiply(decimal(multiplicand)));
    }

    @Override
    public MonetaryAmount divide(long divisor) {
        return divide(BigDecimal.valueOf(divisor));
    }

    @Override
    public MonetaryAmount divide(double divisor) {
        return divide(decimal(divisor));
    }

    @Override
    public MonetaryAmount divide(Number divisor) {
        return of(pounds.divide(decimal(divisor)));
    }

    @Override
    public MonetaryAmount remainder(long divisor) {
        return remainder(BigDecimal.valueOf(divisor));
    }

    @Override
    public MonetaryAmount remainder(double divisor) {
        return remainder(decimal(divisor));
    }

    @Override
    public MonetaryAmount remainder(Number divisor) {
        return of(pounds.remainder(decimal(divisor)));
    }

    @Override
    public MonetaryAmount[] divideAndRemainder(long divisor) {
        return divideAndRemainder(BigDecimal.valueOf(divisor));
    }

    @Override
    public MonetaryAmount[] divideAndRemainder(double divisor) {
        return divideAndRemainder(decimal(divisor));
    }

    @Override
    public MonetaryAmount[] divideAndRemainder(Number divisor) {
        BigDecimal[] parts = pounds.divideAndRemainder(decimal(divisor));
        return new MonetaryAmount[] {of(parts[0]), of(parts[1])};
    }

    @Override
    public MonetaryAmount divideToIntegralValue(long divisor) {
        return divideToIntegralValue(BigDecimal.valueOf(divisor));
    }

    @Override
    public MonetaryAmount divideToIntegralValue(double divisor) {
        return divideToIntegralValue(decimal(divisor));
    }

    @Override
    public MonetaryAmount divideToIntegralValue(Number divisor) {
        return of(pounds.divideToIntegralValue(decimal(divisor)));
    }

    @Override
    public MonetaryAmount scaleByPowerOfTen(int power) {
        return of(pounds.scaleByPowerOfTen(power));
    }

    @Override
    public MonetaryAmount abs() {
        return signum() < 0 ? negate() : this;
    }

    @Override
    public MonetaryAmount negate() {
        return of(pounds.negate());
    }

    @Override
    public MonetaryAmount plus() {
        return this;
    }

    @Override
    public MonetaryAmount stripTrailingZeros() {
        return of(pounds.stripTrailingZeros());
    }

    /**
     * Orders by currency code, then by value, ignoring scale; consistent with {@link #equals}.
     */
    @Override
    public int compareTo(MonetaryAmount other) {
        Checks.notNull(other, "other");
        int byCurrency = getCurrency().getCurrencyCode().compareTo(other.getCurrency().getCurrencyCode());
        return byCurrency != 0 ? byCurrency : pounds.compareTo(poundsOf(other));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GbpAmount other && pounds.compareTo(other.pounds) == 0;
    }

    @Override
    public int hashCode() {
        return pounds.stripTrailingZeros().hashCode();
    }

    /** {@code GBP 1490.00}: the form {@code Money#toString} prints and {@link Gbp#parse} accepts. */
    @Override
    public String toString() {
        return "GBP " + pounds.toPlainString();
    }
}

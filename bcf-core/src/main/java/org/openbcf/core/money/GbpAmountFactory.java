package org.openbcf.core.money;

import java.math.BigDecimal;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import javax.money.MonetaryAmountFactory;
import javax.money.MonetaryContext;
import javax.money.NumberValue;

import org.openbcf.core.internal.Checks;

/**
 * The JSR 354 factory of {@link GbpAmount}s that {@link MonetaryAmount#getFactory()} returns: a
 * mutable builder, as the interface requires, for GBP only. Numbers are unbounded (no minimum or
 * maximum) and kept exactly.
 */
final class GbpAmountFactory implements MonetaryAmountFactory<MonetaryAmount> {

    private BigDecimal number;

    @Override
    public Class<? extends MonetaryAmount> getAmountType() {
        return GbpAmount.class;
    }

    @Override
    public GbpAmountFactory setCurrency(CurrencyUnit currency) {
        Checks.notNull(currency, "currency");
        if (!"GBP".equals(currency.getCurrencyCode())) {
            throw new CurrencyMismatchException("currency (" + currency.getCurrencyCode() + ") must be GBP");
        }
        return this;
    }

    @Override
    public GbpAmountFactory setNumber(double number) {
        if (Double.isNaN(number) || Double.isInfinite(number)) {
            throw new ArithmeticException("number (" + number + ") must be finite");
        }
        this.number = BigDecimal.valueOf(number);
        return this;
    }

    @Override
    public GbpAmountFactory setNumber(long number) {
        this.number = BigDecimal.valueOf(number);
        return this;
    }

    @Override
    public GbpAmountFactory setNumber(Number number) {
        this.number = GbpNumber.toDecimal(Checks.notNull(number, "number"));
        return this;
    }

    /** Unbounded: null, as {@link MonetaryAmountFactory#getMaxNumber()} allows. */
    @Override
    public NumberValue getMaxNumber() {
        return null;
    }

    /** Unbounded: null, as {@link MonetaryAmountFactory#getMinNumber()} allows. */
    @Override
    public NumberValue getMinNumber() {
        return null;
    }

    /** Accepts any context; amounts always use {@link GbpAmount#CONTEXT} (exact, unlimited). */
    @Override
    public GbpAmountFactory setContext(MonetaryContext monetaryContext) {
        Checks.notNull(monetaryContext, "monetaryContext");
        return this;
    }

    @Override
    public MonetaryAmount create() {
        if (number == null) {
            throw new IllegalStateException("number must be set before create()");
        }
        return new GbpAmount(number);
    }

    @Override
    public MonetaryContext getDefaultMonetaryContext() {
        return GbpAmount.CONTEXT;
    }
}

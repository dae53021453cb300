package org.openbcf.core.money;

import javax.money.CurrencyContext;
import javax.money.CurrencyContextBuilder;
import javax.money.CurrencyUnit;

/**
 * Pounds sterling as a JSR 354 {@link CurrencyUnit}: code {@code GBP}, ISO 4217 numeric code 826,
 * two decimal places. openbcf defines it itself so that naming the currency needs no currency
 * provider (ISO 4217, as {@link java.util.Currency} holds it).
 *
 * <p>Equal to any {@link CurrencyUnit} whose code is {@code GBP}. This class is immutable and
 * thread-safe.
 */
final class GbpCurrency implements CurrencyUnit {

    static final GbpCurrency INSTANCE = new GbpCurrency();

    private static final CurrencyContext CONTEXT = CurrencyContextBuilder.of("openbcf").build();

    private GbpCurrency() {
    }

    @Override
    public String getCurrencyCode() {
        return "GBP";
    }

    @Override
    public int getNumericCode() {
        return 826;
    }

    @Override
    public int getDefaultFractionDigits() {
        return 2;
    }

    @Override
    public CurrencyContext getContext() {
        return CONTEXT;
    }

    @Override
    public int compareTo(CurrencyUnit other) {
        return getCurrencyCode().compareTo(other.getCurrencyCode());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CurrencyUnit other && "GBP".equals(other.getCurrencyCode());
    }

    @Override
    public int hashCode() {
        return "GBP".hashCode();
    }

    /** {@code GBP}. */
    @Override
    public String toString() {
        return "GBP";
    }
}

package org.openbcf.core.p4p;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import javax.money.MonetaryAmount;

import org.openbcf.core.money.Gbp;

/**
 * Exact whole-pence arithmetic for the P4P rule: amounts are {@code long} pence, and the one division
 * the rule makes (a count times the pot divided by the target) is rounded to the penny with
 * {@link RoundingMode#HALF_UP}, computed exactly (falling back to {@link BigInteger} when the product
 * does not fit a {@code long}). Package-private: the public API speaks {@link MonetaryAmount}.
 */
final class Pence {

    private Pence() {
    }

    /**
     * {@code count × pot ÷ target}, rounded to the penny HALF_UP (halves away from zero), exactly.
     *
     * @param count  a count of admissions, any sign
     * @param pot    the pot in pence, at least 0
     * @param target the target reduction, at least 1
     * @return the share of the pot in pence
     */
    static long share(long count, long pot, long target) {
        long product;
        try {
            product = Math.multiplyExact(count, pot);
        } catch (ArithmeticException overflow) {
            return new BigDecimal(BigInteger.valueOf(count).multiply(BigInteger.valueOf(pot)))
                    .divide(BigDecimal.valueOf(target), 0, RoundingMode.HALF_UP).longValueExact();
        }
        long quotient = product / target;
        long remainder = Math.abs(product % target);
        if (remainder >= target - remainder) {
            quotient += Long.signum(product);
        }
        return quotient;
    }

    /**
     * The amount in pence of a GBP amount in whole pennies.
     *
     * @param amount the amount, whole pennies
     * @return the pence
     */
    static long of(MonetaryAmount amount) {
        return Gbp.pounds(amount).movePointRight(2).longValueExact();
    }

    /**
     * The GBP amount of a number of pence.
     *
     * @param pence the pence
     * @return the amount, never null
     */
    static MonetaryAmount amount(long pence) {
        return Gbp.ofPence(pence);
    }
}

package org.openbcf.core.p4p;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import javax.money.MonetaryAmount;

import org.openbcf.core.internal.Checks;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.money.InputLimits;

/**
 * Exact whole-pence arithmetic for the P4P rule: amounts are {@code long} pence, and the one division
 * the rule makes (a count times the pot divided by the target) is rounded to the penny with
 * {@link RoundingMode#HALF_UP}, computed exactly (falling back to {@link BigInteger} when the product
 * does not fit a {@code long}). Package-private: the public API speaks {@link MonetaryAmount}.
 */
final class Pence {

    private static final BigDecimal MAX_POUNDS = BigDecimal.valueOf(InputLimits.MAX_AMOUNT_POUNDS);

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
        return of(amount, "amount", "");
    }

    /**
     * The amount in pence of a GBP amount in whole pennies, refusing one above the input limit
     * before converting it (so that {@code 1E+999999999} pounds is refused at once, naming the field).
     *
     * @param amount  the amount, whole pennies
     * @param prefix  the start of the field's name, e.g. {@code "agreed payment for "}
     * @param subject the rest of the field's name, e.g. a quarter
     * @return the pence
     * @throws IllegalArgumentException naming the field when the amount is above £1,000,000,000.00 in size
     */
    static long of(MonetaryAmount amount, String prefix, Object subject) {
        BigDecimal pounds = Gbp.pounds(amount);
        if (pounds.abs().compareTo(MAX_POUNDS) > 0) {
            throw new IllegalArgumentException(prefix + subject + " (" + Checks.quote(pounds) + ") must be at most "
                    + Gbp.formatPence(InputLimits.MAX_AMOUNT_PENCE) + " (input limit)");
        }
        return pounds.movePointRight(2).longValueExact();
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

package org.openbcf.core.money;

import java.math.BigDecimal;

import javax.money.MonetaryAmount;

import org.openbcf.core.internal.Checks;

/**
 * The documented upper limits of openbcf's inputs, so that every sum of money or counts the
 * library makes is exact and fits its type: an amount of money entered in a return (an agreed
 * payment, a local share, a contribution) is at most £1,000,000,000.00, and a count (admissions,
 * events, a population) is at most 1,000,000,000.
 *
 * <p>Source: the BCF templates limit numeric input cells to 0–100,000,000 (2015-16 and 2016-17
 * quarterly templates, R-IN-1) and 0–1,000,000,000 (2017-19 planning template; see
 * {@code shared/spec/bcf-2024-27.md}, "Templates"). openbcf takes the wider of the two for every
 * money and count input, and the narrower R-IN-1 limit where a template states it (the P4P
 * admissions counts, {@code AdmissionsQuarter.MAX_COUNT}). With these limits a year of sums cannot
 * overflow a {@code long} of pence; the sums are nonetheless made with {@link Math#addExact} or
 * {@link BigDecimal}, so that no figure is ever silently wrong.
 *
 * <p>A value above its limit is refused with an {@link IllegalArgumentException} that names the
 * field, the value and the limit, e.g.
 * {@code agreed payment for Q1 2015/16 (£500,000,000,000,000.00) must be at most £1,000,000,000.00}.
 *
 * <p>This class is a stateless utility and thread-safe.
 *
 * @since 0.1.0
 */
public final class InputLimits {

    /** The largest amount of money accepted as an input, in pounds: 1,000,000,000. */
    public static final long MAX_AMOUNT_POUNDS = 1_000_000_000L;

    /** The largest amount of money accepted as an input, in pence: 100,000,000,000 (£1,000,000,000.00). */
    public static final long MAX_AMOUNT_PENCE = MAX_AMOUNT_POUNDS * 100L;

    /** The largest count accepted as an input (events, admissions, people): 1,000,000,000. */
    public static final long MAX_COUNT = 1_000_000_000L;

    private static final BigDecimal MAX_AMOUNT = BigDecimal.valueOf(MAX_AMOUNT_POUNDS);

    private InputLimits() {
    }

    /**
     * Returns the pence, or throws when they are negative or above {@link #MAX_AMOUNT_PENCE}:
     * {@code requireAmountPence(35_462_000, "agreed payment")} is 35,462,000.
     *
     * @param pence the amount in pence
     * @param field the field's name for the message, e.g. {@code "local share"}, not null
     * @return the pence
     * @throws IllegalArgumentException naming the field, the amount and the limit
     */
    public static long requireAmountPence(long pence, String field) {
        if (pence < 0 || pence > MAX_AMOUNT_PENCE) {
            throw new IllegalArgumentException(field + " (" + Gbp.formatPence(pence) + ") must be between £0.00 and "
                    + Gbp.formatPence(MAX_AMOUNT_PENCE));
        }
        return pence;
    }

    /**
     * Returns the amount, or throws when it is above {@link #MAX_AMOUNT_POUNDS} or below
     * minus that (a computed difference may be negative, an input never is; the sign is checked by
     * the caller's own rule): {@code requireAmount(Gbp.of(63_573_469), "pooled fund")}.
     *
     * @param amount the amount, not null, GBP
     * @param field  the field's name for the message, not null
     * @return the amount, never null
     * @throws IllegalArgumentException naming the field, the amount and the limit
     */
    public static MonetaryAmount requireAmount(MonetaryAmount amount, String field) {
        Gbp.require(amount, field);
        BigDecimal pounds = Gbp.pounds(amount);
        if (pounds.abs().compareTo(MAX_AMOUNT) > 0) {
            throw new IllegalArgumentException(field + " (" + Checks.quote(pounds) + " pounds) must be at most "
                    + Gbp.formatPence(MAX_AMOUNT_PENCE) + " in size");
        }
        return amount;
    }

    /**
     * Checks a money input as the templates take it: GBP, whole pennies, not negative and at most
     * {@link #MAX_AMOUNT_POUNDS}, the size checked first so that {@code 1E+999999999} is refused at once:
     * {@code requireInput(Gbp.of(1_490), "cost")}.
     *
     * @param amount the amount, not null
     * @param field  the field's name for the message, not null
     * @return the amount, never null
     * @throws IllegalArgumentException naming the field and the amount when it is negative, above the limit
     *                                  or has fractions of a penny
     */
    public static MonetaryAmount requireInput(MonetaryAmount amount, String field) {
        requireAmount(amount, field);
        return Gbp.requireNonNegativePennies(amount, field);
    }

    /**
     * Returns the count, or throws when it is negative or above {@link #MAX_COUNT}:
     * {@code requireCount(108, "count of age band 65-69")} is 108.
     *
     * @param count the count
     * @param field the field's name for the message, not null
     * @return the count
     * @throws IllegalArgumentException naming the field, the count and the limit
     */
    public static long requireCount(long count, String field) {
        return Checks.inRange(count, 0, MAX_COUNT, field);
    }
}

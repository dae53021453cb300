package org.openbcf.core.p4p;

import java.util.Objects;
import java.util.Optional;

import javax.money.MonetaryAmount;

import org.openbcf.core.internal.Checks;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.money.InputLimits;
import org.openbcf.core.time.FinancialQuarter;

/**
 * One quarter of a payment-for-performance return: non-elective admissions in the baseline (the
 * same quarter a year earlier), the plan and the actual, with the payment agreed locally and its
 * comment when the return gives them. Example: Norfolk Q4 2014/15, baseline 22,905, plan 22,667,
 * actual 23,331, agreed payment £0.00.
 *
 * <p>Counts are whole numbers in [0, 100,000,000], the template's input limit; an agreed payment is
 * whole pennies, not negative and at most £1,000,000,000.00 ({@link #MAX_PAYMENT_PENCE}). Source: BCF 2015/16 Q3 quarterly return, sheet 4 (R-P4P-1,
 * R-P4P-15; see {@code shared/spec/norfolk-2016-quarterly-return-and-plan.md}).
 *
 * <p>This class is immutable and thread-safe; equality compares every figure.
 *
 * @since 0.1.0
 */
public final class AdmissionsQuarter {

    /** The largest count the template accepts: 100,000,000. */
    public static final long MAX_COUNT = 100_000_000L;

    /**
     * The largest agreed payment accepted, in pence: 100,000,000,000 (£1,000,000,000.00), the
     * library's limit for money inputs ({@link InputLimits#MAX_AMOUNT_PENCE}). With it, and counts
     * of at most {@link #MAX_COUNT}, no running total of a P4P year can overflow.
     */
    public static final long MAX_PAYMENT_PENCE = InputLimits.MAX_AMOUNT_PENCE;

    private static final long NO_PAYMENT = Long.MIN_VALUE;

    private final FinancialQuarter quarter;
    private final long baseline;
    private final long plan;
    private final long actual;
    private final long agreedPence;
    private final String comment;

    private AdmissionsQuarter(FinancialQuarter quarter, long baseline, long plan, long actual,
                              long agreedPence, String comment) {
        this.quarter = quarter;
        this.baseline = baseline;
        this.plan = plan;
        this.actual = actual;
        this.agreedPence = agreedPence;
        this.comment = comment;
    }

    /**
     * A quarter without a locally agreed payment: {@code of(Q4 2014/15, 22905, 22667, 23331)}.
     *
     * @param quarter  the quarter of the plan and actual, not null
     * @param baseline admissions in the same quarter a year earlier, 0 to 100,000,000
     * @param plan     planned admissions, 0 to 100,000,000
     * @param actual   actual admissions, 0 to 100,000,000
     * @return the quarter's figures, never null
     * @throws IllegalArgumentException naming the figure and quarter when a count is out of range
     */
    public static AdmissionsQuarter of(FinancialQuarter quarter, long baseline, long plan, long actual) {
        Checks.notNull(quarter, "quarter");
        Checks.inRange(baseline, 0, MAX_COUNT, "baseline for ", quarter);
        Checks.inRange(plan, 0, MAX_COUNT, "plan for ", quarter);
        Checks.inRange(actual, 0, MAX_COUNT, "actual for ", quarter);
        return new AdmissionsQuarter(quarter, baseline, plan, actual, NO_PAYMENT, null);
    }

    /**
     * These figures with the payment agreed locally, e.g. £0.00 for each of Norfolk's quarters.
     *
     * @param payment the agreed payment, not null, GBP, whole pennies, 0 to £1,000,000,000.00
     * @return a new quarter, never null
     * @throws IllegalArgumentException when the payment is negative, above the limit or has fractions of a penny
     */
    public AdmissionsQuarter withAgreedPayment(MonetaryAmount payment) {
        Gbp.requireNonNegativePennies(payment, "agreed payment for " + quarter);
        return withAgreedPaymentPence(Pence.of(payment, "agreed payment for ", quarter));
    }

    /**
     * These figures with the payment agreed locally, in pence: {@code withAgreedPaymentPence(0)} is
     * {@code withAgreedPayment(Gbp.zero())}. Exact, and needs no {@code MonetaryAmount}.
     *
     * @param pence the agreed payment in pence, 0 to {@link #MAX_PAYMENT_PENCE}
     * @return a new quarter, never null
     * @throws IllegalArgumentException when the payment is negative or above £1,000,000,000.00
     */
    public AdmissionsQuarter withAgreedPaymentPence(long pence) {
        if (pence < 0) {
            throw new IllegalArgumentException("agreed payment for " + quarter + " (" + Gbp.formatPence(pence)
                    + ") must not be negative");
        }
        if (pence > MAX_PAYMENT_PENCE) {
            throw new IllegalArgumentException("agreed payment for " + quarter + " (" + Gbp.formatPence(pence)
                    + ") must be at most " + Gbp.formatPence(MAX_PAYMENT_PENCE) + " (input limit)");
        }
        return new AdmissionsQuarter(quarter, baseline, plan, actual, pence, comment);
    }

    /**
     * These figures with the comment that explains an agreed payment different from the suggested
     * one, e.g. {@code "n/a"}. Length is checked as a finding (R-IN-5), not here.
     *
     * @param text the comment, not null
     * @return a new quarter, never null
     */
    public AdmissionsQuarter withComment(String text) {
        Checks.notNull(text, "comment");
        return new AdmissionsQuarter(quarter, baseline, plan, actual, agreedPence, text);
    }

    /**
     * These figures with another actual count, for what-if scenarios.
     *
     * @param count actual admissions, 0 to 100,000,000
     * @return a new quarter, never null
     */
    public AdmissionsQuarter withActual(long count) {
        Checks.inRange(count, 0, MAX_COUNT, "actual for ", quarter);
        return new AdmissionsQuarter(quarter, baseline, plan, count, agreedPence, comment);
    }

    /**
     * The quarter of the plan and actual, e.g. Q4 2014/15.
     *
     * @return the quarter, never null
     */
    public FinancialQuarter quarter() {
        return quarter;
    }

    /**
     * Admissions in the same quarter a year earlier, e.g. 22,905 (Q4 2013/14).
     *
     * @return the count
     */
    public long baseline() {
        return baseline;
    }

    /**
     * Planned admissions, e.g. 22,667.
     *
     * @return the count
     */
    public long plan() {
        return plan;
    }

    /**
     * Actual admissions, e.g. 23,331.
     *
     * @return the count
     */
    public long actual() {
        return actual;
    }

    /**
     * The payment agreed locally, when the return gives one.
     *
     * @return the payment, or empty, never null
     */
    public Optional<MonetaryAmount> agreedPayment() {
        return hasAgreedPayment() ? Optional.of(Pence.amount(agreedPence)) : Optional.empty();
    }

    /**
     * The comment on the agreed payment, when the return gives one.
     *
     * @return the comment, or empty, never null
     */
    public Optional<String> comment() {
        return Optional.ofNullable(comment);
    }

    boolean hasAgreedPayment() {
        return agreedPence != NO_PAYMENT;
    }

    long agreedPence() {
        return agreedPence;
    }

    String commentOrNull() {
        return comment;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AdmissionsQuarter that && quarter.equals(that.quarter)
                && baseline == that.baseline && plan == that.plan && actual == that.actual
                && agreedPence == that.agreedPence && Objects.equals(comment, that.comment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(quarter, baseline, plan, actual, agreedPence, comment);
    }

    /**
     * The figures in one line, e.g.
     * {@code Q4 2014/15 baseline 22905, plan 22667, actual 23331, agreed payment 0.00}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return quarter + " baseline " + baseline + ", plan " + plan + ", actual " + actual
                + (hasAgreedPayment() ? ", agreed payment " + Gbp.formatPlainPence(agreedPence) : "")
                + (comment == null ? "" : ", comment \"" + comment + "\"");
    }
}

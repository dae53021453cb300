package org.openbcf.core.p4p;

import java.util.Objects;
import java.util.Optional;

import javax.money.MonetaryAmount;

import org.openbcf.core.money.Gbp;
import org.openbcf.core.time.FinancialQuarter;

/**
 * The payment-for-performance figures of one quarter, as the 2015/16 quarterly template shows them
 * (R-P4P-4 to R-P4P-12). Example, Norfolk Q4 2014/15: planned reduction 238 (cumulative 238),
 * actual reduction -426 (cumulative -426), maximum payment £354,620.00, suggested payment £0.00,
 * unreleased funds £354,620.00.
 *
 * <p>This class is immutable and thread-safe; equality compares every figure.
 *
 * @since 0.1.0
 */
public final class QuarterPayment {

    private final AdmissionsQuarter input;
    private final long cumulativePlannedReduction;
    private final long cumulativeActualReduction;
    private final long maximumPence;
    private final long cumulativeCapPence;
    private final long duePence;
    private final long suggestedPence;
    private final long paidPence;

    QuarterPayment(AdmissionsQuarter input, long cumulativePlannedReduction, long cumulativeActualReduction,
                   long maximumPence, long cumulativeCapPence, long duePence, long suggestedPence, long paidPence) {
        this.input = input;
        this.cumulativePlannedReduction = cumulativePlannedReduction;
        this.cumulativeActualReduction = cumulativeActualReduction;
        this.maximumPence = maximumPence;
        this.cumulativeCapPence = cumulativeCapPence;
        this.duePence = duePence;
        this.suggestedPence = suggestedPence;
        this.paidPence = paidPence;
    }

    /**
     * The quarter, e.g. Q4 2014/15.
     *
     * @return the quarter, never null
     */
    public FinancialQuarter quarter() {
        return input.quarter();
    }

    /**
     * The figures the quarter was computed from.
     *
     * @return the input, never null
     */
    public AdmissionsQuarter input() {
        return input;
    }

    /**
     * Baseline minus plan (R-P4P-4, non-cumulative), e.g. 238; negative when the plan is above the baseline.
     *
     * @return the count
     */
    public long plannedReduction() {
        return input.baseline() - input.plan();
    }

    /**
     * The planned reduction to the end of this quarter (R-P4P-4), e.g. 856 at Norfolk Q1 2015/16.
     *
     * @return the count
     */
    public long cumulativePlannedReduction() {
        return cumulativePlannedReduction;
    }

    /**
     * Baseline minus actual, "performance against baseline" (R-P4P-7), e.g. -426: more admissions than the baseline.
     *
     * @return the count
     */
    public long actualReduction() {
        return input.baseline() - input.actual();
    }

    /**
     * The actual reduction to the end of this quarter, e.g. -441 at Norfolk Q1 2015/16.
     *
     * @return the count
     */
    public long cumulativeActualReduction() {
        return cumulativeActualReduction;
    }

    /**
     * The maximum quarterly payment, planned reduction ÷ target × pot (R-P4P-5), e.g. £354,620.00.
     *
     * @return the amount, never null; negative when the planned reduction is
     */
    public MonetaryAmount maximumPayment() {
        return Pence.amount(maximumPence);
    }

    /**
     * The cap on cumulative payments to the end of this quarter, max(0, Σ maximum payments) (R-P4P-10),
     * e.g. £1,275,440.00 at Norfolk Q1 2015/16.
     *
     * @return the amount, never null, not negative
     */
    public MonetaryAmount cumulativeCap() {
        return Pence.amount(cumulativeCapPence);
    }

    /**
     * The cumulative amount due by the end of this quarter, min(max(0, cumulative actual reduction ÷
     * target × pot), cap) (R-P4P-11), e.g. £1,192,000.00 in G-10 H2 Q1.
     *
     * @return the amount, never null, not negative
     */
    public MonetaryAmount amountDue() {
        return Pence.amount(duePence);
    }

    /**
     * The suggested payment, max(0, amount due − payments made before this quarter) (R-P4P-8, R-P4P-9),
     * e.g. £1,043,000.00 in G-10 H2 Q1.
     *
     * @return the amount, never null, not negative
     */
    public MonetaryAmount suggestedPayment() {
        return Pence.amount(suggestedPence);
    }

    /**
     * Suggested unreleased funds, maximum payment − suggested payment (R-P4P-12), e.g. £354,620.00;
     * negative when surplus from earlier quarters is used (-£122,180.00 in G-10 H2 Q1).
     *
     * @return the amount, never null
     */
    public MonetaryAmount unreleasedFunds() {
        return Pence.amount(unreleasedFundsPence());
    }

    /**
     * The payment agreed locally, when the return gives one.
     *
     * @return the payment, or empty, never null
     */
    public Optional<MonetaryAmount> agreedPayment() {
        return input.agreedPayment();
    }

    /**
     * Agreed unreleased funds, maximum payment − agreed payment (R-P4P-12), when a payment was agreed.
     *
     * @return the amount, or empty, never null
     */
    public Optional<MonetaryAmount> agreedUnreleasedFunds() {
        return input.hasAgreedPayment() ? Optional.of(Pence.amount(maximumPence - input.agreedPence()))
                : Optional.empty();
    }

    /**
     * What counts as paid in this quarter: the agreed payment when given, otherwise the suggested one.
     * Later quarters subtract it as a payment already made.
     *
     * @return the amount, never null, not negative
     */
    public MonetaryAmount payment() {
        return Pence.amount(paidPence);
    }

    /**
     * {@link #maximumPayment()} in pence, e.g. 35,462,000 for £354,620.00: exact, and needs no
     * {@code MonetaryAmount} (for callers that must start fast or work in minor units).
     *
     * @return the maximum payment in pence; negative when the plan for the quarter is above its baseline
     */
    public long maximumPaymentPence() {
        return maximumPence;
    }

    /**
     * {@link #suggestedPayment()} in pence: exact, and needs no {@code MonetaryAmount}.
     *
     * @return the suggested payment in pence, never negative
     */
    public long suggestedPaymentPence() {
        return suggestedPence;
    }

    /**
     * {@link #unreleasedFunds()} in pence: exact, and needs no {@code MonetaryAmount}.
     *
     * @return the maximum payment less the suggested payment, in pence
     */
    public long unreleasedFundsPence() {
        return Math.subtractExact(maximumPence, suggestedPence);
    }

    long paidPence() {
        return paidPence;
    }

    long duePence() {
        return duePence;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QuarterPayment that && input.equals(that.input)
                && cumulativePlannedReduction == that.cumulativePlannedReduction
                && cumulativeActualReduction == that.cumulativeActualReduction
                && maximumPence == that.maximumPence && cumulativeCapPence == that.cumulativeCapPence
                && duePence == that.duePence && suggestedPence == that.suggestedPence && paidPence == that.paidPence;
    }

    @Override
    public int hashCode() {
        return Objects.hash(input, maximumPence, duePence, suggestedPence, paidPence);
    }

    /**
     * The quarter in one line, e.g. {@code Q4 2014/15: maximum £354,620.00, suggested £0.00, unreleased £354,620.00}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return quarter() + ": maximum " + Gbp.format(maximumPayment()) + ", suggested " + Gbp.format(suggestedPayment())
                + ", unreleased " + Gbp.format(unreleasedFunds());
    }
}

package org.openbcf.core.p4p;

import java.util.Optional;

import javax.money.MonetaryAmount;

import org.openbcf.core.money.Gbp;
import org.openbcf.core.money.InputLimits;

/**
 * The money terms of a payment-for-performance year: the cost of one non-elective admission
 * (£1,490 nationally in 2015/16, R-P4P-5) and, optionally, the local share that holds the
 * performance pot ("Total performance and ring-fenced funds", £16,295,000 for Norfolk, R-P4P-19).
 *
 * <p>The cost is positive and at most £1,000,000 ({@link #MAX_COST_PENCE}); the local share is not
 * negative and at most £1,000,000,000 ({@link #MAX_LOCAL_SHARE_PENCE}); both are whole pennies. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PerformanceTerms {

    /** The largest cost per admission accepted, in pence: 100,000,000 (£1,000,000.00). */
    public static final long MAX_COST_PENCE = 100_000_000L;

    /**
     * The largest local share accepted, in pence: 100,000,000,000 (£1,000,000,000.00), the library's
     * limit for money inputs ({@link InputLimits#MAX_AMOUNT_PENCE}).
     */
    public static final long MAX_LOCAL_SHARE_PENCE = InputLimits.MAX_AMOUNT_PENCE;

    private static final long NO_SHARE = -1;

    private final long costPence;
    private final long localSharePence;

    private PerformanceTerms(long costPence, long localSharePence) {
        this.costPence = costPence;
        this.localSharePence = localSharePence;
    }

    /**
     * Terms with a cost per admission and no local share: {@code of(Gbp.of(1490))}.
     *
     * @param costPerAdmission the cost of one non-elective admission, not null, positive, whole pennies
     * @return the terms, never null
     * @throws IllegalArgumentException when the cost is not positive, above £1,000,000 or not whole pennies
     */
    public static PerformanceTerms of(MonetaryAmount costPerAdmission) {
        Gbp.requireWholePennies(costPerAdmission, "cost per admission");
        return ofPence(Pence.of(costPerAdmission, "cost per admission", ""));
    }

    /**
     * Terms with a cost per admission in pence and no local share: {@code ofPence(149_000)} is
     * {@code of(Gbp.of(1490))}. Exact, and needs no {@code MonetaryAmount} (for callers that work in
     * minor units or must start fast, e.g. {@code bcf p4p}).
     *
     * @param costPerAdmissionPence the cost of one non-elective admission in pence, 1 to 100,000,000
     * @return the terms, never null
     * @throws IllegalArgumentException when the cost is not positive or above £1,000,000
     */
    public static PerformanceTerms ofPence(long costPerAdmissionPence) {
        if (costPerAdmissionPence <= 0 || costPerAdmissionPence > MAX_COST_PENCE) {
            throw new IllegalArgumentException("cost per admission (" + Gbp.formatPence(costPerAdmissionPence)
                    + ") must be more than £0.00 and at most £1,000,000.00");
        }
        return new PerformanceTerms(costPerAdmissionPence, NO_SHARE);
    }

    /**
     * Terms with a cost per admission and a local share:
     * {@code of(Gbp.of(1490), Gbp.of(16_295_000))}.
     *
     * @param costPerAdmission the cost of one non-elective admission, not null, positive, whole pennies
     * @param localShare       the total performance and ring-fenced funds, not null, not negative, whole pennies
     * @return the terms, never null
     */
    public static PerformanceTerms of(MonetaryAmount costPerAdmission, MonetaryAmount localShare) {
        return of(costPerAdmission).withLocalShare(localShare);
    }

    /**
     * These terms with another local share.
     *
     * @param localShare the total performance and ring-fenced funds, not null, not negative, whole pennies
     * @return new terms, never null
     */
    public PerformanceTerms withLocalShare(MonetaryAmount localShare) {
        Gbp.requireNonNegativePennies(localShare, "local share");
        return withLocalSharePence(Pence.of(localShare, "local share", ""));
    }

    /**
     * These terms with another local share in pence: {@code withLocalSharePence(1_629_500_000)} is
     * {@code withLocalShare(Gbp.of(16_295_000))}. Exact, and needs no {@code MonetaryAmount}.
     *
     * @param localSharePence the total performance and ring-fenced funds in pence, 0 to {@link #MAX_LOCAL_SHARE_PENCE}
     * @return new terms, never null
     * @throws IllegalArgumentException when the local share is negative or above £1,000,000,000.00
     */
    public PerformanceTerms withLocalSharePence(long localSharePence) {
        if (localSharePence < 0) {
            throw new IllegalArgumentException("local share (" + Gbp.formatPence(localSharePence) + ") must not be negative");
        }
        if (localSharePence > MAX_LOCAL_SHARE_PENCE) {
            throw new IllegalArgumentException("local share (" + Gbp.formatPence(localSharePence) + ") must be at most "
                    + Gbp.formatPence(MAX_LOCAL_SHARE_PENCE) + " (input limit)");
        }
        return new PerformanceTerms(costPence, localSharePence);
    }

    /**
     * These terms with another cost per admission and the same local share.
     *
     * @param costPerAdmission the cost, not null, positive, whole pennies
     * @return new terms, never null
     */
    public PerformanceTerms withCostPerAdmission(MonetaryAmount costPerAdmission) {
        return new PerformanceTerms(of(costPerAdmission).costPence, localSharePence);
    }

    /**
     * The cost of one non-elective admission, e.g. £1,490.00.
     *
     * @return the cost, never null
     */
    public MonetaryAmount costPerAdmission() {
        return Pence.amount(costPence);
    }

    /**
     * The local share holding the pot, e.g. £16,295,000.00, when given.
     *
     * @return the local share, or empty, never null
     */
    public Optional<MonetaryAmount> localShare() {
        return hasLocalShare() ? Optional.of(Pence.amount(localSharePence)) : Optional.empty();
    }

    long costPence() {
        return costPence;
    }

    boolean hasLocalShare() {
        return localSharePence != NO_SHARE;
    }

    long localSharePence() {
        return localSharePence;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PerformanceTerms that && costPence == that.costPence
                && localSharePence == that.localSharePence;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(costPence) * 31 + Long.hashCode(localSharePence);
    }

    /**
     * The terms in one line, e.g. {@code cost per admission £1,490.00, local share £16,295,000.00}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return "cost per admission " + Gbp.formatPence(costPence)
                + (hasLocalShare() ? ", local share " + Gbp.formatPence(localSharePence) : "");
    }
}

package org.openbcf.core.p4p;

import java.util.ArrayList;
import java.util.List;

import javax.money.MonetaryAmount;

import org.openbcf.core.internal.Checks;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.time.FinancialQuarter;

/**
 * How one payment-for-performance result differs from another over the same quarters: every change
 * is alternative − base. Example: Norfolk as reported against Norfolk exactly on plan (G-10 H1)
 * gives a total paid change of £4,866,340.00 and a total unreleased change of -£4,866,340.00.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param base        the result compared against, not null
 * @param alternative the result compared, not null, over the same quarters as {@code base}
 * @since 0.1.0
 */
public record PerformanceComparison(PerformanceResult base, PerformanceResult alternative) {

    /**
     * Checks the components.
     *
     * @param base        the result compared against
     * @param alternative the result compared
     * @throws IllegalArgumentException when the results cover different quarters
     */
    public PerformanceComparison {
        Checks.notNull(base, "base");
        Checks.notNull(alternative, "alternative");
        FinancialQuarter baseFirst = base.quarters().get(0).quarter();
        FinancialQuarter alternativeFirst = alternative.quarters().get(0).quarter();
        if (!baseFirst.equals(alternativeFirst) || base.quarters().size() != alternative.quarters().size()) {
            throw new IllegalArgumentException("results must cover the same quarters to be compared (base "
                    + baseFirst + " for " + base.quarters().size() + " quarters, alternative " + alternativeFirst
                    + " for " + alternative.quarters().size() + ")");
        }
    }

    /**
     * Compares {@code alternative} with {@code base}.
     *
     * @param base        the result compared against, not null
     * @param alternative the result compared, not null, same quarters
     * @return the comparison, never null
     */
    public static PerformanceComparison of(PerformanceResult base, PerformanceResult alternative) {
        return new PerformanceComparison(base, alternative);
    }

    /**
     * The change in one quarter, alternative − base: e.g. G-10 H2 against H1 in Q1 2015/16 has actual
     * change -82 admissions, suggested payment change £122,180.00.
     *
     * @param quarter                 the quarter, never null
     * @param actualChange            change in actual admissions
     * @param suggestedPaymentChange  change in the suggested payment, never null
     * @param unreleasedFundsChange   change in suggested unreleased funds, never null
     */
    public record QuarterChange(FinancialQuarter quarter, long actualChange, MonetaryAmount suggestedPaymentChange,
                                MonetaryAmount unreleasedFundsChange) {

        /**
         * Checks the components.
         *
         * @param quarter                the quarter
         * @param actualChange           change in actual admissions
         * @param suggestedPaymentChange change in the suggested payment
         * @param unreleasedFundsChange  change in unreleased funds
         */
        public QuarterChange {
            Checks.notNull(quarter, "quarter");
            Checks.notNull(suggestedPaymentChange, "suggestedPaymentChange");
            Checks.notNull(unreleasedFundsChange, "unreleasedFundsChange");
        }
    }

    /**
     * The change in each quarter, in order.
     *
     * @return an unmodifiable list, never null
     */
    public List<QuarterChange> quarters() {
        List<QuarterChange> changes = new ArrayList<>();
        for (int i = 0; i < base.quarters().size(); i++) {
            QuarterPayment b = base.quarters().get(i);
            QuarterPayment a = alternative.quarters().get(i);
            changes.add(new QuarterChange(b.quarter(), a.input().actual() - b.input().actual(),
                    Pence.amount(a.suggestedPaymentPence() - b.suggestedPaymentPence()),
                    Pence.amount(a.maximumPaymentPence() - a.suggestedPaymentPence() - b.maximumPaymentPence() + b.suggestedPaymentPence())));
        }
        return List.copyOf(changes);
    }

    /**
     * Change in the performance pot, e.g. £0.00 when only actuals differ.
     *
     * @return the change, never null
     */
    public MonetaryAmount performancePotChange() {
        return Pence.amount(alternative.potPence() - base.potPence());
    }

    /**
     * Change in the total paid.
     *
     * @return the change, never null
     */
    public MonetaryAmount totalPaidChange() {
        return Pence.amount(alternative.totalPaidPence() - base.totalPaidPence());
    }

    /**
     * Change in total unreleased funds.
     *
     * @return the change, never null
     */
    public MonetaryAmount totalUnreleasedFundsChange() {
        return Gbp.minus(alternative.totalUnreleasedFunds(), base.totalUnreleasedFunds());
    }
}

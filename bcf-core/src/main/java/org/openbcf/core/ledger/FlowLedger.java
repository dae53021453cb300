package org.openbcf.core.ledger;

import java.util.Optional;

import javax.money.MonetaryAmount;

import jakarta.validation.constraints.NotNull;

import org.openbcf.core.internal.Checks;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.time.FinancialYear;

/**
 * One part of the income and expenditure sheet: plan, forecast and actual per quarter, the pooled
 * fund the year-end figures should equal, and the comment the template asks for when they differ.
 *
 * <p>Norfolk 2015/16 income (G-11): plan annual total £62,460,800, pooled fund £62,461,000,
 * comment "N/A". This class is immutable and thread-safe.
 *
 * @param flow       income or expenditure, not null
 * @param plan       planned amounts, not null
 * @param forecast   forecast amounts, not null, same year as the plan
 * @param actual     actual amounts so far, not null, same year as the plan
 * @param pooledFund the pooled fund, GBP, whole pennies, not null
 * @param comment    the comment on a difference between the annual totals and the pooled fund; may be empty, not null
 * @since 0.1.0
 */
public record FlowLedger(LedgerFlow flow, QuarterlyAmounts plan, QuarterlyAmounts forecast, QuarterlyAmounts actual, MonetaryAmount pooledFund, String comment) {

    /**
     * Checks the components.
     *
     * @param flow       income or expenditure
     * @param plan       planned amounts
     * @param forecast   forecast amounts
     * @param actual     actual amounts so far
     * @param pooledFund the pooled fund
     * @param comment    the comment on a difference
     */
    public FlowLedger(@NotNull LedgerFlow flow, @NotNull QuarterlyAmounts plan, @NotNull QuarterlyAmounts forecast, @NotNull QuarterlyAmounts actual, @NotNull MonetaryAmount pooledFund, @NotNull String comment) {
        Checks.notNull(flow, "flow");
        Checks.notNull(plan, "plan");
        Checks.notNull(forecast, "forecast");
        Checks.notNull(actual, "actual");
        Checks.notNull(comment, "comment");
        Gbp.requireNonNegativePennies(pooledFund, flow.label() + " pooled fund");
        requireSameYear(plan.year(), forecast, "forecast");
        requireSameYear(plan.year(), actual, "actual");
        this.flow = flow;
        this.plan = plan;
        this.forecast = forecast;
        this.actual = actual;
        this.pooledFund = pooledFund;
        this.comment = comment;
    }

    private static void requireSameYear(FinancialYear year, QuarterlyAmounts amounts, String measure) {
        if (!amounts.year().equals(year)) {
            throw new IllegalArgumentException(measure + " year (" + amounts.year() + ") must be the plan's year " + year);
        }
    }

    /**
     * A ledger part.
     *
     * @param flow       income or expenditure, not null
     * @param plan       planned amounts, not null
     * @param forecast   forecast amounts, not null
     * @param actual     actual amounts so far, not null
     * @param pooledFund the pooled fund, not null
     * @param comment    the comment on a difference, not null (may be empty)
     * @return the ledger part, never null
     */
    public static FlowLedger of(LedgerFlow flow, QuarterlyAmounts plan, QuarterlyAmounts forecast,
                                QuarterlyAmounts actual, MonetaryAmount pooledFund, String comment) {
        return new FlowLedger(flow, plan, forecast, actual, pooledFund, comment);
    }

    /**
     * The financial year.
     *
     * @return the year, never null
     */
    public FinancialYear year() {
        return plan.year();
    }

    /**
     * One row of the part.
     *
     * @param measure plan, forecast or actual, not null
     * @return the amounts, never null
     */
    public QuarterlyAmounts row(LedgerMeasure measure) {
        return switch (Checks.notNull(measure, "measure")) {
            case PLAN -> plan;
            case FORECAST -> forecast;
            case ACTUAL -> actual;
        };
    }

    /**
     * A row's annual total (sum of the quarters present).
     *
     * @param measure plan, forecast or actual, not null
     * @return the total, never null
     */
    public MonetaryAmount annualTotal(LedgerMeasure measure) {
        return row(measure).total();
    }

    /**
     * The comment, when one was given (not blank).
     *
     * @return the comment, or empty
     */
    public Optional<String> commentText() {
        return comment.isBlank() ? Optional.empty() : Optional.of(comment.strip());
    }
}

package org.openbcf.core.ledger;

import java.util.ArrayList;
import java.util.List;

import javax.money.MonetaryAmount;

import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Findings;
import org.openbcf.core.finding.Rule;
import org.openbcf.core.finding.Severity;
import org.openbcf.core.fund.PooledFund;
import org.openbcf.core.fund.SpendingPlan;
import org.openbcf.core.internal.Checks;
import org.openbcf.core.money.Gbp;

/**
 * Checks that one year's pooled fund, spending plan and income and expenditure ledger agree: totals
 * are sums of their parts and are checked, not assumed (shared/spec/README.md, "Pools and ledgers").
 *
 * <p>Rules, besides those of {@link QuarterlyLedger#check()}:
 * <ul>
 *   <li>{@code R-POOL-1} (warning): the contributions total differs from the ledger's income pooled fund;</li>
 *   <li>{@code R-POOL-2} (warning): the spending plan total differs from the contributions total
 *       (Norfolk 2015/16, D-4: £62,462,000 planned against £62,461,000 contributed, +£1,000); also for a
 *       year-end statement's planned expenditure ({@link #checkPlannedExpenditure}).</li>
 * </ul>
 * This class is a stateless function and thread-safe.
 *
 * @since 0.1.0
 */
public final class PoolReconciliation {

    private PoolReconciliation() {
    }

    /**
     * Reconciles a year's fund, spending plan and ledger.
     *
     * @param fund     the pooled fund, not null
     * @param spending the spending plan, not null, same year
     * @param ledger   the income and expenditure ledger, not null, same year
     * @return every finding, the ledger's first, never null
     * @throws IllegalArgumentException when the three are for different years
     */
    public static Findings check(PooledFund fund, SpendingPlan spending, QuarterlyLedger ledger) {
        Checks.notNull(fund, "fund");
        Checks.notNull(spending, "spending");
        Checks.notNull(ledger, "ledger");
        if (!spending.year().equals(fund.year()) || !ledger.year().equals(fund.year())) {
            throw new IllegalArgumentException("fund (" + fund.year() + "), spending plan (" + spending.year()
                    + ") and ledger (" + ledger.year() + ") must be for the same financial year");
        }
        List<Finding> findings = new ArrayList<>(ledger.check().list());
        MonetaryAmount contributions = fund.total();
        MonetaryAmount incomePool = ledger.income().pooledFund();
        if (!Gbp.same(contributions, incomePool)) {
            findings.add(Finding.of(Rule.R_POOL_1, Severity.WARNING, "income.pooledFund",
                            "the income pooled fund differs from the partners' contributions for " + fund.year())
                    .withAmount("pooledFund", incomePool)
                    .withAmount("contributions", contributions)
                    .withAmount("difference", Gbp.of(Gbp.pounds(incomePool).subtract(Gbp.pounds(contributions)))));
        }
        findings.addAll(checkPlannedExpenditure(fund, spending.total(), "spendingPlan.total").list());
        return Findings.of(findings);
    }

    /**
     * Checks a year's planned expenditure against the partners' contributions to its pooled fund
     * ({@code R-POOL-2}, warning), with the amounts plannedExpenditure, contributions and difference
     * (planned expenditure − contributions). Norfolk 2022-23's year-end tab plans £121,808,442 of BCF
     * expenditure (L2312) and £9,671,604 from the ASC Discharge Fund against a planned pool of
     * £131,480,045: +£1 (norfolk-2023-25 R4).
     *
     * @param fund               the planned pooled fund, not null
     * @param plannedExpenditure the year's planned expenditure, not null
     * @param where              where the planned expenditure was given, e.g. {@code yearEnd.expenditure.plan}; not blank
     * @return one finding when the two differ, else none; never null
     */
    public static Findings checkPlannedExpenditure(PooledFund fund, MonetaryAmount plannedExpenditure, String where) {
        Checks.notNull(fund, "fund");
        Checks.notNull(plannedExpenditure, "plannedExpenditure");
        Checks.notBlank(where, "where");
        MonetaryAmount contributions = fund.total();
        if (Gbp.same(plannedExpenditure, contributions)) {
            return Findings.none();
        }
        return Findings.of(Finding.of(Rule.R_POOL_2, Severity.WARNING, where,
                        "planned expenditure for " + fund.year() + " differs from the partners' contributions")
                .withAmount("plannedExpenditure", plannedExpenditure)
                .withAmount("contributions", contributions)
                .withAmount("difference", Gbp.of(Gbp.pounds(plannedExpenditure).subtract(Gbp.pounds(contributions)))));
    }
}

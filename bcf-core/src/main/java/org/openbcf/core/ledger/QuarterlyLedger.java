package org.openbcf.core.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.money.MonetaryAmount;

import jakarta.validation.constraints.NotNull;

import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Findings;
import org.openbcf.core.finding.Rule;
import org.openbcf.core.finding.Severity;
import org.openbcf.core.internal.Checks;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.time.FinancialQuarter;
import org.openbcf.core.time.FinancialYear;

/**
 * The quarterly income and expenditure sheet of a BCF return ("I&amp;E (2 parts)"): income into and
 * expenditure from the pooled fund, each with plan, forecast and actual per quarter.
 *
 * <p>{@link #check()} applies the sheet's rules and reports, never throws:
 * <ul>
 *   <li>{@code R-IE-2} (error): a plan or forecast quarter is missing (all four are required);</li>
 *   <li>{@code R-IE-4} (warning): a plan or forecast annual total differs from the pooled fund
 *       ("the year-end figures should equal the total pooled fund"), with the difference
 *       (Norfolk 2015/16: D-1 −£200, D-2 −£980, D-5 −£2,301,200 and −£2,301,980);</li>
 *   <li>{@code R-IE-5} (error): such a difference with no comment;</li>
 *   <li>{@code R-IE-8} (warning): the income and expenditure pooled funds differ (D-3, £780);</li>
 *   <li>{@code R-IE-9} (info): actual year to date differs from forecast year to date (D-6).</li>
 * </ul>
 * Source: BCF Quarterly Data Collection Template Q3 2015/16, sheet 5. This class is immutable and
 * thread-safe.
 *
 * @param income      the income part, not null
 * @param expenditure the expenditure part, not null, same year as the income part
 * @since 0.1.0
 */
public record QuarterlyLedger(FlowLedger income, FlowLedger expenditure) {

    /**
     * Checks the components.
     *
     * @param income      the income part
     * @param expenditure the expenditure part
     */
    public QuarterlyLedger(@NotNull FlowLedger income, @NotNull FlowLedger expenditure) {
        Checks.notNull(income, "income");
        Checks.notNull(expenditure, "expenditure");
        if (income.flow() != LedgerFlow.INCOME) {
            throw new IllegalArgumentException("income part has flow " + income.flow() + "; it must be INCOME");
        }
        if (expenditure.flow() != LedgerFlow.EXPENDITURE) {
            throw new IllegalArgumentException("expenditure part has flow " + expenditure.flow() + "; it must be EXPENDITURE");
        }
        if (!income.year().equals(expenditure.year())) {
            throw new IllegalArgumentException("expenditure year (" + expenditure.year()
                    + ") must be the income year " + income.year());
        }
        this.income = income;
        this.expenditure = expenditure;
    }

    /**
     * A ledger of two parts.
     *
     * @param income      the income part, not null
     * @param expenditure the expenditure part, not null
     * @return the ledger, never null
     */
    public static QuarterlyLedger of(FlowLedger income, FlowLedger expenditure) {
        return new QuarterlyLedger(income, expenditure);
    }

    /**
     * The financial year.
     *
     * @return the year, never null
     */
    public FinancialYear year() {
        return income.year();
    }

    /**
     * One part.
     *
     * @param flow income or expenditure, not null
     * @return the part, never null
     */
    public FlowLedger part(LedgerFlow flow) {
        return Checks.notNull(flow, "flow") == LedgerFlow.INCOME ? income : expenditure;
    }

    /**
     * Income actual year to date minus expenditure actual year to date: the fund's balance at the
     * last reported quarter (Norfolk end of Q3 2015/16: £2,326,998, G-12).
     *
     * @return the balance, never null
     */
    public MonetaryAmount actualBalance() {
        return Gbp.of(Gbp.pounds(income.actual().total()).subtract(Gbp.pounds(expenditure.actual().total())));
    }

    /**
     * Applies the sheet's rules.
     *
     * @return the findings, in sheet order, never null
     */
    public Findings check() {
        List<Finding> findings = new ArrayList<>();
        for (FlowLedger part : List.of(income, expenditure)) {
            checkPart(part, findings);
        }
        if (!Gbp.same(income.pooledFund(), expenditure.pooledFund())) {
            findings.add(Finding.of(Rule.R_IE_8, Severity.WARNING, "expenditure.pooledFund",
                            "the expenditure pooled fund differs from the income pooled fund of the same year")
                    .withAmount("incomePooledFund", income.pooledFund())
                    .withAmount("expenditurePooledFund", expenditure.pooledFund())
                    .withAmount("difference", minus(expenditure.pooledFund(), income.pooledFund())));
        }
        return Findings.of(findings);
    }

    private static void checkPart(FlowLedger part, List<Finding> findings) {
        String flow = part.flow().label();
        boolean differs = false;
        for (LedgerMeasure measure : List.of(LedgerMeasure.PLAN, LedgerMeasure.FORECAST)) {
            QuarterlyAmounts row = part.row(measure);
            String where = flow + "." + measure.label();
            for (FinancialQuarter missing : row.missingQuarters()) {
                findings.add(Finding.of(Rule.R_IE_2, Severity.ERROR, where + "." + missing,
                        measure.label() + " " + flow + " for " + missing + " is missing; all four quarters are required"));
            }
            MonetaryAmount annual = row.total();
            if (row.isComplete() && !Gbp.same(annual, part.pooledFund())) {
                differs = true;
                findings.add(Finding.of(Rule.R_IE_4, Severity.WARNING, where + ".annualTotal",
                                measure.label() + " " + flow + " annual total differs from the pooled fund")
                        .withAmount("annualTotal", annual)
                        .withAmount("pooledFund", part.pooledFund())
                        .withAmount("difference", minus(annual, part.pooledFund())));
            }
        }
        if (differs && part.commentText().isEmpty()) {
            findings.add(Finding.of(Rule.R_IE_5, Severity.ERROR, flow + ".comment",
                    "a comment is required when the " + flow + " annual totals differ from the pooled fund"));
        }
        Optional<FinancialQuarter> last = part.actual().lastQuarter();
        if (last.isPresent()) {
            MonetaryAmount actual = part.actual().yearToDate(last.get());
            MonetaryAmount forecast = part.forecast().yearToDate(last.get());
            if (!Gbp.same(actual, forecast)) {
                findings.add(Finding.of(Rule.R_IE_9, Severity.INFO, flow + ".actual.yearToDate",
                                "actual " + flow + " to " + last.get() + " differs from the forecast; the commentary should explain it")
                        .withAmount("actual", actual)
                        .withAmount("forecast", forecast)
                        .withAmount("difference", minus(actual, forecast)));
            }
        }
    }

    private static MonetaryAmount minus(MonetaryAmount a, MonetaryAmount b) {
        BigDecimal difference = Gbp.pounds(a).subtract(Gbp.pounds(b));
        return Gbp.of(difference);
    }
}

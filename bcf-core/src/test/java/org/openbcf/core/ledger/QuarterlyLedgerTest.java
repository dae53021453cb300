package org.openbcf.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openbcf.core.NorfolkFixtures.*;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openbcf.core.finding.Rule;
import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Findings;
import org.openbcf.core.finding.Severity;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.time.FinancialQuarter;

class QuarterlyLedgerTest {

    private final QuarterlyLedger ledger = ledger2015();

    @Test
    void g11IncomeAnnualTotals() {
        assertThat(ledger.income().annualTotal(LedgerMeasure.PLAN)).isEqualTo(Gbp.of(62_460_800));
        assertThat(ledger.income().annualTotal(LedgerMeasure.FORECAST)).isEqualTo(Gbp.of(60_159_800));
        assertThat(ledger.income().annualTotal(LedgerMeasure.ACTUAL)).isEqualTo(Gbp.of(46_639_833));
        assertThat(ledger.income().forecast().yearToDate(FinancialQuarter.parse("Q3 2015/16"))).isEqualTo(Gbp.of(46_639_850));
        assertThat(ledger.income().actual().missingQuarters()).containsExactly(FinancialQuarter.parse("Q4 2015/16"));
        assertThat(ledger.income().actual().isComplete()).isFalse();
        assertThat(ledger.income().plan().isComplete()).isTrue();
    }

    @Test
    void g12ExpenditureAnnualTotalsAndBalance() {
        assertThat(ledger.expenditure().annualTotal(LedgerMeasure.PLAN)).isEqualTo(Gbp.of(62_460_800));
        assertThat(ledger.expenditure().annualTotal(LedgerMeasure.FORECAST)).isEqualTo(Gbp.of(60_159_800));
        assertThat(ledger.expenditure().annualTotal(LedgerMeasure.ACTUAL)).isEqualTo(Gbp.of(44_312_835));
        assertThat(ledger.actualBalance()).isEqualTo(Gbp.of(2_326_998));
        assertThat(ledger.year()).isEqualTo(Y2015);
        assertThat(ledger.part(LedgerFlow.EXPENDITURE)).isSameAs(ledger.expenditure());
        assertThat(ledger.part(LedgerFlow.INCOME)).isSameAs(ledger.income());
    }

    @Test
    void d1ToD5AllAppearAsFindingsWithTheirAmounts() {
        Findings findings = PoolReconciliation.check(contributions2015(), spending2015(), ledger);
        // D-1: income plan annual total vs income pooled fund, -£200
        assertThat(difference(findings, Rule.R_IE_4, "income.plan.annualTotal")).isEqualTo("-200.00");
        // D-2: expenditure plan annual total vs expenditure pooled fund, -£980
        assertThat(difference(findings, Rule.R_IE_4, "expenditure.plan.annualTotal")).isEqualTo("-980.00");
        // D-3: the two pooled funds of the same year, £780 apart
        assertThat(difference(findings, Rule.R_IE_8, "expenditure.pooledFund")).isEqualTo("780.00");
        // D-4: planned expenditure £62,462,000 vs contributions £62,461,000, +£1,000
        assertThat(difference(findings, Rule.R_POOL_2, "spendingPlan.total")).isEqualTo("1000.00");
        // D-5: forecast annual totals vs pooled funds, -£2,301,200 and -£2,301,980
        assertThat(difference(findings, Rule.R_IE_4, "income.forecast.annualTotal")).isEqualTo("-2301200.00");
        assertThat(difference(findings, Rule.R_IE_4, "expenditure.forecast.annualTotal")).isEqualTo("-2301980.00");
        // D-6: actual vs forecast year to date, -£17 and -£15 (information only)
        assertThat(difference(findings, Rule.R_IE_9, "income.actual.yearToDate")).isEqualTo("-17.00");
        assertThat(difference(findings, Rule.R_IE_9, "expenditure.actual.yearToDate")).isEqualTo("-15.00");
        // the contributions equal the income pooled fund: no R-POOL-1; "N/A" satisfies the comment rule
        assertThat(findings.ofRule(Rule.R_POOL_1).isEmpty()).isTrue();
        assertThat(findings.ofRule(Rule.R_IE_5).isEmpty()).isTrue();
        assertThat(findings.hasErrors()).isFalse();
        assertThat(findings.size()).isEqualTo(8);
        Finding d1 = findings.ofRule(Rule.R_IE_4).list().get(0);
        assertThat(d1.amounts()).containsEntry("annualTotal", Gbp.of(62_460_800)).containsEntry("pooledFund", Gbp.of(62_461_000));
        assertThat(d1.severity()).isEqualTo(Severity.WARNING);
        assertThat(d1.toString()).isEqualTo("WARNING R-IE-4 income.plan.annualTotal: plan income annual total differs from the "
                + "pooled fund (annualTotal £62,460,800.00, pooledFund £62,461,000.00, difference -£200.00)");
    }

    @Test
    void aDifferenceWithoutACommentIsAnError() {
        FlowLedger income = ledger.income();
        FlowLedger silent = FlowLedger.of(LedgerFlow.INCOME, income.plan(), income.forecast(), income.actual(), income.pooledFund(), " ");
        Findings findings = QuarterlyLedger.of(silent, ledger.expenditure()).check();
        assertThat(findings.ofRule(Rule.R_IE_5).list()).singleElement()
                .satisfies(f -> assertThat(f.where()).isEqualTo("income.comment"))
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        assertThat(findings.hasErrors()).isTrue();
        assertThat(silent.commentText()).isEmpty();
        assertThat(income.commentText()).contains("N/A");
    }

    @Test
    void aBalancedLedgerHasNoFindings() {
        QuarterlyAmounts quarters = QuarterlyAmounts.of(Y2015, List.of(Gbp.of(25), Gbp.of(25), Gbp.of(25), Gbp.of(25)));
        QuarterlyAmounts sofar = QuarterlyAmounts.of(Y2015, List.of(Gbp.of(25), Gbp.of(25)));
        FlowLedger in = FlowLedger.of(LedgerFlow.INCOME, quarters, quarters, sofar, Gbp.of(100), "");
        FlowLedger out = FlowLedger.of(LedgerFlow.EXPENDITURE, quarters, quarters, sofar, Gbp.of(100), "");
        assertThat(QuarterlyLedger.of(in, out).check()).isEqualTo(Findings.none());
        assertThat(QuarterlyLedger.of(in, out).check()).hasToString("no findings");
    }

    @Test
    void missingPlanOrForecastQuartersAreErrors() {
        QuarterlyAmounts full = QuarterlyAmounts.of(Y2015, List.of(Gbp.of(25), Gbp.of(25), Gbp.of(25), Gbp.of(25)));
        QuarterlyAmounts three = QuarterlyAmounts.of(Y2015, List.of(Gbp.of(25), Gbp.of(25), Gbp.of(25)));
        QuarterlyAmounts none = QuarterlyAmounts.of(Y2015, List.of());
        FlowLedger in = FlowLedger.of(LedgerFlow.INCOME, full, three, none, Gbp.of(100), "");
        FlowLedger out = FlowLedger.of(LedgerFlow.EXPENDITURE, full, full, none, Gbp.of(100), "");
        Findings findings = QuarterlyLedger.of(in, out).check();
        assertThat(findings.list()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("R-IE-2");
            assertThat(f.where()).isEqualTo("income.forecast.Q4 2015/16");
            assertThat(f.message()).contains("forecast income for Q4 2015/16 is missing");
        });
        assertThat(none.lastQuarter()).isEmpty();
    }

    @Test
    void rejectsAQuarterOutsideTheLedgersYear() {
        assertThatThrownBy(() -> new QuarterlyAmounts(Y2015, Map.of(FinancialQuarter.parse("Q1 2016/17"), Gbp.of(1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("quarter Q1 2016/17 is outside the ledger's year 2015/16");
        QuarterlyAmounts amounts = QuarterlyAmounts.of(Y2015, List.of(Gbp.of(1)));
        assertThatThrownBy(() -> amounts.yearToDate(FinancialQuarter.parse("Q4 2014/15")))
                .hasMessage("quarter Q4 2014/15 is outside the ledger's year 2015/16");
        assertThatThrownBy(() -> QuarterlyAmounts.of(Y2015, List.of(Gbp.of(1), Gbp.of(1), Gbp.of(1), Gbp.of(1), Gbp.of(1))))
                .hasMessageContaining("(5) must be at most 4");
        assertThatThrownBy(() -> QuarterlyAmounts.of(Y2015, List.of(Gbp.of(-1))))
                .hasMessageContaining("amount for Q1 2015/16 (-£1.00) must not be negative");
    }

    @Test
    void rejectsMixedYearsAndSwappedParts() {
        QuarterlyAmounts y15 = QuarterlyAmounts.of(Y2015, List.of());
        QuarterlyAmounts y16 = QuarterlyAmounts.of(Y2016, List.of());
        assertThatThrownBy(() -> FlowLedger.of(LedgerFlow.INCOME, y15, y16, y15, Gbp.zero(), ""))
                .hasMessage("forecast year (2016/17) must be the plan's year 2015/16");
        assertThatThrownBy(() -> FlowLedger.of(LedgerFlow.INCOME, y15, y15, y16, Gbp.zero(), ""))
                .hasMessage("actual year (2016/17) must be the plan's year 2015/16");
        FlowLedger in15 = FlowLedger.of(LedgerFlow.INCOME, y15, y15, y15, Gbp.zero(), "");
        FlowLedger out15 = FlowLedger.of(LedgerFlow.EXPENDITURE, y15, y15, y15, Gbp.zero(), "");
        FlowLedger out16 = FlowLedger.of(LedgerFlow.EXPENDITURE, y16, y16, y16, Gbp.zero(), "");
        assertThatThrownBy(() -> QuarterlyLedger.of(out15, in15)).hasMessageContaining("income part has flow EXPENDITURE");
        assertThatThrownBy(() -> QuarterlyLedger.of(in15, in15)).hasMessageContaining("expenditure part has flow INCOME");
        assertThatThrownBy(() -> QuarterlyLedger.of(in15, out16)).hasMessage("expenditure year (2016/17) must be the income year 2015/16");
        assertThatThrownBy(() -> PoolReconciliation.check(contributions2016(), spending2015(), ledger))
                .hasMessageContaining("must be for the same financial year");
        assertThatThrownBy(() -> FlowLedger.of(LedgerFlow.INCOME, y15, y15, y15, Gbp.of(-1), ""))
                .hasMessageContaining("income pooled fund (-£1.00) must not be negative");
    }

    @Test
    void contributionsThatDifferFromThePooledFundAreAFinding() {
        Findings findings = PoolReconciliation.check(contributions2015(), spending2015(),
                QuarterlyLedger.of(FlowLedger.of(LedgerFlow.INCOME, ledger.income().plan(), ledger.income().forecast(),
                        ledger.income().actual(), Gbp.of(62_460_800), "N/A"), ledger.expenditure()));
        assertThat(difference(findings, Rule.R_POOL_1, "income.pooledFund")).isEqualTo("-200.00");
    }

    private static String difference(Findings findings, Rule rule, String where) {
        return findings.ofRule(rule).filter(f -> f.where().equals(where)).list().stream()
                .map(f -> Gbp.formatPlain(f.amounts().get("difference")))
                .reduce((a, b) -> a + ";" + b).orElse("none");
    }
}

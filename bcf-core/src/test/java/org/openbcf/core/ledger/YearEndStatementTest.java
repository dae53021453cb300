package org.openbcf.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.money.MonetaryAmount;

import org.junit.jupiter.api.Test;
import org.openbcf.core.NorfolkFixtures;
import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Findings;
import org.openbcf.core.finding.Rule;
import org.openbcf.core.finding.Severity;
import org.openbcf.core.fund.FundingStream;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.time.FinancialYear;

class YearEndStatementTest {

    static final FinancialYear Y2022 = FinancialYear.parse("2022/23");
    static final String INCOME_COMMENT = "Income for ICES (Community equipment).";
    static final String SPEND_COMMENT = "Expenditure to the ICES service for Social Care.";

    /** Norfolk's 2022-23 end-of-year I&E tab (norfolk-2023-25 G3, seed 003 L2276-2320), line for line. */
    static List<YearEndLine> norfolk2022() {
        return new ArrayList<>(List.of(
                income(FundingStream.DFG, 9_157_782, null, null, ""),
                income(FundingStream.IBCF, 39_618_564, null, null, ""),
                income(FundingStream.NHS_MINIMUM, 73_032_095, null, null, ""),
                income(FundingStream.ADDITIONAL_NHS, 0, false, null, ""),
                income(FundingStream.ADDITIONAL_LA, 0, true, 2_782_610L, INCOME_COMMENT),
                income(FundingStream.ASC_DISCHARGE_FUND_LA, 3_482_232, false, null, ""),
                income(FundingStream.ASC_DISCHARGE_FUND_ICB, 6_189_372, true, 6_195_700L, INCOME_COMMENT),
                spend(121_808_442, true, 124_591_051L, SPEND_COMMENT),
                spend(9_671_604, false, 73_032_095L, "")));
    }

    static YearEndLine income(FundingStream stream, long plan, Boolean differs, Long actual, String comment) {
        return YearEndLine.of(LedgerFlow.INCOME, Optional.of(stream), Gbp.of(plan), Optional.ofNullable(differs),
                Optional.ofNullable(actual).map(Gbp::of), comment);
    }

    static YearEndLine spend(long plan, Boolean differs, Long actual, String comment) {
        return YearEndLine.of(LedgerFlow.EXPENDITURE, Optional.empty(), Gbp.of(plan), Optional.ofNullable(differs),
                Optional.ofNullable(actual).map(Gbp::of), comment);
    }

    // G3: BCF + Discharge Fund planned 131,480,045, actual 134,268,983; BCF expenditure actual 124,591,051
    @Test
    void g3NorfolkYearEndIncomeAndExpenditure() {
        YearEndStatement s = YearEndStatement.of(Y2022, norfolk2022());
        assertThat(s.year()).isEqualTo(Y2022);
        assertThat(s.lines()).hasSize(9);
        assertThat(s.plannedIncome()).isEqualTo(Gbp.of(131_480_045));
        assertThat(s.actualIncome()).isEqualTo(Gbp.of(134_268_983));
        assertThat(s.lines().get(7).actual()).isEqualTo(Gbp.of(124_591_051));
        assertThat(s.plannedExpenditure()).isEqualTo(Gbp.of(131_480_046));
        // the Discharge Fund's entered £73,032,095 is taken as it stands (and reported, R5)
        assertThat(s.actualExpenditure()).isEqualTo(Gbp.of(124_591_051 + 73_032_095));
        assertThat(s).hasToString("2022/23 year-end: income planned £131,480,045.00, actual £134,268,983.00; "
                + "expenditure planned £131,480,046.00, actual £197,623,146.00");
    }

    // R5: ASC Discharge Fund expenditure plan £9,671,604, flag No, actual £73,032,095
    @Test
    void r5NorfolksDischargeFundSpendFlaggedNoWithAnotherActualIsTheOneFinding() {
        Findings findings = YearEndStatement.of(Y2022, norfolk2022()).check();
        assertThat(findings.size()).isEqualTo(1);
        Finding f = findings.list().get(0);
        assertThat(f.rule()).isEqualTo(Rule.R_IE_10);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.where()).isEqualTo("yearEnd.lines[9].actual");
        assertThat(f.message()).isEqualTo("expenditure line 9 is flagged No (actual equals plan) but its actual "
                + "£73,032,095.00 differs from its plan £9,671,604.00");
        assertThat(f.amounts()).containsEntry("plan", Gbp.of(9_671_604)).containsEntry("actual", Gbp.of(73_032_095))
                .containsEntry("difference", Gbp.of(63_360_491));
    }

    @Test
    void norfolksIncomeAgreesWithItsPlannedAndActualFundsStreamByStream() {
        YearEndStatement s = YearEndStatement.of(Y2022, norfolk2022());
        Findings findings = s.check(NorfolkFixtures.pool2022Planned(), NorfolkFixtures.pool2022Actual());
        assertThat(findings.list()).extracting(Finding::rule).containsExactly(Rule.R_IE_10);
    }

    // R4: planned BCF expenditure £121,808,442 (L2312) + Discharge Fund £9,671,604 against the planned pool
    // £131,480,045 (L2299): £1 more planned to be spent than pooled
    @Test
    void r4NorfolksPlannedExpenditureIsOnePoundAboveThePlannedPool() {
        YearEndStatement s = YearEndStatement.of(Y2022, norfolk2022());
        Findings findings = PoolReconciliation.checkPlannedExpenditure(NorfolkFixtures.pool2022Planned(),
                s.plannedExpenditure(), "yearEnd.expenditure.plan");
        assertThat(findings.size()).isEqualTo(1);
        Finding f = findings.list().get(0);
        assertThat(f.rule()).isEqualTo(Rule.R_POOL_2);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.where()).isEqualTo("yearEnd.expenditure.plan");
        assertThat(f.amounts()).containsEntry("plannedExpenditure", Gbp.of(121_808_442 + 9_671_604))
                .containsEntry("contributions", Gbp.of(131_480_045)).containsEntry("difference", Gbp.of(1));
        assertThat(PoolReconciliation.checkPlannedExpenditure(NorfolkFixtures.pool2022Planned(), Gbp.of(131_480_045),
                "yearEnd.expenditure.plan")).isEqualTo(Findings.none());
    }

    @Test
    void incomeThatDiffersFromTheFundIsAWarningNamingTheStream() {
        List<YearEndLine> lines = norfolk2022();
        lines.set(6, income(FundingStream.ASC_DISCHARGE_FUND_ICB, 6_189_372, true, 6_195_701L, INCOME_COMMENT));
        lines.remove(0);
        Findings findings = YearEndStatement.of(Y2022, lines)
                .check(NorfolkFixtures.pool2022Planned(), NorfolkFixtures.pool2022Actual()).ofRule(Rule.R_IE_14);
        assertThat(findings.list()).extracting(Finding::where).containsExactly(
                "yearEnd.income[Disabled Facilities Grant].plan",
                "yearEnd.income[Disabled Facilities Grant].actual",
                "yearEnd.income[ASC Discharge Fund (ICB)].actual");
        Finding dfg = findings.list().get(0);
        assertThat(dfg.severity()).isEqualTo(Severity.WARNING);
        assertThat(dfg.message()).isEqualTo("the year-end planned income from Disabled Facilities Grant £0.00 differs "
                + "from the pooled fund's £9,157,782.00");
        assertThat(dfg.amounts()).containsEntry("statement", Gbp.zero()).containsEntry("fund", Gbp.of(9_157_782))
                .containsEntry("difference", Gbp.of(-9_157_782));
        assertThat(findings.list().get(2).amounts()).containsEntry("difference", Gbp.of(1));
    }

    @Test
    void incomeLinesWithoutAStreamAreComparedInTotal() {
        List<YearEndLine> lines = List.of(
                YearEndLine.of(LedgerFlow.INCOME, Optional.empty(), Gbp.of(131_480_045), Optional.of(true),
                        Optional.of(Gbp.of(134_268_983)), INCOME_COMMENT));
        YearEndStatement s = YearEndStatement.of(Y2022, lines);
        assertThat(s.check(NorfolkFixtures.pool2022Planned(), NorfolkFixtures.pool2022Actual())).isEqualTo(Findings.none());
        Findings off = s.check(NorfolkFixtures.pool2022Actual(), NorfolkFixtures.pool2022Planned());
        assertThat(off.list()).extracting(Finding::where).containsExactly("yearEnd.income.plan", "yearEnd.income.actual");
        assertThat(off.list().get(0).message()).isEqualTo("the year-end planned income £131,480,045.00 differs from the "
                + "pooled fund's £134,268,983.00");
        assertThat(off.list().get(1).amounts()).containsEntry("difference", Gbp.of(134_268_983 - 131_480_045));
    }

    @Test
    void aYesFlagNeedsAnActualThatDiffersAndAComment() {
        List<YearEndLine> lines = List.of(
                spend(100, true, null, "why"),
                spend(100, true, 100L, "why"),
                spend(100, true, 120L, " "),
                spend(100, true, null, ""),
                spend(100, false, 100L, ""),
                spend(100, false, null, ""),
                spend(100, null, 150L, ""));
        Findings findings = YearEndStatement.of(Y2022, lines).check();
        assertThat(findings.list()).extracting(f -> f.rule() + " " + f.where()).containsExactly(
                "R-IE-11 yearEnd.lines[1].actual",
                "R-IE-12 yearEnd.lines[2].actual",
                "R-IE-13 yearEnd.lines[3].comment",
                "R-IE-11 yearEnd.lines[4].actual",
                "R-IE-13 yearEnd.lines[4].comment");
        assertThat(findings.list().get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(findings.list().get(0).message()).isEqualTo("expenditure line 1 is flagged Yes (actual differs from plan) "
                + "but has no actual entered");
        assertThat(findings.list().get(0).amounts()).containsEntry("plan", Gbp.of(100));
        assertThat(findings.list().get(1).severity()).isEqualTo(Severity.WARNING);
        assertThat(findings.list().get(1).message()).isEqualTo("expenditure line 2 is flagged Yes (actual differs from plan) "
                + "but its actual equals its plan £100.00");
        assertThat(findings.list().get(2).severity()).isEqualTo(Severity.WARNING);
        assertThat(findings.list().get(2).message()).isEqualTo("expenditure line 3 is flagged Yes (actual differs from plan) "
                + "but has no comment explaining the change");
    }

    @Test
    void theActualIsTheEnteredFigureNeverPlanPlusEntered() {
        // IE1: "enter the actual income, NOT the difference"
        YearEndLine la = income(FundingStream.ADDITIONAL_LA, 500, true, 2_782_610L, INCOME_COMMENT);
        assertThat(la.actual()).isEqualTo(Gbp.of(2_782_610));
        assertThat(income(FundingStream.DFG, 9_157_782, null, null, "").actual()).isEqualTo(Gbp.of(9_157_782));
        assertThat(income(FundingStream.DFG, 7, false, null, "").actual()).isEqualTo(Gbp.of(7));
        assertThat(income(FundingStream.DFG, 7, true, null, "").actual()).isEqualTo(Gbp.of(7));
        assertThat(la).hasToString("income additional LA contribution: plan £500.00, differs Yes, actual £2,782,610.00 "
                + "(Income for ICES (Community equipment).)");
        assertThat(spend(9, null, null, "")).hasToString("expenditure: plan £9.00");
        assertThat(YearEndStatement.of(Y2022, List.of(income(FundingStream.ADDITIONAL_LA, 5, true, null, "c"))).check()
                .list().get(0).message()).startsWith("income line 1 (additional LA contribution) is flagged Yes");
        assertThat(spend(9, false, null, " c ").comment()).isEqualTo("c");
    }

    @Test
    void badLinesAndStatementsAreRefusedNamingTheField() {
        assertThatThrownBy(() -> income(FundingStream.DFG, -1, null, null, "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("income plan of Disabled Facilities Grant (-£1.00)");
        assertThatThrownBy(() -> YearEndLine.of(LedgerFlow.EXPENDITURE, Optional.empty(), Gbp.of(1), Optional.of(true),
                Optional.of(Gbp.parse("0.005")), "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expenditure actual");
        assertThatThrownBy(() -> income(FundingStream.DFG, 1, true, -2L, "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("income actual of Disabled Facilities Grant (-£2.00)");
        MonetaryAmount one = Gbp.of(1);
        assertThatThrownBy(() -> YearEndLine.of(null, Optional.empty(), one, Optional.empty(), Optional.empty(), ""))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("flow");
        assertThatThrownBy(() -> YearEndLine.of(LedgerFlow.INCOME, null, one, Optional.empty(), Optional.empty(), ""))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("stream");
        assertThatThrownBy(() -> YearEndLine.of(LedgerFlow.INCOME, Optional.empty(), one, null, Optional.empty(), ""))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("differsFromPlan");
        assertThatThrownBy(() -> YearEndLine.of(LedgerFlow.INCOME, Optional.empty(), one, Optional.empty(), null, ""))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("actualEntered");
        assertThatThrownBy(() -> YearEndLine.of(LedgerFlow.INCOME, Optional.empty(), one, Optional.empty(), Optional.empty(), null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("comment");
        assertThatThrownBy(() -> YearEndStatement.of(FinancialYear.parse("2021/22"), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("year-end statement year (2021/22)")
                .hasMessageContaining("2022/23 or later");
        assertThat(YearEndStatement.of(Y2022, List.of()).check()).isEqualTo(Findings.none());
        List<YearEndLine> withNull = new ArrayList<>(norfolk2022());
        withNull.add(null);
        assertThatThrownBy(() -> YearEndStatement.of(Y2022, withNull)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("lines[9]");
        assertThatThrownBy(() -> YearEndStatement.of(null, List.of())).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("year");
        assertThatThrownBy(() -> YearEndStatement.of(Y2022, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("lines");
        YearEndStatement s = YearEndStatement.of(Y2022, norfolk2022());
        assertThatThrownBy(() -> s.check(null, NorfolkFixtures.pool2022Actual())).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("planned");
        assertThatThrownBy(() -> s.check(NorfolkFixtures.pool2022Planned(), null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("actual");
        YearEndStatement later = YearEndStatement.of(FinancialYear.parse("2023/24"), List.of());
        assertThatThrownBy(() -> later.check(NorfolkFixtures.pool2022Planned(), NorfolkFixtures.pool2022Actual()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pooled fund year (2022/23)")
                .hasMessageContaining("(2023/24)");
        assertThat(s).isEqualTo(YearEndStatement.of(Y2022, norfolk2022())).hasSameHashCodeAs(YearEndStatement.of(Y2022, norfolk2022()))
                .isNotEqualTo(YearEndStatement.of(Y2022, List.of())).isNotEqualTo(later).isNotEqualTo("s");
    }
}

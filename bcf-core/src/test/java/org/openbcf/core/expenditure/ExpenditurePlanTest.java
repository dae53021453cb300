package org.openbcf.core.expenditure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openbcf.core.expenditure.OtherBoard.Y2025;
import static org.openbcf.core.expenditure.OtherBoard.line;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Findings;
import org.openbcf.core.finding.Rule;
import org.openbcf.core.finding.Severity;
import org.openbcf.core.fund.FundingStream;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.time.FinancialYear;
import org.openbcf.core.year.BcfYear;
import org.openbcf.core.year.MandatorySpend;

class ExpenditurePlanTest {

    @Test
    void anotherBoardsPlanDerivesItsMinimumsAsTheTemplateSummaryDoes() {
        ExpenditurePlan plan = OtherBoard.plan();
        assertThat(plan.year()).isEqualTo(Y2025);
        assertThat(plan.lines()).hasSize(8);
        assertThat(plan.total()).isEqualTo(Gbp.of(46_458_845));
        assertThat(plan.totalBySource()).containsExactly(
                java.util.Map.entry(FundingStream.NHS_MINIMUM, Gbp.of(30_000_000)),
                java.util.Map.entry(FundingStream.DFG, Gbp.of(2_250_000)),
                java.util.Map.entry(FundingStream.LABCG, Gbp.of(13_208_845)),
                java.util.Map.entry(FundingStream.ADDITIONAL_LA, Gbp.of(1_000_000)));
        assertThat(plan.totalByArea()).containsExactly(
                java.util.Map.entry(AreaOfSpend.SOCIAL_CARE, Gbp.of(24_708_845)),
                java.util.Map.entry(AreaOfSpend.COMMUNITY_HEALTH, Gbp.of(16_000_000)),
                java.util.Map.entry(AreaOfSpend.ACUTE, Gbp.of(3_500_000)),
                java.util.Map.entry(AreaOfSpend.OTHER, Gbp.of(2_250_000)));
        // social care lines 1 and 2 from the NHS minimum; LABCG and additional LA social care do not count
        assertThat(plan.adultSocialCareFromNhsMinimum()).isEqualTo(Gbp.of(10_500_000));
        // line 3 (NHS) 12,000,000 + line 5 (Joint 62.5%) 2,500,000; line 4 is acute, lines 1 and 2 are LA
        assertThat(plan.nhsCommissionedOutOfHospital()).isEqualTo(Gbp.of(14_500_000));
        assertThat(plan.outOfHospitalFromNhsMinimum()).isEqualTo(Gbp.of(26_500_000));
        assertThat(plan.reablementFromNhsMinimum()).isEqualTo(Gbp.of(9_000_000));
        assertThat(plan.carersFromNhsMinimum()).isEqualTo(Gbp.of(1_500_000));
        assertThat(plan.spendFromNhsMinimum(MandatorySpend.REABLEMENT)).isEqualTo(Gbp.of(9_000_000));
        assertThat(plan.spendFromNhsMinimum(MandatorySpend.CARERS)).isEqualTo(Gbp.of(1_500_000));
        assertThat(plan.spendFromNhsMinimum(MandatorySpend.OUT_OF_HOSPITAL)).isEqualTo(Gbp.of(26_500_000));
        assertThat(plan).hasToString("2025/26 expenditure plan: £46,458,845.00 from 8 lines");
    }

    @Test
    void spendByTypeIsEachSchemeTypesLinesFromEverySourceInAlphabeticalOrder() {
        // shared/spec has no spend by scheme type to the penny: norfolk-2023-25-plan-and-year-end.md L435-437 lists
        // the ASC Discharge Fund's scheme types and how many rows each has, with no amounts. So the golden figures
        // are OtherBoard's eight lines added up by hand, one type each (lines 1 to 8):
        assertThat(OtherBoard.plan().totalBySchemeType()).containsExactly(
                java.util.Map.entry("Assistive Technologies and Equipment", Gbp.of(1_000_000)),
                java.util.Map.entry("Carers Services", Gbp.of(1_500_000)),
                java.util.Map.entry("Community Based Schemes", Gbp.of(12_000_000)),
                java.util.Map.entry("DFG Related Schemes", Gbp.of(2_250_000)),
                java.util.Map.entry("Home Care or Domiciliary Care", Gbp.of(13_208_845)),
                java.util.Map.entry("Integrated Care Planning and Navigation", Gbp.of(3_500_000)),
                java.util.Map.entry("Reablement in a Person's Own Home", Gbp.of(9_000_000)),
                java.util.Map.entry("Urgent Community Response", Gbp.of(4_000_000)));
        // 1,000,000 + 1,500,000 + 12,000,000 + 2,250,000 + 13,208,845 + 3,500,000 + 9,000,000 + 4,000,000
        assertThat(Gbp.sum(OtherBoard.plan().totalBySchemeType().values())).isEqualTo(Gbp.of(46_458_845));
    }

    @Test
    void aSchemeTypeWrittenInAnotherCaseIsTheSameTypeKeyedByItsMostUsedSpelling() {
        // the scheme types of the 2022-23 ASC Discharge Fund tab (norfolk-2023-25-plan-and-year-end.md L435), in pence
        List<ExpenditureLine> lines = List.of(
                pence("1", "Home Care or Domiciliary Care", FundingStream.NHS_MINIMUM, 10_001),
                pence("2", "home care or domiciliary care", FundingStream.LABCG, 99),
                pence("3", "Administration", FundingStream.NHS_MINIMUM, 7),
                pence("4", "HOME CARE OR DOMICILIARY CARE", FundingStream.DFG, 1),
                pence("5", "bed based intermediate care services", FundingStream.NHS_MINIMUM, 250),
                pence("6", "Home Care or Domiciliary Care", FundingStream.NHS_MINIMUM, 3),
                pence("7", "  Administration ", FundingStream.LABCG, 0));
        java.util.Map<String, javax.money.MonetaryAmount> byType = ExpenditurePlan.of(Y2025, lines).totalBySchemeType();
        // alphabetical ignoring case: lower-case "bed" between "Administration" and "Home"
        assertThat(byType).containsExactly(
                java.util.Map.entry("Administration", Gbp.ofPence(7)),
                java.util.Map.entry("bed based intermediate care services", Gbp.ofPence(250)),
                java.util.Map.entry("Home Care or Domiciliary Care", Gbp.ofPence(10_104)));
        assertThat(byType.get("HOME CARE OR DOMICILIARY CARE")).isEqualTo(Gbp.ofPence(10_104));
        assertThat(byType.containsKey("administration")).isTrue();
        assertThat(byType.containsKey("Administration ")).isFalse();
        assertThatThrownBy(() -> byType.put("Other", Gbp.zero())).isInstanceOf(UnsupportedOperationException.class);

        // a tie between two spellings: the first in code-point order, whichever line comes first
        ExpenditureLine upper = pence("1", "Carers Services", FundingStream.NHS_MINIMUM, 100);
        ExpenditureLine lower = pence("2", "carers services", FundingStream.NHS_MINIMUM, 1);
        assertThat(ExpenditurePlan.of(Y2025, List.of(lower, upper)).totalBySchemeType())
                .containsExactly(java.util.Map.entry("Carers Services", Gbp.ofPence(101)));
        assertThat(ExpenditurePlan.of(Y2025, List.of(upper, lower)).totalBySchemeType())
                .containsExactly(java.util.Map.entry("Carers Services", Gbp.ofPence(101)));
        // two lines outvote one, whatever the order
        assertThat(ExpenditurePlan.of(Y2025, List.of(upper, lower, lower)).totalBySchemeType())
                .containsExactly(java.util.Map.entry("carers services", Gbp.ofPence(102)));
        assertThat(ExpenditurePlan.of(Y2025, List.of(lower, upper, upper)).totalBySchemeType())
                .containsExactly(java.util.Map.entry("Carers Services", Gbp.ofPence(201)));
    }

    private static ExpenditureLine pence(String id, String type, FundingStream source, long pence) {
        return ExpenditureLine.of(id, "", type, AreaOfSpend.SOCIAL_CARE, Commissioner.LA, null, source, Gbp.ofPence(pence));
    }

    @Test
    void anotherBoardsPlanAgainstItsPoolHasNoFindings() {
        ExpenditurePlan plan = OtherBoard.plan();
        assertThat(plan.check(OtherBoard.pool())).isEqualTo(Findings.none());
        assertThat(plan.checkStated(Optional.of(Gbp.of(10_500_000)), Optional.of(Gbp.of(14_500_000)))).isEqualTo(Findings.none());
        assertThat(plan.checkStated(Optional.empty(), Optional.empty())).isEqualTo(Findings.none());
        assertThat(OtherBoard.pool().checkStatedTotal(Gbp.of(46_458_845))).isEqualTo(Findings.none());
    }

    @Test
    void spendFromASourceAboveItsContributionsIsAnErrorWithTheExcess() {
        List<ExpenditureLine> lines = OtherBoard.lines();
        lines.add(line("9", "More adaptations", "DFG Related Schemes", AreaOfSpend.OTHER, Commissioner.LA, null,
                FundingStream.DFG, 1));
        lines.add(line("10", "Voluntary", "Other", AreaOfSpend.OTHER, Commissioner.NHS, null, FundingStream.ADDITIONAL_NHS, 5));
        Findings findings = ExpenditurePlan.of(Y2025, lines).check(OtherBoard.pool());
        assertThat(findings.list()).extracting(Finding::rule).containsExactly(Rule.R_EXP_1, Rule.R_EXP_1);
        Finding dfg = findings.list().get(0);
        assertThat(dfg.severity()).isEqualTo(Severity.ERROR);
        assertThat(dfg.where()).isEqualTo("expenditure.source[Disabled Facilities Grant]");
        assertThat(dfg.amounts()).containsEntry("spend", Gbp.of(2_250_001)).containsEntry("contributions", Gbp.of(2_250_000))
                .containsEntry("excess", Gbp.of(1));
        assertThat(dfg.message()).isEqualTo("planned spend from Disabled Facilities Grant £2,250,001.00 exceeds its "
                + "contributions £2,250,000.00 by £1.00");
        // a stream the pool lacks has £0 of contributions
        assertThat(findings.list().get(1).amounts()).containsEntry("contributions", Gbp.zero()).containsEntry("excess", Gbp.of(5));
    }

    @Test
    void spendExactlyAtTheContributionsOrBelowIsNoFinding() {
        List<ExpenditureLine> lines = OtherBoard.lines();
        lines.remove(6);
        assertThat(ExpenditurePlan.of(Y2025, lines).check(OtherBoard.pool())).isEqualTo(Findings.none());
    }

    @Test
    void aLineFromAStreamThatDoesNotExistThatYearIsAnErrorNamingTheLine() {
        List<ExpenditureLine> lines = OtherBoard.lines();
        lines.add(line("9", "Old iBCF scheme", "Other", AreaOfSpend.SOCIAL_CARE, Commissioner.LA, null, FundingStream.IBCF, 500_000));
        Findings findings = ExpenditurePlan.of(Y2025, lines).check(OtherBoard.pool());
        assertThat(findings.list()).extracting(Finding::rule).containsExactly(Rule.R_EXP_4);
        Finding f = findings.list().get(0);
        assertThat(f.where()).isEqualTo("expenditure.lines[9].source");
        assertThat(f.message()).isEqualTo("expenditure line 9 (scheme 9): funding stream iBCF does not exist in 2025/26 "
                + "(iBCF exists 2017/18 to 2024/25)");
        assertThat(f.amounts()).containsEntry("amount", Gbp.of(500_000));
    }

    @Test
    void aPlanIsCheckedOnlyAgainstThePoolOfItsYear() {
        ExpenditurePlan plan = ExpenditurePlan.of(FinancialYear.parse("2024/25"), OtherBoard.lines());
        assertThatThrownBy(() -> plan.check(OtherBoard.pool())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pooled fund year (2025/26)").hasMessageContaining("(2024/25)");
        assertThatThrownBy(() -> plan.checkMandatorySpend(BcfYear.parse("2025/26")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BCF year (2025/26) must be the expenditure plan's year (2024/25)");
    }

    @Test
    void aStatedFigureThatDiffersFromTheDerivedOneIsAWarningWithTheDifference() {
        Findings findings = OtherBoard.plan().checkStated(Optional.of(Gbp.of(10_400_000)), Optional.of(Gbp.of(14_600_000)));
        assertThat(findings.list()).extracting(Finding::rule).containsExactly(Rule.R_EXP_2, Rule.R_EXP_2);
        Finding asc = findings.list().get(0);
        assertThat(asc.severity()).isEqualTo(Severity.WARNING);
        assertThat(asc.where()).isEqualTo("expenditure.adultSocialCareFromNhsMinimum");
        assertThat(asc.amounts()).containsEntry("stated", Gbp.of(10_400_000)).containsEntry("derived", Gbp.of(10_500_000))
                .containsEntry("difference", Gbp.of(-100_000));
        assertThat(asc.message()).isEqualTo("the stated adult social care spend from the NHS minimum £10,400,000.00 "
                + "differs from the £10,500,000.00 derived from the expenditure plan");
        Finding ooh = findings.list().get(1);
        assertThat(ooh.where()).isEqualTo("expenditure.nhsCommissionedOutOfHospital");
        assertThat(ooh.amounts()).containsEntry("difference", Gbp.of(100_000));
        assertThat(OtherBoard.plan().checkStated(Optional.empty(), Optional.of(Gbp.of(1))).list())
                .extracting(Finding::where).containsExactly("expenditure.nhsCommissionedOutOfHospital");
    }

    @Test
    void the2022NhsMinimumMustFundReablementCarersAndOutOfHospitalServices() {
        FinancialYear y2022 = FinancialYear.parse("2022/23");
        ExpenditurePlan full = ExpenditurePlan.of(y2022, OtherBoard.lines());
        assertThat(full.checkMandatorySpend(BcfYear.of(y2022))).isEqualTo(Findings.none());

        // only acute spend from the NHS minimum: none of the three
        ExpenditurePlan acute = ExpenditurePlan.of(y2022, List.of(line("4", "Discharge", "Integrated Care Planning and "
                + "Navigation", AreaOfSpend.ACUTE, Commissioner.NHS, null, FundingStream.NHS_MINIMUM, 3_500_000)));
        Findings findings = acute.checkMandatorySpend(BcfYear.of(y2022));
        assertThat(findings.list()).extracting(Finding::where).containsExactly(
                "expenditure.nhsMinimum.mandatorySpend[reablement]",
                "expenditure.nhsMinimum.mandatorySpend[support for unpaid carers]",
                "expenditure.nhsMinimum.mandatorySpend[out-of-hospital services]");
        Finding reablement = findings.list().get(0);
        assertThat(reablement.rule()).isEqualTo(Rule.R_EXP_3);
        assertThat(reablement.severity()).isEqualTo(Severity.WARNING);
        assertThat(reablement.message()).isEqualTo("the 2022/23 NHS minimum contribution must fund reablement, but the "
                + "expenditure plan has no reablement from it");
        assertThat(reablement.amounts()).containsEntry("nhsMinimumSpend", Gbp.of(3_500_000));

        // carers funded from the LABCG, not the NHS minimum, do not count
        List<ExpenditureLine> lines = OtherBoard.lines();
        lines.remove(1);
        lines.add(line("2", "Carers", "Carers Services", AreaOfSpend.SOCIAL_CARE, Commissioner.LA, null, FundingStream.IBCF, 1));
        assertThat(ExpenditurePlan.of(y2022, lines).checkMandatorySpend(BcfYear.of(y2022)).list())
                .extracting(Finding::where).containsExactly("expenditure.nhsMinimum.mandatorySpend[support for unpaid carers]");
    }

    @Test
    void whenTheYearsRequirementIsTheCallersTheCheckIsOneInformationNote() {
        Findings findings = OtherBoard.plan().checkMandatorySpend(BcfYear.parse("2025/26"));
        assertThat(findings.size()).isEqualTo(1);
        Finding f = findings.list().get(0);
        assertThat(f.rule()).isEqualTo(Rule.R_EXP_3);
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.where()).isEqualTo("expenditure.nhsMinimum.mandatorySpend");
        assertThat(f.message()).startsWith("not checked: openbcf's sources do not give what the 2025/26 NHS minimum "
                + "contribution must fund").contains("bcf-2024-27 §1.3").endsWith("supply the requirement (a dataset's nhs_minimum_must_fund) to check it");

        // the caller supplies the requirement: checked, and the finding says whose requirement it was
        ExpenditurePlan noCarers = ExpenditurePlan.of(Y2025, List.of(line("1", "", "Reablement in a Person's Own Home",
                AreaOfSpend.SOCIAL_CARE, Commissioner.LA, null, FundingStream.NHS_MINIMUM, 1)));
        Findings supplied = noCarers.checkMandatorySpend(BcfYear.parse("2025/26").nhsMinimumMustFund()
                .supply(Set.of(MandatorySpend.REABLEMENT, MandatorySpend.CARERS)));
        assertThat(supplied.list()).singleElement().satisfies(s -> {
            assertThat(s.severity()).isEqualTo(Severity.WARNING);
            assertThat(s.message()).endsWith("(requirement supplied by the caller)");
        });
        assertThat(noCarers.checkMandatorySpend(BcfYear.parse("2025/26").nhsMinimumMustFund()
                .supply(EnumSet.of(MandatorySpend.REABLEMENT)))).isEqualTo(Findings.none());
    }

    @Test
    void anEmptyPlanHasNothingAndCheckedAgainstAPoolHasNoFinding() {
        ExpenditurePlan empty = ExpenditurePlan.of(Y2025, List.of());
        assertThat(empty.total()).isEqualTo(Gbp.zero());
        assertThat(empty.totalBySource()).isEmpty();
        assertThat(empty.totalByArea()).isEmpty();
        assertThat(empty.totalBySchemeType()).isEmpty();
        assertThat(empty.check(OtherBoard.pool())).isEqualTo(Findings.none());
    }

    @Test
    void thePlanBeforeTheNhsMinimumUsesTheCcgMinimum() {
        FinancialYear y2017 = FinancialYear.parse("2017/18");
        ExpenditurePlan plan = ExpenditurePlan.of(y2017, List.of(
                line("1", "", "Reablement", AreaOfSpend.SOCIAL_CARE, Commissioner.JOINT, "50", FundingStream.CCG_MINIMUM, 100),
                line("2", "", "Carers", AreaOfSpend.MENTAL_HEALTH, Commissioner.NHS, null, FundingStream.CCG_MINIMUM, 30),
                line("3", "", "Reablement", AreaOfSpend.SOCIAL_CARE, Commissioner.LA, null, FundingStream.IBCF, 70)));
        assertThat(plan.adultSocialCareFromNhsMinimum()).isEqualTo(Gbp.of(100));
        assertThat(plan.nhsCommissionedOutOfHospital()).isEqualTo(Gbp.of(80));
        assertThat(plan.reablementFromNhsMinimum()).isEqualTo(Gbp.of(100));
        assertThat(plan.carersFromNhsMinimum()).isEqualTo(Gbp.of(30));
    }

    @Test
    void plansAreValuesAndRefuseNulls() {
        assertThat(OtherBoard.plan()).isEqualTo(OtherBoard.plan()).hasSameHashCodeAs(OtherBoard.plan())
                .isNotEqualTo(ExpenditurePlan.of(FinancialYear.parse("2024/25"), OtherBoard.lines()))
                .isNotEqualTo(ExpenditurePlan.of(Y2025, List.of())).isNotEqualTo("plan");
        List<ExpenditureLine> withNull = new ArrayList<>(OtherBoard.lines());
        withNull.add(null);
        assertThatThrownBy(() -> ExpenditurePlan.of(Y2025, withNull)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("lines[8]");
        assertThatThrownBy(() -> ExpenditurePlan.of(null, List.of())).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("year");
        assertThatThrownBy(() -> ExpenditurePlan.of(Y2025, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("lines");
        ExpenditurePlan plan = OtherBoard.plan();
        assertThatThrownBy(() -> plan.check(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("fund");
        assertThatThrownBy(() -> plan.checkStated(null, Optional.empty())).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("statedAdultSocialCare");
        assertThatThrownBy(() -> plan.checkStated(Optional.empty(), null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("statedOutOfHospital");
        assertThatThrownBy(() -> plan.checkMandatorySpend((BcfYear) null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("year");
        assertThatThrownBy(() -> plan.checkMandatorySpend((org.openbcf.core.year.YearValue<Set<MandatorySpend>>) null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("required");
        assertThatThrownBy(() -> plan.spendFromNhsMinimum(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("spend");
    }
}

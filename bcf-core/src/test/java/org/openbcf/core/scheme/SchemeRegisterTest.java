package org.openbcf.core.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Findings;
import org.openbcf.core.finding.Severity;
import org.openbcf.core.fund.SpendingCategory;
import org.openbcf.core.money.Gbp;

/** Golden figures: schemes spec 1.3 (area totals) and 1.4 (NCH1–NCH4 line items, totals checked). */
class SchemeRegisterTest {

    private final SchemeRegister norfolk = NorfolkSchemes.load();

    @Test
    void registerHolds22SchemesWithNormalisedRefsAndPrintedFormsKept() {
        assertThat(norfolk.schemes()).hasSize(22);
        assertThat(norfolk.schemes()).extracting(s -> s.ref().toString()).containsExactly("GYW1", "GYW2", "GYW3",
                "GYW4", "NN1", "NN2", "NN3", "NN4", "NN5", "NCH1", "NCH2", "NCH3", "NCH4", "SN1", "SN2", "SN3", "SN4",
                "WN1", "WN2", "WN3", "WN4", "WN5");
        assertThat(scheme("GYW1").printedRef()).isEqualTo("Scheme 1 - GYW");
        assertThat(scheme("NN4").printedRef()).isEmpty();
        assertThat(scheme("NCH4").printedRef()).isEqualTo("NCH 4");
        assertThat(scheme("SN2").printedRef()).isEqualTo("Scheme 2");
        assertThat(scheme("WN2").printedRef()).isEqualTo("WN BCF 2");
        assertThat(scheme("WN2").area()).isEqualTo("WN");
    }

    // schemes spec 1.4: NCH1 £982,676, NCH2 £5,425,424 (excluding the "?" line), NCH3 £2,507,800, NCH4 £3,562,100
    @Test
    void norwichSchemeTotalsMatchTheirStatedTotalsToThePenny() {
        assertThat(scheme("NCH1").investmentTotal()).isEqualTo(Gbp.of(982_676));
        assertThat(scheme("NCH2").investmentTotal()).isEqualTo(Gbp.of(5_425_424));
        assertThat(scheme("NCH3").investmentTotal()).isEqualTo(Gbp.of(2_507_800));
        assertThat(scheme("NCH4").investmentTotal()).isEqualTo(Gbp.of(3_562_100));
        for (String ref : List.of("NCH1", "NCH3", "NCH4")) {
            assertThat(scheme(ref).check()).as(ref).isEqualTo(Findings.none());
        }
        assertThat(scheme("NCH2").unpricedLines()).extracting(InvestmentLine::description)
                .containsExactly("Mental health rehabilitation and recovery (new, potential)");
    }

    // schemes spec 1.3: Norwich £12,478,000 and South Norfolk £14,300,000
    @Test
    void areaRollUpReproducesNorwichAndSouthNorfolkTotals() {
        RollUp<String> areas = norfolk.byArea();
        assertThat(areas.totalFor("NCH")).isEqualTo(Gbp.of(12_478_000));
        assertThat(areas.totalFor("SN")).isEqualTo(Gbp.of(14_300_000));
        assertThat(areas.totalFor("GYW")).isEqualTo(Gbp.zero());
        assertThat(areas.totalFor("NN")).isEqualTo(Gbp.of(26_500));
        assertThat(areas.totalFor("WN")).isEqualTo(Gbp.of(101_157));
        assertThat(areas.byKey().keySet()).containsExactly("GYW", "NN", "NCH", "SN", "WN");
        assertThat(areas.unassigned()).isEqualTo(Gbp.zero());
        assertThat(areas.total()).isEqualTo(norfolk.total()).isEqualTo(Gbp.of(26_905_657));
        assertThat(areas.totalFor("XX")).isEqualTo(Gbp.zero());
    }

    @Test
    void statedTotalsCheckReportsOnlyTheUnpricedLines() {
        Findings findings = norfolk.check(Map.of("NCH", Gbp.of(12_478_000), "SN", Gbp.of(14_300_000)));
        assertThat(findings.ofRule(Scheme.RULE_STATED_TOTAL).isEmpty()).isTrue();
        assertThat(findings.ofRule(SchemeRegister.RULE_AREA_TOTAL).isEmpty()).isTrue();
        assertThat(findings.ofRule(Scheme.RULE_UNPRICED_LINE).list()).extracting(Finding::where).containsExactly(
                "scheme.NN1.line2", "scheme.NN2.line1", "scheme.NN4.line1", "scheme.NN5.line1", "scheme.NCH2.line4",
                "scheme.WN2.line1", "scheme.WN3.line1", "scheme.WN4.line1", "scheme.WN5.line1");
        assertThat(findings.list().get(4).message()).isEqualTo("scheme NCH2 investment line "
                + "'Mental health rehabilitation and recovery (new, potential)' has no figure (?) and is left out of the totals");
        assertThat(findings.list()).allMatch(f -> f.severity() == Severity.WARNING);
    }

    @Test
    void areaTotalThatDoesNotMatchIsAFindingWithAmounts() {
        Findings findings = norfolk.check(Map.of("NCH", Gbp.of(12_500_000)));
        Finding area = findings.ofRule(SchemeRegister.RULE_AREA_TOTAL).list().get(0);
        assertThat(area.where()).isEqualTo("area.NCH.total");
        assertThat(area.amounts()).containsEntry("computed", Gbp.of(12_478_000))
                .containsEntry("stated", Gbp.of(12_500_000)).containsEntry("difference", Gbp.of(-22_000));
        assertThat(area.message()).isEqualTo("area NCH schemes add up to £12,478,000.00, not the stated £12,500,000.00");
    }

    @Test
    void schemeWhoseLinesMissTheStatedTotalIsAFinding() {
        Scheme scheme = Scheme.builder(SchemeRef.of("NCH", 9), "Test").line(InvestmentLine.of("a", LineAmount.parse("100")))
                .statedTotal(Gbp.of(150)).build();
        Finding f = scheme.check().list().get(0);
        assertThat(f.ruleId()).isEqualTo("R-SCH-1");
        assertThat(f.where()).isEqualTo("scheme.NCH9.total");
        assertThat(f.amounts()).containsEntry("computed", Gbp.of(100)).containsEntry("difference", Gbp.of(-50));
        assertThat(f.message()).contains("£100.00").contains("£150.00");
    }

    // schemes spec 1.3: NN3 quantified efficiencies 187,000 + 151,000 + 151,755 = £489,755
    @Test
    void nn3EfficienciesAddUpTo489755() {
        assertThat(scheme("NN3").efficiencyTotal()).isEqualTo(Gbp.of(489_755));
        assertThat(scheme("SN1").efficiencyTotal()).isEqualTo(Gbp.zero());
        assertThat(scheme("WN5").efficiencies().get(0).amount().amountOrZero()).isEqualTo(Gbp.of(175_000));
    }

    @Test
    void schemesKeepMetricsMilestonesAndRiskReferences() {
        Scheme nn2 = scheme("NN2");
        assertThat(nn2.risks()).containsExactly("NN2-R1", "NN2-R2", "NN2-R3", "NN2-R4", "NN2-R5", "NN2-R6");
        assertThat(nn2.milestones()).contains(new Milestone("Pilot", "1 May 2016 – 31 May 2016"));
        assertThat(scheme("NCH4").milestones()).contains(new Milestone("Help at Home", "October 2106"));
        assertThat(scheme("GYW2").metrics()).containsExactly(TargetedMetric.parse("NEA E"),
                TargetedMetric.parse("DTOC i"), TargetedMetric.parse("RES i"));
        assertThat(scheme("GYW1").risks()).isEmpty();
        assertThat(norfolk.schemes().stream().mapToInt(s -> s.risks().size()).sum()).isEqualTo(23);
    }

    @Test
    void spendingCategoryAndFundingSourceRollUpsKeepUnassignedSpend() {
        RollUp<SpendingCategory> categories = norfolk.bySpendingCategory();
        assertThat(categories.totalFor(SpendingCategory.PRIMARY_CARE)).isEqualTo(Gbp.of(982_676));
        assertThat(categories.totalFor(SpendingCategory.COMMUNITY_HEALTH)).isEqualTo(Gbp.of(2_507_800));
        assertThat(categories.unassigned()).isEqualTo(Gbp.of(26_905_657 - 982_676 - 2_507_800));
        RollUp<FundingSource> sources = norfolk.byFundingSource();
        assertThat(sources.byKey()).isEmpty();
        assertThat(sources.total()).isEqualTo(norfolk.total());
    }

    @Test
    void registerRejectsRepeatedRefsAndNulls() {
        Scheme a = Scheme.builder(SchemeRef.of("NN", 1), "A").build();
        assertThatThrownBy(() -> SchemeRegister.of(List.of(a, a)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scheme 2 repeats ref NN1");
        assertThatThrownBy(() -> SchemeRegister.of(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> norfolk.check(null)).hasMessageContaining("statedAreaTotals");
        assertThat(norfolk.scheme(SchemeRef.of("XX", 1))).isEmpty();
        assertThat(norfolk).hasToString("22 schemes, £26,905,657.00 priced");
        assertThat(SchemeRegister.of(norfolk.schemes())).isEqualTo(norfolk).hasSameHashCodeAs(norfolk);
    }

    private Scheme scheme(String ref) {
        return norfolk.scheme(SchemeRef.parse(ref)).orElseThrow();
    }
}

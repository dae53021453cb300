package org.openbcf.core.discharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Findings;
import org.openbcf.core.finding.Severity;
import org.openbcf.core.money.Gbp;

/** Golden figures: norfolk-2023-25 spec G5, G6, R7, R8, R11 (seed 003, L2428–2480). */
class DischargeFundReturnTest {

    static DischargeFundReturn norfolk() {
        return build(org.openbcf.core.NorfolkResource.dischargeFund2022());
    }

    private final DischargeFundReturn norfolk = norfolk();

    @Test
    void readsThe47PrintedRowsAndTheStatedTotals() {
        assertThat(norfolk.schemes()).hasSize(47);
        assertThat(norfolk.plannedTotal()).isEqualTo(Gbp.of(9_671_604));
        assertThat(norfolk.actualTotal()).isEqualTo(Gbp.of(9_150_324));
        DischargeFundScheme acacium = norfolk.schemes().get(3);
        assertThat(acacium.type()).isEqualTo(DischargeSchemeType.REABLEMENT_IN_OWN_HOME);
        assertThat(acacium.impact()).isEqualTo(OptionalLong.of(13_104));
        assertThat(acacium.unit()).isEqualTo(ImpactUnit.NONE);
        assertThat(norfolk.schemes().get(0).impact()).isEmpty();
        assertThat(norfolk.schemes().get(0).subType()).isEqualTo("(blank)");
        assertThat(norfolk.schemes().get(0).changeExplanation()).isEqualTo("N&W WIN 117");
    }

    // R7: 24 of 47 rows disagree with "Did you make any changes to planned spending?": 19 'No' but
    // actual ≠ planned, 5 'Yes' but actual = planned
    @Test
    void changeFlagDisagreesWithTheFiguresOn24Of47Rows() {
        Findings flags = norfolk.check().ofRule(DischargeFundReturn.RULE_CHANGE_FLAG);
        assertThat(flags.size()).isEqualTo(24);
        assertThat(flags.filter(f -> f.message().contains("did not change")).size()).isEqualTo(19);
        assertThat(flags.filter(f -> f.message().contains("says planned spending changed")).size()).isEqualTo(5);
        assertThat(flags.list()).allMatch(f -> f.severity() == Severity.WARNING);
        Finding first = flags.list().get(0);
        assertThat(first.where()).isEqualTo("dischargeFund.row1.changedPlannedSpending");
        assertThat(first.message()).isEqualTo("'7 day working Discharge Planning Team' says planned spending did not change, "
                + "but actual differs from planned (£50,000.00 planned, £25,000.00 actual)");
        assertThat(first.amounts()).containsEntry("variance", Gbp.of(-25_000));
        assertThat(flags.list()).extracting(Finding::where).contains("dischargeFund.row9.changedPlannedSpending",
                "dischargeFund.row47.changedPlannedSpending").doesNotContain("dischargeFund.row2.changedPlannedSpending");
    }

    // G5: ICB 5,668,092 + LA 3,482,232 = 9,150,324; the printed rows fall short by 2,996,383 / 2,976,333
    @Test
    void laPlusIcbMatchesTheTotalButTheTruncatedRowsDoNot() {
        Findings findings = norfolk.check();
        assertThat(findings.ofRule(DischargeFundReturn.RULE_LA_PLUS_ICB).isEmpty()).isTrue();
        assertThat(norfolk.rowsPlanned()).isEqualTo(Gbp.of(6_675_221));
        assertThat(norfolk.rowsActual()).isEqualTo(Gbp.of(6_173_991));
        List<Finding> rows = findings.ofRule(DischargeFundReturn.RULE_ROWS_ADD_UP).list();
        assertThat(rows).extracting(f -> f.amounts().get("difference"))
                .containsExactly(Gbp.of(-2_996_383), Gbp.of(-2_976_333));
        assertThat(rows.get(0).message()).isEqualTo("scheme rows' planned spend adds up to £6,675,221.00, not the stated £9,671,604.00");
        assertThat(norfolk.plannedTotal().subtract(norfolk.actualTotal())).isEqualTo(Gbp.of(521_280));
    }

    @Test
    void laPlusIcbMismatchIsAnError() {
        DischargeFundReturn bad = new DischargeFundReturn(List.of(), Gbp.zero(), Gbp.of(100), Gbp.of(60), Gbp.of(30));
        Finding f = bad.check().ofRule(DischargeFundReturn.RULE_LA_PLUS_ICB).list().get(0);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.amounts()).containsEntry("difference", Gbp.of(-10));
        assertThat(f.message()).isEqualTo("actual by ICB and LA add up to £90.00, not the actual total £100.00");
    }

    // R11: the two "Local recruitment initiatives" rows report 'N/A' instead of staff recruited
    @Test
    void unitsThatAreNotTheTypesAreFindings() {
        assertThat(norfolk.check().ofRule(DischargeFundReturn.RULE_UNIT).list()).extracting(Finding::where)
                .containsExactly("dischargeFund.row26.unit", "dischargeFund.row35.unit");
        assertThat(norfolk.check().ofRule(DischargeFundReturn.RULE_UNIT).list().get(0).message()).isEqualTo(
                "'Expand complex discharge team to cover 7 days (Band 5 x2)' (Local recruitment initiatives) reports "
                        + "impact in 'N/A', not 'Number of staff recruited'");
    }

    // G6: beds × weeks; guidance 10 × 12 = 120; Dell House 1 bed × 13 weeks; R8 overspends flagged 'No'
    @Test
    void bedWeeksAreBedsTimesWeeks() {
        assertThat(DischargeFundScheme.bedWeeks(10, 12)).isEqualTo(120);
        DischargeFundScheme dell = scheme("Additional bed at Dell House");
        assertThat(dell.bedWeeks(13)).isEqualTo(13);
        assertThat(scheme("Orchard House").bedWeeks(47 / 5)).isEqualTo(45);
        assertThat(scheme("Glendon House Cromer (Beds)").variance()).isEqualTo(Gbp.of(28_935));
        assertThat(scheme("Enhanced Primary Care Discharge Support Model").variance()).isEqualTo(Gbp.of(17_432));
        assertThatThrownBy(() -> scheme("Live in Carers").bedWeeks(4)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("reports Hours of care, not a number of beds");
        assertThatThrownBy(() -> DischargeFundScheme.bedWeeks(-1, 2)).hasMessageContaining("beds (-1)");
        assertThatThrownBy(() -> DischargeFundScheme.bedWeeks(Long.MAX_VALUE, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("beds (9223372036854775807) must be between 0 and 1,000,000,000");
        assertThat(DischargeFundScheme.bedWeeks(1_000_000_000, 1_000_000_000)).isEqualTo(1_000_000_000_000_000_000L);
    }

    @Test
    void typesAndUnitsParseFromTemplateLabels() {
        assertThat(DischargeSchemeType.ofLabel("home care or domiciliary care")).isEqualTo(DischargeSchemeType.HOME_CARE);
        assertThat(DischargeSchemeType.ofLabel("OTHER")).isEqualTo(DischargeSchemeType.OTHER);
        assertThat(DischargeSchemeType.RESIDENTIAL_PLACEMENTS.unit()).isEqualTo(ImpactUnit.BEDS);
        assertThat(DischargeSchemeType.ASSISTIVE_TECHNOLOGIES.label()).isEqualTo("Assistive Technologies and Equipment");
        assertThat(ImpactUnit.ofLabel("HOURS WORKED")).isEqualTo(ImpactUnit.HOURS_WORKED);
        assertThat(ImpactUnit.ofLabel(" ")).isEqualTo(ImpactUnit.NONE);
        assertThat(ImpactUnit.CARE_HOURS).hasToString("Hours of care");
        assertThat(ImpactUnit.BEDS.label()).isEqualTo("Number of beds");
        assertThatThrownBy(() -> DischargeSchemeType.ofLabel("Bananas")).hasMessageContaining("scheme type 'Bananas'");
        assertThatThrownBy(() -> ImpactUnit.ofLabel("litres")).hasMessageContaining("unit of measure 'litres'");
    }

    @Test
    void badTablesNameLineAndColumn() {
        String header = "Scheme Name\tScheme Type\n";
        String totals = "Planned Expenditure\t£1\nActual Expenditure\t£1\nActual Expenditure ICB\t£1\nActual Expenditure LA\t£0\n";
        assertThatThrownBy(() -> read("x\ty\n")).hasMessageContaining("expected the header row");
        assertThatThrownBy(() -> read(header + "A\tOther\t\t£1\t£1\t\tN/A\tMaybe\t\tYes\n" + totals))
                .hasMessageContaining("column 8: 'Maybe' must be Yes or No");
        assertThatThrownBy(() -> read(header + "A\tOther\t\tlots\t£1\t\tN/A\tNo\t\tYes\n" + totals))
                .hasMessageContaining("column 4: amount 'lots'");
        assertThatThrownBy(() -> read(header + "A\tOther\t\t£1\t£1\tsix\tN/A\tNo\t\tYes\n" + totals))
                .hasMessageContaining("column 6: actual number of packages ('six') is not a whole number");
        assertThatThrownBy(() -> read(header + "A\tNope\t\t£1\t£1\t\tN/A\tNo\t\tYes\n" + totals))
                .hasMessageContaining("scheme type 'Nope'");
        assertThatThrownBy(() -> read(header + "A\tOther\n" + totals)).hasMessageContaining("has 2 columns");
        assertThatThrownBy(() -> read(header + "Planned Expenditure\t£1\n")).hasMessageContaining("no 'Actual Expenditure' line");
        assertThatThrownBy(() -> read(header + "A\tOther\t\t£1\t£1\t-3\tN/A\tNo\t\tYes\n" + totals))
                .hasMessageContaining("actual number of packages of 'A' (-3)");
        DischargeFundReturn ok = read("# c\n\n" + header + "A\tOther\t\t£1\t£1\t\tN/A\tNo\t\tYes\n" + totals);
        assertThat(ok.check()).isEqualTo(Findings.none());
        assertThat(ok.schemes().get(0).impactExplanation()).isEmpty();
        assertThatThrownBy(() -> DischargeFundTable.builder().row(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new DischargeFundReturn(List.of(), Gbp.of(-1), Gbp.zero(), Gbp.zero(), Gbp.zero()))
                .hasMessageContaining("Planned Expenditure (-£1.00)");
    }

    private static DischargeFundReturn read(String text) {
        return build(org.openbcf.core.NorfolkResource.split(text));
    }

    private static DischargeFundReturn build(java.util.List<java.util.List<String>> records) {
        DischargeFundTable.Builder builder = DischargeFundTable.builder();
        records.forEach(builder::row);
        return builder.build();
    }

    private DischargeFundScheme scheme(String name) {
        return norfolk.schemes().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    // spec norfolk-2023-25 L240: underspend = 9,671,604 - 9,150,324 = 521,280, 5.39% of plan
    @Test
    void underspendAndItsPercentageOfPlanSpecL240() {
        assertThat(norfolk.underspend()).isEqualTo(Gbp.of(521_280));
        assertThat(norfolk.underspendPercent(2, RoundingMode.HALF_UP)).contains(new BigDecimal("5.39"));
        assertThat(norfolk.underspendPercent(0, RoundingMode.DOWN)).contains(new BigDecimal("5"));
        DischargeFundReturn overspent = new DischargeFundReturn(List.of(), Gbp.of(100), Gbp.of(110), Gbp.of(60), Gbp.of(50));
        assertThat(overspent.underspend()).isEqualTo(Gbp.of(-10));
        assertThat(overspent.underspendPercent(1, RoundingMode.HALF_UP)).contains(new BigDecimal("-10.0"));
        DischargeFundReturn nothingPlanned = new DischargeFundReturn(List.of(), Gbp.zero(), Gbp.of(5), Gbp.of(5), Gbp.zero());
        assertThat(nothingPlanned.underspendPercent(2, RoundingMode.HALF_UP)).isEmpty();
        assertThatThrownBy(() -> norfolk.underspendPercent(2, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("mode");
        assertThatThrownBy(() -> norfolk.underspendPercent(-1, RoundingMode.HALF_UP))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scale (-1)");
        assertThatThrownBy(() -> norfolk.underspendPercent(21, RoundingMode.HALF_UP))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scale (21)");
    }

    @Test
    void totalImpactAddsTheRowsOfTheUnitsSchemeTypes() {
        long oracle = 0;
        for (DischargeFundScheme s : norfolk.schemes()) {
            if (s.type().unit() == ImpactUnit.BEDS && s.impact().isPresent()) {
                oracle += s.impact().getAsLong();
            }
        }
        assertThat(norfolk.totalImpact(ImpactUnit.BEDS)).isEqualTo(oracle).isEqualTo(56);
        assertThat(norfolk.totalImpact(ImpactUnit.CARE_HOURS)).isPositive();
        assertThatThrownBy(() -> norfolk.totalImpact(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("unit");
    }
}

package org.openbcf.core.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Findings;
import org.openbcf.core.money.Gbp;

/** Golden figures: norfolk-2023-25 spec G2, R1 (five mis-rounded percentages) and R2 (the £95 gap). */
class PriorityTableTest {

    static PriorityTable norfolk() {
        return build(org.openbcf.core.NorfolkResource.records("priorities-2022-23.tsv"));
    }

    private final PriorityTable norfolk = norfolk();

    @Test
    void norfolkTableAddsUpTo73032000() {
        assertThat(norfolk.lines()).hasSize(15);
        assertThat(norfolk.total()).isEqualTo(Gbp.of(73_032_000));
        assertThat(norfolk).hasToString("15 priorities, £73,032,000.00");
        assertThat(norfolk.lines().get(8).priority()).isEqualTo("Social prprescribing");
    }

    @Test
    void fivePercentagesAreMisRoundedAndTheTableIs95PoundsShortOfTheNhsMinimum() {
        Findings findings = norfolk.check(Gbp.of(73_032_095));
        List<Finding> percents = findings.ofRule(PriorityTable.RULE_PERCENT).list();
        assertThat(percents).extracting(f -> f.figures().get("statedPercent").toPlainString() + "->"
                + f.figures().get("recomputedPercent").toPlainString())
                .containsExactly("9.66->9.67", "2.68->2.62", "2.33->2.34", "0.90->0.91", "0.78->0.79");
        assertThat(percents).extracting(Finding::where).containsExactly("priorities.line5.percent",
                "priorities.line8.percent", "priorities.line9.percent", "priorities.line14.percent", "priorities.line15.percent");
        assertThat(percents.get(1).message()).isEqualTo("'Intermediate care beds' is stated as 2.68% but is 2.62% of £73,032,000.00");
        Finding gap = findings.ofRule(PriorityTable.RULE_TOTAL).list().get(0);
        assertThat(gap.amounts()).containsEntry("difference", Gbp.of(-95));
        assertThat(gap.message()).isEqualTo("the table adds up to £73,032,000.00, not £73,032,095.00");
        assertThat(norfolk.check(Gbp.of(73_032_000)).ofRule(PriorityTable.RULE_TOTAL).isEmpty()).isTrue();
    }

    @Test
    void percentagesAreRecomputedHalfUp() {
        PriorityLine ices = norfolk.lines().get(4);
        assertThat(norfolk.percent(ices, 2)).isEqualByComparingTo("9.67");
        assertThat(norfolk.percent(ices, 3)).isEqualByComparingTo("9.665");
        assertThat(norfolk.percent(norfolk.lines().get(0), 2)).isEqualByComparingTo("22.44");
        PriorityTable half = PriorityTable.of(List.of(new PriorityLine("a", Gbp.of(1), new BigDecimal("13")),
                new PriorityLine("b", Gbp.of(7), new BigDecimal("87"))));
        assertThat(half.percent(half.lines().get(0), 0)).isEqualByComparingTo("13");
        assertThat(half.check(Gbp.of(8)).list()).extracting(Finding::where).containsExactly("priorities.line2.percent");
        PriorityTable empty = PriorityTable.of(List.of(new PriorityLine("a", Gbp.zero(), BigDecimal.ZERO)));
        assertThat(empty.check(Gbp.zero())).isEqualTo(Findings.none());
        assertThat(PriorityTable.of(norfolk.lines())).isEqualTo(norfolk).hasSameHashCodeAs(norfolk).isNotEqualTo(empty);
    }

    @Test
    void badInputNamesLineAndField() {
        assertThatThrownBy(() -> read("Nope\n")).hasMessageContaining("expected the header row");
        assertThatThrownBy(() -> read("Priority\nA\t£1\n")).hasMessageContaining("has 2 columns");
        assertThatThrownBy(() -> read("Priority\nA\t£1\tx\n")).hasMessageContaining("column 3: percent ('x') is not a number");
        assertThatThrownBy(() -> read("Priority\nA\tlots\t1\n")).hasMessageContaining("column 2: amount 'lots'");
        assertThatThrownBy(() -> new PriorityLine("A", Gbp.of(1), new BigDecimal("-1")))
                .hasMessageContaining("stated percentage of 'A' (-1)");
        assertThatThrownBy(() -> new PriorityLine(" ", Gbp.of(1), BigDecimal.ONE)).hasMessageContaining("priority");
        assertThatThrownBy(() -> norfolk.check(null)).hasMessageContaining("expectedTotal");
        assertThatThrownBy(() -> norfolk.percent(norfolk.lines().get(0), -1)).hasMessageContaining("scale (-1)");
        assertThat(read("# x\n\nPriority\tAmount\tPercent\nA\t£1\t100\nTotal:\t£1\t\n").lines()).hasSize(1);
    }

    private static PriorityTable read(String text) {
        return build(org.openbcf.core.NorfolkResource.split(text));
    }

    private static PriorityTable build(java.util.List<java.util.List<String>> records) {
        PriorityTable.Builder builder = PriorityTable.builder();
        records.forEach(builder::row);
        return builder.build();
    }
}

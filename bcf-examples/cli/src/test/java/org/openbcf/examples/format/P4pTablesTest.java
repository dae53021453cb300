package org.openbcf.examples.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.p4p.AdmissionsSeries;
import org.openbcf.core.p4p.PaymentForPerformance;
import org.openbcf.core.p4p.PerformanceTerms;
import org.openbcf.core.p4p.Scenario;
import org.openbcf.core.p4p.ScenarioResult;
import org.openbcf.core.time.FinancialQuarter;
import org.openbcf.examples.demo.PaymentForPerformanceSection;

class P4pTablesTest {

    private final Scenario norfolk = Scenario.of("Norfolk", PaymentForPerformanceSection.norfolkSeries(),
            PaymentForPerformanceSection.NORFOLK_TERMS).withSuggestedPayments().named("Norfolk");

    @Test
    void theScenarioTableShowsSuggestedPaymentsTotalsAndTheChangeAgainstTheFirst() {
        List<ScenarioResult> results = Scenario.evaluateAll(List.of(norfolk,
                norfolk.withActualsChangedBy(new BigDecimal("-5"), RoundingMode.HALF_UP)));
        String table = P4pTables.scenarios(results);
        assertThat(table.lines().findFirst().orElseThrow())
                .contains("Scenario", "Q4 2014/15", "Q3 2015/16", "Total paid", "Unreleased", "Paid vs first");
        // -5%: suggested [354,620; 920,820; 1,738,830; 1,852,070] (see ScenarioTest in bcf-core)
        assertThat(table).containsPattern("Norfolk +£0.00 +£0.00 +£0.00 +£0.00 +£0.00 +£4,866,340.00 +£0.00")
                .containsPattern("Norfolk, actuals -5% +£354,620.00 +£920,820.00 +£1,738,830.00 +£1,852,070.00"
                        + " +£4,866,340.00 +£0.00 +\\+£4,866,340.00");
    }

    @Test
    void theQuarterTableOmitsTheAgreedColumnWithoutAgreedPaymentsAndTheShareWithoutOne() {
        AdmissionsSeries series = norfolk.series();
        String table = P4pTables.quarters(PaymentForPerformance.calculate(series, PerformanceTerms.of(Gbp.of(1490))));
        assertThat(table).doesNotContain("Agreed payment").doesNotContain("Ring-fenced")
                .contains("Total paid:             £0.00");
    }

    @Test
    void percentChangeIsLeftOutWhenTheBaselineIsZero() {
        AdmissionsSeries zero = AdmissionsSeries.of(FinancialQuarter.parse("Q4 14/15"), new long[] {0}, new long[] {0},
                new long[] {0});
        assertThat(P4pTables.totals(PaymentForPerformance.calculate(zero, PerformanceTerms.of(Gbp.of(1)))))
                .startsWith("Target reduction:       0\n");
    }

    @Test
    void aScenarioTableNeedsAtLeastOneResult() {
        assertThatThrownBy(() -> P4pTables.scenarios(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("results must not be empty");
    }
}

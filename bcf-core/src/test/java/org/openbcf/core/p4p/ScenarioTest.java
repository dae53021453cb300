package org.openbcf.core.p4p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.openbcf.core.finding.Rule;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.time.FinancialQuarter;

class ScenarioTest {

    private final Scenario norfolk = Scenario.of("Norfolk 2015/16", Norfolk.series(), Norfolk.TERMS);
    private final Scenario onPlan = Scenario.of("on plan", Norfolk.withReductions(238, 618, 1_217, 1_193), Norfolk.TERMS);

    @Test
    void evaluatesNorfolksCase() {
        ScenarioResult result = norfolk.evaluate();
        assertThat(result.name()).isEqualTo("Norfolk 2015/16");
        assertThat(result.scenario()).isEqualTo(norfolk);
        assertThat(result.result()).isEqualTo(Norfolk.result());
    }

    @Test
    void derivedScenariosSayWhatChanged() {
        FinancialQuarter q3 = FinancialQuarter.parse("Q3 2015/16");
        assertThat(norfolk.withActual(q3, 22_000).name()).isEqualTo("Norfolk 2015/16, Q3 2015/16 actual 22,000");
        assertThat(norfolk.withActual(q3, 22_000).series().quarter(q3).actual()).isEqualTo(22_000);
        assertThat(norfolk.withActualsChangedBy(new BigDecimal("-5.0"), RoundingMode.HALF_UP).name())
                .isEqualTo("Norfolk 2015/16, actuals -5%");
        assertThat(norfolk.withActualsChangedBy(new BigDecimal("2.5"), RoundingMode.HALF_UP).name())
                .isEqualTo("Norfolk 2015/16, actuals +2.5%");
        assertThat(norfolk.withActualsChangedBy(BigDecimal.ZERO, RoundingMode.HALF_UP).name())
                .isEqualTo("Norfolk 2015/16, actuals 0%");
        Scenario dearer = norfolk.withCostPerAdmission(Gbp.of(1600));
        assertThat(dearer.name()).isEqualTo("Norfolk 2015/16, cost £1,600.00");
        assertThat(Gbp.formatPlain(dearer.evaluate().result().performancePot())).isEqualTo("5225600.00");
        assertThat(norfolk.named("base").name()).isEqualTo("base");
    }

    @Test
    void keepingTheReturnsAgreedPaymentsMakesEveryDifferentSuggestionAFinding() {
        ScenarioResult kept = norfolk.withActualsChangedBy(new BigDecimal("-5"), RoundingMode.HALF_UP).evaluate();
        assertThat(PaymentForPerformanceTest.money(kept.result(), QuarterPayment::suggestedPayment))
                .containsExactly("354620.00", "1275440.00", "3014270.00", "4866340.00");
        assertThat(kept.result().findings().ofRule(Rule.R_P4P_15).size()).isEqualTo(4);
    }

    @Test
    void fivePerCentFewerAdmissionsEarnsPayments() {
        Scenario scenario = norfolk.withSuggestedPayments().withActualsChangedBy(new BigDecimal("-5"), RoundingMode.HALF_UP);
        assertThat(scenario.name()).isEqualTo("Norfolk 2015/16, suggested payments, actuals -5%");
        ScenarioResult fewer = scenario.evaluate();
        // actuals [22,164; 22,168; 22,899; 22,105] → reductions [741, 1,152, 130, 1,730],
        // cumulative [741, 1,893, 2,023, 3,753] × £1,490 = due, capped at [354,620; 1,275,440; 3,088,770; 4,866,340]
        assertThat(PaymentForPerformanceTest.money(fewer.result(), QuarterPayment::suggestedPayment))
                .containsExactly("354620.00", "920820.00", "1738830.00", "1852070.00");
        assertThat(fewer.result().findings().isEmpty()).isTrue();
        assertThat(fewer.result().quarters()).allMatch(q -> q.agreedPayment().isEmpty() && q.input().comment().isEmpty());
    }

    @Test
    void evaluatesManyFromAListOrAStreamInOrder() {
        List<Scenario> scenarios = List.of(norfolk, onPlan, norfolk.withActualsChangedBy(BigDecimal.TEN, RoundingMode.UP));
        List<ScenarioResult> results = Scenario.evaluateAll(scenarios);
        assertThat(results).extracting(ScenarioResult::name).containsExactly("Norfolk 2015/16", "on plan",
                "Norfolk 2015/16, actuals +10%");
        assertThat(Scenario.evaluateAll(scenarios.stream()).toList()).isEqualTo(results);
        assertThat(Scenario.evaluateAll(scenarios.stream().parallel()).map(ScenarioResult::name).toList())
                .containsExactly("Norfolk 2015/16", "on plan", "Norfolk 2015/16, actuals +10%");
        assertThatThrownBy(() -> results.add(results.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void comparesTwoResults() {
        PerformanceComparison comparison = norfolk.evaluate().compareWith(onPlan.evaluate());
        assertThat(Gbp.formatPlain(comparison.totalPaidChange())).isEqualTo("4866340.00");
        assertThat(Gbp.formatPlain(comparison.totalUnreleasedFundsChange())).isEqualTo("-4866340.00");
        assertThat(Gbp.formatPlain(comparison.performancePotChange())).isEqualTo("0.00");
        PerformanceComparison.QuarterChange q4 = comparison.quarters().get(0);
        assertThat(q4.quarter()).isEqualTo(Norfolk.FIRST);
        assertThat(q4.actualChange()).isEqualTo(22_667 - 23_331);
        assertThat(Gbp.formatPlain(q4.suggestedPaymentChange())).isEqualTo("354620.00");
        assertThat(Gbp.formatPlain(q4.unreleasedFundsChange())).isEqualTo("-354620.00");
        assertThat(comparison.quarters()).hasSize(4);
    }

    @Test
    void comparesH2WithH1QuarterByQuarter() {
        ScenarioResult h1 = onPlan.evaluate();
        ScenarioResult h2 = Scenario.of("H2", Norfolk.withReductions(100, 700, 1_300, 1_200), Norfolk.TERMS).evaluate();
        PerformanceComparison comparison = PerformanceComparison.of(h1.result(), h2.result());
        assertThat(comparison.quarters()).extracting(PerformanceComparison.QuarterChange::actualChange)
                .containsExactly(138L, -82L, -83L, -7L);
        assertThat(comparison.quarters()).extracting(c -> Gbp.formatPlain(c.suggestedPaymentChange()))
                .containsExactly("-205620.00", "122180.00", "83440.00", "0.00");
        assertThat(comparison.quarters()).extracting(c -> Gbp.formatPlain(c.unreleasedFundsChange()))
                .containsExactly("205620.00", "-122180.00", "-83440.00", "0.00");
    }

    @Test
    void comparesPaymentsAndPotsThatBothDiffer() {
        ScenarioResult h1 = onPlan.evaluate();
        ScenarioResult h3 = Scenario.of("H3", Norfolk.withReductions(238, -300, 1_500, 1_193), Norfolk.TERMS)
                .withCostPerAdmission(Gbp.of(1000)).evaluate();
        PerformanceComparison comparison = h1.compareWith(h3);
        // H3 at £1,000: pot 3,266,000; due [238,000; 0; 1,438,000; 2,631,000]; paid 2,631,000
        assertThat(Gbp.formatPlain(comparison.performancePotChange())).isEqualTo("-1600340.00");
        assertThat(Gbp.formatPlain(comparison.totalPaidChange())).isEqualTo("-2235340.00");
        assertThat(Gbp.formatPlain(comparison.totalUnreleasedFundsChange())).isEqualTo("635000.00");
    }

    @Test
    void onlyResultsOverTheSameQuartersCompare() {
        AdmissionsSeries shorter = AdmissionsSeries.of(Norfolk.series().quarters().subList(0, 3));
        PerformanceResult three = PaymentForPerformance.calculate(shorter, Norfolk.TERMS);
        assertThatThrownBy(() -> PerformanceComparison.of(Norfolk.result(), three))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("same quarters").hasMessageContaining("alternative Q4 2014/15 for 3");
        AdmissionsSeries later = AdmissionsSeries.of(Norfolk.series().quarters().get(1));
        PerformanceResult one = PaymentForPerformance.calculate(later, Norfolk.TERMS);
        PerformanceResult first = PaymentForPerformance.calculate(AdmissionsSeries.of(Norfolk.series().quarters().get(0)),
                Norfolk.TERMS);
        assertThatThrownBy(() -> PerformanceComparison.of(first, one)).hasMessageContaining("alternative Q1 2015/16");
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> Scenario.of(" ", Norfolk.series(), Norfolk.TERMS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> Scenario.of("x", null, Norfolk.TERMS)).hasMessageContaining("series");
        assertThatThrownBy(() -> Scenario.of("x", Norfolk.series(), null)).hasMessageContaining("terms");
        assertThatThrownBy(() -> Scenario.evaluateAll(Arrays.asList(norfolk, null))).hasMessageContaining("scenario");
        assertThatThrownBy(() -> Scenario.evaluateAll((List<Scenario>) null)).hasMessageContaining("scenarios");
        assertThatThrownBy(() -> Scenario.evaluateAll(Stream.of(norfolk, null)).toList()).hasMessageContaining("scenario");
        assertThatThrownBy(() -> norfolk.evaluate().compareWith(null)).hasMessageContaining("other");
        assertThatThrownBy(() -> new ScenarioResult(null, Norfolk.result())).hasMessageContaining("scenario");
        assertThatThrownBy(() -> new ScenarioResult(norfolk, null)).hasMessageContaining("result");
        assertThatThrownBy(() -> PerformanceComparison.of(null, Norfolk.result())).hasMessageContaining("base");
        assertThatThrownBy(() -> PerformanceComparison.of(Norfolk.result(), null)).hasMessageContaining("alternative");
        assertThatThrownBy(() -> PaymentForPerformance.calculate(null, Norfolk.TERMS)).hasMessageContaining("series");
        assertThatThrownBy(() -> PaymentForPerformance.calculate(Norfolk.series(), null)).hasMessageContaining("terms");
        List<Scenario> none = new ArrayList<>();
        assertThat(Scenario.evaluateAll(none)).isEmpty();
    }
}

package org.openbcf.core.p4p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openbcf.core.money.Gbp;

class ScenarioSweepTest {

    private final AdmissionsSeries base = Norfolk.series().withoutAgreedPayments();
    private final ScenarioSweep sweep = ScenarioSweep.of(base, Norfolk.TERMS);
    private final ScenarioSweep.ActualsSource changes = ScenarioSweep.actualsChangedBy(base, new BigDecimal("-10"),
            new BigDecimal("0.002"), RoundingMode.HALF_UP);

    @Test
    void norfolksOwnActualsSuggestNothing() {
        // G-1..G-8: Norfolk's actuals are above plan, so nothing is suggested and the pot is unreleased
        SweepOutcome own = sweep.evaluate(Norfolk.ACTUAL);
        assertThat(own.totalSuggestedPence()).isZero();
        assertThat(own.totalUnreleasedPence()).isEqualTo(486_634_000L);
        assertThat(own.findingCount()).isZero();
        assertThat(own.hasFindings()).isFalse();
        assertThat(own.quarters()).isEqualTo(4);
        assertThat(own.scenario()).isZero();
        assertThat(sweep.quarters()).isEqualTo(4);
        assertThat(sweep.base()).isEqualTo(base);
        assertThat(sweep.terms()).isEqualTo(Norfolk.TERMS);
        assertThat(sweep).hasToString("sweep of Q4 2014/15 to Q3 2015/16, target 3266, pot £4,866,340.00");
        assertThat(own).hasToString("scenario 0: suggested [0.00, 0.00, 0.00, 0.00] = £0.00, unreleased £4,866,340.00,"
                + " 0 findings");
    }

    @Test
    void percentageChangesAreTheSeriesChanges() {
        assertThat(changes.actual(0, 0)).isEqualTo(20_998);          // 23,331 × 0.9 = 20,997.9
        assertThat(changes.actual(2_500, 0)).isEqualTo(22_164);      // -5%: 22,164.45
        assertThat(changes.actual(5_000, 0)).isEqualTo(23_331);      // 0%
        for (int s : new int[] {0, 1, 2_500, 9_999}) {
            BigDecimal percent = new BigDecimal("-10").add(new BigDecimal("0.002").multiply(BigDecimal.valueOf(s)));
            AdmissionsSeries changed = base.withActualsChangedBy(percent, RoundingMode.HALF_UP);
            long[] actuals = changed.quarters().stream().mapToLong(AdmissionsQuarter::actual).toArray();
            SweepOutcome outcome = sweep.outcomesSequential(s + 1, changes).skip(s).findFirst().orElseThrow();
            assertThat(outcome.scenario()).isEqualTo(s);
            assertThat(ScenarioSweepProperties.sameFigures(outcome, PaymentForPerformance.calculate(changed, Norfolk.TERMS)))
                    .isTrue();
            assertThat(sweep.result(actuals)).isEqualTo(PaymentForPerformance.calculate(changed, Norfolk.TERMS));
        }
    }

    @Test
    void aSummaryKeepsNoOutcome() {
        SweepSummary summary = sweep.summarise(10_000, changes);
        assertThat(summary).isEqualTo(sweep.summariseSequential(10_000, changes));
        assertThat(summary).isEqualTo(sweep.outcomesSequential(10_000, changes).collect(SweepSummary.collector()));
        assertThat(summary.scenarios()).isEqualTo(10_000);
        assertThat(summary.minimumSuggestedPence()).isZero();
        assertThat(summary.maximumSuggestedPence()).isEqualTo(486_634_000L);      // the whole pot, G-2
        // the same total by the Scenario API, one full calculation per scenario
        Scenario norfolk = Scenario.of("Norfolk", base, Norfolk.TERMS);
        long total = 0;
        for (int s = 0; s < 10_000; s++) {
            BigDecimal percent = BigDecimal.valueOf(2L * s - 10_000, 3);
            total += norfolk.withActualsChangedBy(percent, RoundingMode.HALF_UP).evaluate().result().quarters().stream()
                    .mapToLong(QuarterPayment::suggestedPaymentPence).sum();
        }
        assertThat(summary.totalSuggestedPence()).isEqualTo(total).isEqualTo(1_765_481_183_000L);
        assertThat(summary.meanSuggested()).isEqualTo(Gbp.of(new BigDecimal("1765481.18")));
        assertThat(summary).hasToString("10000 scenarios, suggested £0.00 to £4,866,340.00, total £17,654,811,830.00,"
                + " 0 with findings");
        assertThat(summary.withFindings()).isZero();
        assertThat(summary.meanSuggested())
                .isEqualTo(Gbp.ofPence(Math.floorDiv(summary.totalSuggestedPence(), 10_000)));
        assertThat(sweep.summarise(0, changes)).isEqualTo(new SweepSummary(0, 0, 0, 0, 0));
        assertThat(sweep.summarise(0, changes).meanSuggested()).isEqualTo(Gbp.zero());
    }

    @Test
    void aMatrixOfActualsIsSweptInParallel() {
        long[][] actuals = {Norfolk.ACTUAL, {20_000, 20_000, 20_000, 20_000}};
        List<SweepOutcome> outcomes = sweep.outcomes(actuals).collect(Collectors.toList());
        assertThat(outcomes).hasSize(2);
        assertThat(outcomes.get(1).scenario()).isEqualTo(1);
        assertThat(outcomes.get(1).totalSuggested()).isEqualTo(
                PaymentForPerformance.calculate(Norfolk.withReductions(2_905, 3_320, 3_029, 3_835), Norfolk.TERMS)
                        .totalSuggestedPayments());
        assertThat(outcomes.get(1)).isNotEqualTo(outcomes.get(0)).isEqualTo(sweep.outcomesSequential(2,
                (s, q) -> actuals[s][q]).skip(1).findFirst().orElseThrow());
        assertThat(outcomes.get(1).hashCode()).isEqualTo(sweep.outcomes(actuals).skip(1).findFirst().orElseThrow().hashCode());
    }

    @Test
    void findingsAreCountedAsTheFullRuleReportsThem() {
        AdmissionsSeries withAgreed = AdmissionsSeries.of(Norfolk.series().quarters().get(0).withAgreedPaymentPence(100),
                Norfolk.series().quarters().get(1), Norfolk.series().quarters().get(2).withComment("x".repeat(751)),
                Norfolk.series().quarters().get(3));
        ScenarioSweep agreed = ScenarioSweep.of(withAgreed, Norfolk.TERMS);
        SweepOutcome outcome = agreed.evaluate(Norfolk.ACTUAL);
        PerformanceResult full = agreed.result(Norfolk.ACTUAL);
        assertThat(outcome.findingCount()).isEqualTo(full.findings().size()).isEqualTo(6); // R-P4P-15 in Q4 2014/15, R-P4P-14 at each quarter end, R-IN-5 in Q2 2015/16
        assertThat(outcome.hasFindings()).isTrue();
        assertThat(outcome.toString()).endsWith("6 findings");
        assertThat(agreed.summarise(3, (s, q) -> Norfolk.ACTUAL[q]).withFindings()).isEqualTo(3);
    }

    @Test
    void badActualsAreRefusedNamingTheQuarter() {
        assertThatThrownBy(() -> sweep.evaluate(1, 2, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("actuals (3) must be one per quarter of the series (4)");
        assertThatThrownBy(() -> sweep.evaluate(1, 2, 3, -4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("actual for Q3 2015/16 (-4) must be between 0 and 100,000,000");
        assertThatThrownBy(() -> sweep.result(1, 2)).hasMessageContaining("actuals (2)");
        assertThatThrownBy(() -> sweep.outcomes(new long[][] {{1, 2}}).count())
                .hasMessage("actuals[0] has 2 quarters; the series has 4");
        assertThatThrownBy(() -> sweep.outcomes(new long[][] {null}).count()).isInstanceOf(NullPointerException.class)
                .hasMessage("actuals[0] must not be null");
        assertThatThrownBy(() -> sweep.outcomes(-1, changes)).hasMessageContaining("count (-1)");
        assertThatThrownBy(() -> sweep.summariseSequential(-1, changes)).hasMessageContaining("count (-1)");
        assertThatThrownBy(() -> sweep.outcomes(1, null)).hasMessageContaining("actuals");
        assertThatThrownBy(() -> ScenarioSweep.of(null, Norfolk.TERMS)).hasMessageContaining("base");
        assertThatThrownBy(() -> ScenarioSweep.of(base, null)).hasMessageContaining("terms");
    }

    @Test
    void badPercentagesAreRefusedNamingTheField() {
        BigDecimal one = BigDecimal.ONE;
        assertThatThrownBy(() -> ScenarioSweep.actualsChangedBy(base, new BigDecimal("0.0000001"), one, RoundingMode.HALF_UP))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("first change (0.0000001) must have at most 6 decimal places");
        assertThatThrownBy(() -> ScenarioSweep.actualsChangedBy(base, one, new BigDecimal("1E-999999999"), RoundingMode.HALF_UP))
                .hasMessage("step (1E-999999999) must have at most 6 decimal places");
        assertThatThrownBy(() -> ScenarioSweep.actualsChangedBy(base, new BigDecimal("1E+999999999"), one, RoundingMode.HALF_UP))
                .hasMessage("first change (1E+999999999%) must be at most 1,000,000% in size");
        assertThatThrownBy(() -> ScenarioSweep.actualsChangedBy(base, one, new BigDecimal("-1000000.5"), RoundingMode.HALF_UP))
                .hasMessageContaining("step (-1000000.5%)");
        ScenarioSweep.ActualsSource tooLow = ScenarioSweep.actualsChangedBy(base, new BigDecimal("-101"), one,
                RoundingMode.HALF_UP);
        assertThatThrownBy(() -> tooLow.actual(0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("actual for Q4 2014/15 changed by -101% (-233) must be between 0 and 100,000,000");
        assertThat(tooLow.actual(1, 0)).isZero();
        assertThatThrownBy(() -> ScenarioSweep.actualsChangedBy(base, one, one, null)).hasMessageContaining("mode");
        assertThatThrownBy(() -> ScenarioSweep.actualsChangedBy(null, one, one, RoundingMode.UP)).hasMessageContaining("base");
    }

    @Test
    void exactRoundingHandlesEveryMode() {
        assertThat(Rounding.divide(5, 2, RoundingMode.HALF_UP)).isEqualTo(3);
        assertThat(Rounding.divide(-5, 2, RoundingMode.HALF_UP)).isEqualTo(-3);
        assertThat(Rounding.divide(5, 2, RoundingMode.HALF_DOWN)).isEqualTo(2);
        assertThat(Rounding.divide(-5, 2, RoundingMode.HALF_DOWN)).isEqualTo(-2);
        assertThat(Rounding.divide(5, 2, RoundingMode.HALF_EVEN)).isEqualTo(2);
        assertThat(Rounding.divide(7, 2, RoundingMode.HALF_EVEN)).isEqualTo(4);
        assertThat(Rounding.divide(-7, 2, RoundingMode.UP)).isEqualTo(-4);
        assertThat(Rounding.divide(-7, 2, RoundingMode.DOWN)).isEqualTo(-3);
        assertThat(Rounding.divide(7, 2, RoundingMode.UP)).isEqualTo(4);
        assertThat(Rounding.divide(7, 2, RoundingMode.DOWN)).isEqualTo(3);
        assertThat(Rounding.divide(-7, 2, RoundingMode.FLOOR)).isEqualTo(-4);
        assertThat(Rounding.divide(-7, 2, RoundingMode.CEILING)).isEqualTo(-3);
        assertThat(Rounding.divide(8, 2, RoundingMode.UNNECESSARY)).isEqualTo(4);
        assertThat(Rounding.divide(7, 3, RoundingMode.HALF_UP)).isEqualTo(2);
        assertThat(Rounding.divide(8, 3, RoundingMode.HALF_DOWN)).isEqualTo(3);
        assertThatThrownBy(() -> Rounding.divide(7, 2, RoundingMode.UNNECESSARY)).isInstanceOf(ArithmeticException.class);
    }
}

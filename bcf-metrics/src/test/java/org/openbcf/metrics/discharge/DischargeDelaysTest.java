package org.openbcf.metrics.discharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.OptionalInt;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Findings;
import org.openbcf.core.finding.Severity;
import org.openbcf.metrics.stats.ConfidenceLevel;
import org.openbcf.metrics.stats.Estimate;

class DischargeDelaysTest {

    private static final ConfidenceLevel L95 = ConfidenceLevel.NINETY_FIVE;
    private static final YearMonth APRIL = YearMonth.of(2024, 4);

    /** A constructed month that adds up: 820 + (60 + 50 + 30 + 20 + 12 + 8) = 1,000. */
    private static DischargeMonth april() {
        return new DischargeMonth(APRIL, 1000, 820, 60, 50, 30, 20, 12, 8, 1083);
    }

    /** Oracle: the Wilson score limits written out from statistics.md, as a percentage. */
    private static double wilson(double x, double n, double z, boolean upper) {
        double centre = 2 * x + z * z;
        double spread = z * Math.sqrt(z * z + 4 * x * (1 - x / n));
        return (upper ? centre + spread : centre - spread) / (2 * (n + z * z)) * 100;
    }

    /** Issue 25: a count past the input limit is refused when the month is made, not later by an overflow. */
    @Test
    void aCountPastTheInputLimitIsRefusedAtConstruction() {
        assertThat(new DischargeMonth(APRIL, 1_000_000_000L, 0, 0, 0, 0, 0, 0, 1_000_000_000L, 1_000_000_000L).delayed())
                .isEqualTo(1_000_000_000L);
        assertThatThrownBy(() -> new DischargeMonth(APRIL, 1000, 820, 60, 50, 30, 20, 12, 2_000_000_000L, 1083))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("delayed 21+ days in 2024-04")
                .hasMessageContaining("2000000000");
        assertThatThrownBy(() -> new DischargeMonth(APRIL, 1000, 820, Long.MAX_VALUE, Long.MAX_VALUE, 30, 20, 12, 8, 1083))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("delayed 1 day in 2024-04");
        assertThatThrownBy(() -> new DischargeMonth(APRIL, 1000, 820, 60, 50, 30, 20, 12, 8, Long.MAX_VALUE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bed days lost");
    }

    @Test
    void aMonthThatAddsUpGivesItsMeasures() {
        DelayReport report = DischargeDelays.month(april(), L95);
        assertThat(report.findings().isEmpty()).isTrue();
        DelayMeasures m = report.measures().orElseThrow();
        double z = NormalDistribution.of(0, 1).inverseSurvivalProbability(0.025);
        Estimate percent = m.percentOnReadyDate();
        assertThat(percent.value()).isCloseTo(82.0, within(1e-12));
        assertThat(percent.lower()).isCloseTo(wilson(820, 1000, z, false), within(82 * 1e-9));
        assertThat(percent.upper()).isCloseTo(wilson(820, 1000, z, true), within(82 * 1e-9));
        assertThat(m.averageDelayPerDischarge()).isEqualTo(1.083);
        assertThat(m.averageDelayPerDelayedDischarge().getAsDouble()).isCloseTo(1083.0 / 180, within(1e-15));
        assertThat(m.delayed()).isEqualTo(180);
        assertThat(m.discharges()).isEqualTo(1000);
        assertThat(m.onReadyDate()).isEqualTo(820);
        assertThat(m.bedDaysLost()).isEqualTo(1083);
        assertThat(m.from()).isEqualTo(APRIL);
        assertThat(m.to()).isEqualTo(APRIL);
        assertThat(april().delayed()).isEqualTo(180);
    }

    @Test
    void aMonthThatDoesNotAddUpIsAFindingAndNoNumber() {
        DischargeMonth may = new DischargeMonth(YearMonth.of(2024, 5), 1000, 800, 60, 50, 30, 20, 12, 8, 1083);
        DelayReport report = DischargeDelays.month(may, L95);
        assertThat(report.measures()).isEmpty();
        Findings findings = report.findings().ofRule(DischargeDelays.SAME_DAY_PLUS_DELAYED);
        assertThat(findings.size()).isEqualTo(1);
        Finding f = findings.list().get(0);
        assertThat(f.ruleId()).isEqualTo("R-DRD-1");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.where()).isEqualTo("discharge.2024-05.discharges");
        assertThat(f.message()).contains("(980)").contains("1000 discharges in 2024-05");
        assertThat(f.figures()).containsEntry("difference", BigDecimal.valueOf(-20))
                .containsEntry("delayed", BigDecimal.valueOf(180)).containsEntry("onReadyDate", BigDecimal.valueOf(800))
                .containsEntry("discharges", BigDecimal.valueOf(1000));
    }

    @Test
    void bedDaysOutsideWhatTheBandsImplyAreAWarningAndTheMeasuresStay() {
        // fewest days the bands allow: 60·1 + 50·2 + 30·4 + 20·7 + 12·14 + 8·21 = 756
        DischargeMonth few = new DischargeMonth(APRIL, 1000, 820, 60, 50, 30, 20, 12, 8, 755);
        DelayReport report = DischargeDelays.month(few, L95);
        assertThat(report.measures()).isPresent();
        Finding f = report.findings().ofRule(DischargeDelays.BED_DAYS_WITHIN_BANDS).list().get(0);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.message()).contains("(755)").contains("756 to no limit");
        assertThat(f.figures()).containsEntry("fewest", BigDecimal.valueOf(756)).doesNotContainKey("most");
        assertThat(DischargeDelays.check(new DischargeMonth(APRIL, 1000, 820, 60, 50, 30, 20, 12, 8, 756)).isEmpty())
                .isTrue();
        // no 21+ delays: at most 60·1 + 50·3 + 30·6 + 20·13 + 20·20 = 1,050
        DischargeMonth bounded = new DischargeMonth(APRIL, 1000, 820, 60, 50, 30, 20, 20, 0, 1051);
        Finding most = DischargeDelays.check(bounded).list().get(0);
        assertThat(most.figures()).containsEntry("most", BigDecimal.valueOf(1050));
        assertThat(most.message()).contains("to 1050)");
        assertThat(DischargeDelays.check(new DischargeMonth(APRIL, 1000, 820, 60, 50, 30, 20, 20, 0, 1050)).isEmpty())
                .isTrue();
    }

    @Test
    void noDelaysAndNoDischarges() {
        DelayMeasures allOnTime = DischargeDelays.month(
                new DischargeMonth(APRIL, 50, 50, 0, 0, 0, 0, 0, 0, 0), L95).measures().orElseThrow();
        assertThat(allOnTime.averageDelayPerDelayedDischarge()).isEmpty();
        assertThat(allOnTime.averageDelayPerDischarge()).isZero();
        assertThat(allOnTime.percentOnReadyDate().upper()).isEqualTo(100.0);
        DelayReport none = DischargeDelays.month(new DischargeMonth(APRIL, 0, 0, 0, 0, 0, 0, 0, 0, 0), L95);
        assertThat(none.measures()).isEmpty();
        assertThat(none.findings().ofRule(DischargeDelays.NO_DISCHARGES).list().get(0).message())
                .contains("no discharges in 2024-04");
        DelayMeasures noneOnTime = DischargeDelays.month(
                new DischargeMonth(APRIL, 3, 0, 3, 0, 0, 0, 0, 0, 3), ConfidenceLevel.NINETY_NINE_POINT_EIGHT)
                .measures().orElseThrow();
        assertThat(noneOnTime.percentOnReadyDate().lower()).isZero();
    }

    @Test
    void yearToDateSumsTheMonths() {
        DischargeMonth may = new DischargeMonth(YearMonth.of(2024, 5), 900, 700, 100, 50, 20, 20, 5, 5, 900);
        DelayReport ytd = DischargeDelays.yearToDate(List.of(april(), may), L95);
        DelayMeasures m = ytd.measures().orElseThrow();
        assertThat(m.from()).isEqualTo(APRIL);
        assertThat(m.to()).isEqualTo(YearMonth.of(2024, 5));
        assertThat(m.discharges()).isEqualTo(1900);
        assertThat(m.onReadyDate()).isEqualTo(1520);
        assertThat(m.averageDelayPerDischarge()).isCloseTo(1983.0 / 1900, within(1e-15));
        assertThat(m.averageDelayPerDelayedDischarge().getAsDouble()).isCloseTo(1983.0 / 380, within(1e-15));
        assertThat(DischargeDelays.months(List.of(april(), may), L95)).hasSize(2)
                .extracting(r -> r.measures().orElseThrow().discharges()).containsExactly(1000L, 900L);
    }

    @Test
    void aYearToDateWithAMonthThatDoesNotAddUpHasNoMeasures() {
        DischargeMonth may = new DischargeMonth(YearMonth.of(2024, 5), 900, 700, 100, 50, 20, 20, 5, 4, 900);
        DelayReport ytd = DischargeDelays.yearToDate(List.of(april(), may), L95);
        assertThat(ytd.measures()).isEmpty();
        assertThat(ytd.findings().ofRule(org.openbcf.core.finding.Rule.R_DRD_1).list()).extracting(Finding::where)
                .containsExactly("discharge.2024-05.discharges");
    }

    @Test
    void aYearToDateIsConsecutiveMonthsOfOneFinancialYear() {
        DischargeMonth june = new DischargeMonth(YearMonth.of(2024, 6), 1, 1, 0, 0, 0, 0, 0, 0, 0);
        assertThatThrownBy(() -> DischargeDelays.yearToDate(List.of(april(), june), L95))
                .hasMessageContaining("month 2024-06 must follow 2024-04");
        DischargeMonth march = new DischargeMonth(YearMonth.of(2024, 3), 1, 1, 0, 0, 0, 0, 0, 0, 0);
        assertThatThrownBy(() -> DischargeDelays.yearToDate(List.of(march, april()), L95))
                .hasMessageContaining("month 2024-04 starts a new financial year");
        assertThatThrownBy(() -> DischargeDelays.yearToDate(List.of(), L95)).hasMessageContaining("at least one month");
        DischargeMonth january = new DischargeMonth(YearMonth.of(2025, 1), 1, 1, 0, 0, 0, 0, 0, 0, 0);
        DischargeMonth february = new DischargeMonth(YearMonth.of(2025, 2), 1, 1, 0, 0, 0, 0, 0, 0, 0);
        assertThat(DischargeDelays.yearToDate(List.of(january, february), L95).to()).isEqualTo(YearMonth.of(2025, 2));
    }

    @Test
    void bandsPrintAsNhsEnglandDoes() {
        assertThat(DelayBand.values()).extracting(DelayBand::toString)
                .containsExactly("1", "2-3", "4-6", "7-13", "14-20", "21+");
        assertThat(DelayBand.TWENTY_ONE_PLUS.maximumDays()).isEqualTo(OptionalInt.empty());
        assertThat(DelayBand.FOUR_TO_SIX.maximumDays()).isEqualTo(OptionalInt.of(6));
        assertThat(DelayBand.FOUR_TO_SIX.minimumDays()).isEqualTo(4);
        assertThat(april().delayedByBand()).containsEntry(DelayBand.SEVEN_TO_THIRTEEN, 20L).hasSize(6);
    }

    @Test
    void badInputNamesTheFieldAndValue() {
        assertThatThrownBy(() -> new DischargeMonth(APRIL, 10, 1, 1, 1, 1, 1, 1, -1, 1))
                .hasMessageContaining("delayed 21+ days in 2024-04 (-1)");
        assertThatThrownBy(() -> new DischargeMonth(APRIL, -10, 1, 1, 1, 1, 1, 1, 1, 1))
                .hasMessageContaining("discharges in 2024-04 (-10)");
        assertThatThrownBy(() -> new DischargeMonth(APRIL, 10, 1, 1, 1, 1, 1, 1, 1, -5))
                .hasMessageContaining("bed days lost in 2024-04 (-5)");
        assertThatThrownBy(() -> new DischargeMonth(null, 10, 1, 1, 1, 1, 1, 1, 1, 1))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("month");
        Estimate e = DischargeDelays.month(april(), L95).measures().orElseThrow().percentOnReadyDate();
        assertThatThrownBy(() -> new DelayMeasures(APRIL, APRIL.minusMonths(1), 10, 5, 1, e, 0.1,
                java.util.OptionalDouble.empty())).hasMessageContaining("last month (2024-03)");
        assertThatThrownBy(() -> new DelayMeasures(APRIL, APRIL, 10, 11, 1, e, 0.1,
                java.util.OptionalDouble.empty())).hasMessageContaining("on the ready date (11)");
        assertThatThrownBy(() -> new DelayReport(APRIL, APRIL, java.util.Optional.empty(), Findings.none()))
                .hasMessageContaining("must carry the error finding");
    }
}

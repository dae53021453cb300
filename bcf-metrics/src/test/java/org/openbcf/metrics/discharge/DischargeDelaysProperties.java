package org.openbcf.metrics.discharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openbcf.core.Generators;
import org.openbcf.metrics.stats.ConfidenceLevel;
import org.quicktheories.core.Gen;

class DischargeDelaysProperties {

    /** A month that adds up: same-day and six bands from the generator, discharges their sum. */
    private static Gen<DischargeMonth> consistentMonths() {
        return lists().of(longs().between(0, 2_000)).ofSize(8).map(c -> {
            long delayed = c.get(1) + c.get(2) + c.get(3) + c.get(4) + c.get(5) + c.get(6);
            long fewest = c.get(1) + 2 * c.get(2) + 4 * c.get(3) + 7 * c.get(4) + 14 * c.get(5) + 21 * c.get(6);
            long bedDays = fewest + (c.get(6) > 0 ? c.get(7) : 0);
            return new DischargeMonth(YearMonth.of(2024, 4), c.get(0) + delayed + 1, c.get(0) + 1,
                    c.get(1), c.get(2), c.get(3), c.get(4), c.get(5), c.get(6), bedDays);
        });
    }

    @Test
    void aConsistentMonthHasNoFindingsAndItsYearToDateIsItself() {
        qt().withFixedSeed(Generators.SEED).forAll(consistentMonths()).checkAssert(month -> {
            DelayReport alone = DischargeDelays.month(month, ConfidenceLevel.NINETY_FIVE);
            assertThat(alone.findings().isEmpty()).isTrue();
            assertThat(DischargeDelays.yearToDate(List.of(month), ConfidenceLevel.NINETY_FIVE)).isEqualTo(alone);
            DelayMeasures m = alone.measures().orElseThrow();
            m.averageDelayPerDelayedDischarge().ifPresent(perDelayed ->
                    assertThat(perDelayed).isGreaterThanOrEqualTo(m.averageDelayPerDischarge()));
        });
    }

    @Test
    void changingTheDischargesOfAConsistentMonthIsAlwaysAnError() {
        qt().withFixedSeed(Generators.SEED).forAll(consistentMonths(), longs().between(1, 50)).checkAssert((m, k) -> {
            DischargeMonth off = new DischargeMonth(m.month(), m.discharges() + k, m.onReadyDate(), m.delayed1(),
                    m.delayed2To3(), m.delayed4To6(), m.delayed7To13(), m.delayed14To20(), m.delayed21Plus(),
                    m.bedDaysLost());
            DelayReport report = DischargeDelays.month(off, ConfidenceLevel.NINETY_FIVE);
            assertThat(report.measures()).isEmpty();
            assertThat(report.findings().ofRule(DischargeDelays.SAME_DAY_PLUS_DELAYED).size()).isEqualTo(1);
        });
    }
}

package org.openbcf.metrics.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openbcf.core.Generators;

class BankHolidayProperties {

    @Test
    void everyComputedHolidayIsAWeekdayAndAYearWithoutOneOffsHasEight() {
        qt().withFixedSeed(Generators.SEED).forAll(integers().between(2024, 9999)).checkAssert(year -> {
            Map<LocalDate, String> days = EnglandAndWalesHolidays.of(year);
            assertThat(days).hasSize(8);
            assertThat(days.keySet()).allMatch(d -> d.getYear() == year && d.getDayOfWeek().getValue() <= 5);
        });
    }

    @Test
    void goodFridayIsTwoDaysBeforeAnEasterSundayInMarchOrApril() {
        qt().withFixedSeed(Generators.SEED).forAll(integers().between(2010, 9999)).checkAssert(year -> {
            LocalDate easter = EnglandAndWalesHolidays.easterSunday(year);
            assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
            assertThat(easter).isBetween(LocalDate.of(year, 3, 22), LocalDate.of(year, 4, 25));
            assertThat(EnglandAndWalesHolidays.of(year)).containsEntry(easter.minusDays(2), "Good Friday")
                    .containsEntry(easter.plusDays(1), "Easter Monday");
        });
    }

    @Test
    void christmasAndBoxingDayAlwaysGiveTwoWeekdayHolidaysBetween25And28December() {
        qt().withFixedSeed(Generators.SEED).forAll(integers().between(2010, 9999)).checkAssert(year -> {
            long count = EnglandAndWalesHolidays.of(year).keySet().stream()
                    .filter(d -> d.getMonthValue() == 12 && d.getDayOfMonth() >= 25 && d.getDayOfMonth() <= 28).count();
            assertThat(count).isEqualTo(2);
        });
    }
}

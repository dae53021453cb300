package org.openbcf.metrics.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.DateTimeException;
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

    @Test
    void aCalendarDateIsReadExactlyAsLocalDateParseReadsIt() {
        // yyyy-MM-dd with any digits (months 0-19, days 0-39: many impossible dates), and the same with
        // one character changed to a sign, a space, a letter or a non-ASCII digit
        String[] odd = {"+", "-", " ", "x", "\u0661", "0"};
        qt().withFixedSeed(Generators.SEED).withExamples(2_000)
                .forAll(integers().between(0, 9999), integers().between(0, 19 * 40 - 1), integers().between(-1, 9),
                        integers().between(0, odd.length - 1))
                .checkAssert((year, monthAndDay, at, with) -> {
                    String text = String.format("%04d-%02d-%02d", year, monthAndDay / 40, monthAndDay % 40);
                    if (at >= 0) {
                        text = text.substring(0, at) + odd[with] + text.substring(at + 1);
                    }
                    Object expected;
                    try {
                        expected = LocalDate.parse(text);
                    } catch (DateTimeException e) {
                        expected = "refused";
                    }
                    Object actual;
                    try {
                        actual = HolidayCalendar.isoDate(text);
                    } catch (DateTimeException e) {
                        actual = "refused";
                    }
                    assertThat(actual).as(text).isEqualTo(expected);
                });
    }
}

package org.openbcf.metrics.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openbcf.core.time.FinancialYear;

/** England and Wales bank holidays by rule; the shipped GOV.UK list is the oracle for 2010–2030. */
class ComputedHolidaysTest {

    @Test
    void computedEqualsTheShippedList2010To2030Exactly() {
        HolidayCalendar shipped = HolidayCalendar.englandAndWales();
        HolidayCalendar computed = HolidayCalendar.englandAndWales(2010, 2030);
        assertThat(computed.holidays()).containsExactlyEntriesOf(shipped.holidays());
        assertThat(computed).hasToString(shipped.toString());
    }

    @Test
    void the2031To2040HolidaysAreComputed() {
        HolidayCalendar later = HolidayCalendar.englandAndWales(2031, 2040);
        assertThat(later.holidays()).hasSize(80);   // eight a year, no one-offs known
        Map<LocalDate, String> h = later.holidays();
        // 2031: Easter Sunday 13 April; Christmas Thursday; 2032: Christmas Saturday -> Mon 27, Tue 28
        assertThat(h).containsEntry(LocalDate.of(2031, 4, 11), "Good Friday").containsEntry(LocalDate.of(2031, 4, 14), "Easter Monday")
                .containsEntry(LocalDate.of(2032, 12, 27), "Christmas Day (substitute day)")
                .containsEntry(LocalDate.of(2032, 12, 28), "Boxing Day (substitute day)")
                // 2033: New Year's Day Saturday -> Monday 3 January; Christmas Sunday -> Boxing Mon, substitute Tue
                .containsEntry(LocalDate.of(2033, 1, 3), "New Year's Day (substitute day)")
                .containsEntry(LocalDate.of(2033, 12, 26), "Boxing Day")
                .containsEntry(LocalDate.of(2033, 12, 27), "Christmas Day (substitute day)")
                // 2038: Easter Sunday 25 April, the latest possible date
                .containsEntry(LocalDate.of(2038, 4, 26), "Easter Monday")
                .containsEntry(LocalDate.of(2040, 5, 7), "Early May bank holiday")
                .containsEntry(LocalDate.of(2040, 5, 28), "Spring bank holiday")
                .containsEntry(LocalDate.of(2040, 8, 27), "Summer bank holiday");
        assertThat(h.keySet()).allMatch(d -> d.getDayOfWeek().getValue() <= 5);
        // profiling beyond 2030 now works
        assertThat(WorkingDayProfile.of(FinancialYear.of(2035), HolidayCalendar.englandAndWales(2035, 2036)).totalWorkingDays())
                .isBetween(250, 256);
        assertThat(later.workingDays(YearMonth.of(2031, 12))).isEqualTo(21);
    }

    @Test
    void easterFollowsTheComputus() {
        assertThat(EnglandAndWalesHolidays.easterSunday(2016)).isEqualTo(LocalDate.of(2016, 3, 27));
        assertThat(EnglandAndWalesHolidays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(EnglandAndWalesHolidays.easterSunday(2285)).isEqualTo(LocalDate.of(2285, 3, 22));   // earliest
        assertThat(EnglandAndWalesHolidays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));   // latest
        // an independent oracle for every year 1900-2099: Gauss's rule for the Gregorian calendar
        for (int year = 1900; year <= 2099; year++) {
            assertThat(EnglandAndWalesHolidays.easterSunday(year)).as("Easter " + year).isEqualTo(gauss(year));
        }
    }

    private static LocalDate gauss(int year) {
        int a = year % 19;
        int b = year % 4;
        int c = year % 7;
        int m = 24;
        int n = 5;   // valid 1900-2099
        int d = (19 * a + m) % 30;
        int e = (2 * b + 4 * c + 6 * d + n) % 7;
        int day = 22 + d + e;
        if (d == 29 && e == 6) {
            return LocalDate.of(year, 4, 19);
        }
        if (d == 28 && e == 6 && (11 * m + 11) % 30 < 19) {
            return LocalDate.of(year, 4, 18);
        }
        return day <= 31 ? LocalDate.of(year, 3, day) : LocalDate.of(year, 4, day - 31);
    }

    @Test
    void yearsBefore2010AndBackwardSpansAreRefused() {
        assertThatThrownBy(() -> HolidayCalendar.englandAndWales(2009, 2012)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not 2009");
        assertThatThrownBy(() -> HolidayCalendar.englandAndWales(2020, 2019)).hasMessageContaining("last year (2019)");
    }
}

package org.openbcf.metrics.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

class HolidayCalendarTest {

    private static final HolidayCalendar EW = HolidayCalendar.englandAndWales();

    @Test
    void coversTwentyTenToTwentyThirty() {
        assertThat(EW.firstYear()).isEqualTo(2010);
        assertThat(EW.lastYear()).isEqualTo(2030);
        assertThat(EW.name()).isEqualTo("England and Wales");
        assertThat(EW.holidays()).hasSize(173);
        assertThat(EW).hasToString("England and Wales 2010-2030 (173 holidays)");
    }

    @Test
    void holidaysOf2016To17MatchG22() {
        // G-22: 2 May, 30 May, 29 Aug, 26 Dec, 27 Dec 2016 and 2 Jan 2017; Easter outside the year
        assertThat(EW.holidays().keySet()).filteredOn(d -> !d.isBefore(LocalDate.of(2016, 4, 1))
                && !d.isAfter(LocalDate.of(2017, 3, 31))).containsExactly(
                LocalDate.of(2016, 5, 2), LocalDate.of(2016, 5, 30), LocalDate.of(2016, 8, 29),
                LocalDate.of(2016, 12, 26), LocalDate.of(2016, 12, 27), LocalDate.of(2017, 1, 2));
        assertThat(EW.holiday(LocalDate.of(2016, 12, 27))).contains("Christmas Day (substitute day)");
    }

    @Test
    void oneOffHolidaysAreIncluded() {
        assertThat(EW.holiday(LocalDate.of(2011, 4, 29))).contains("Royal wedding");
        assertThat(EW.holiday(LocalDate.of(2012, 6, 5))).contains("Queen's Diamond Jubilee");
        assertThat(EW.holiday(LocalDate.of(2022, 6, 3))).contains("Platinum Jubilee bank holiday");
        assertThat(EW.holiday(LocalDate.of(2022, 9, 19))).hasValueSatisfying(n -> assertThat(n).contains("State Funeral"));
        assertThat(EW.holiday(LocalDate.of(2023, 5, 8))).hasValueSatisfying(n -> assertThat(n).contains("coronation"));
    }

    @Test
    void movedHolidaysAreOnTheirMovedDates() {
        // 2020: early May moved to Friday 8 May (VE day); 2012 and 2022: spring holiday moved into June
        assertThat(EW.isWorkingDay(LocalDate.of(2020, 5, 4))).isTrue();
        assertThat(EW.isWorkingDay(LocalDate.of(2020, 5, 8))).isFalse();
        assertThat(EW.isWorkingDay(LocalDate.of(2012, 5, 28))).isTrue();
        assertThat(EW.isWorkingDay(LocalDate.of(2012, 6, 4))).isFalse();
        assertThat(EW.isWorkingDay(LocalDate.of(2022, 5, 30))).isTrue();
        assertThat(EW.isWorkingDay(LocalDate.of(2022, 6, 2))).isFalse();
    }

    @Test
    void substituteDaysFollowWeekendHolidays() {
        assertThat(EW.holiday(LocalDate.of(2021, 12, 27))).contains("Christmas Day (substitute day)");
        assertThat(EW.holiday(LocalDate.of(2021, 12, 28))).contains("Boxing Day (substitute day)");
        assertThat(EW.holiday(LocalDate.of(2020, 12, 28))).contains("Boxing Day (substitute day)");
        assertThat(EW.holiday(LocalDate.of(2022, 1, 3))).contains("New Year's Day (substitute day)");
        assertThat(EW.holiday(LocalDate.of(2027, 12, 27))).contains("Christmas Day (substitute day)");
        assertThat(EW.holiday(LocalDate.of(2016, 12, 28))).isEmpty();
    }

    @Test
    void weekendsAreNotWorkingDays() {
        assertThat(EW.isWorkingDay(LocalDate.of(2016, 4, 2))).isFalse();
        assertThat(EW.isWorkingDay(LocalDate.of(2016, 4, 3))).isFalse();
        assertThat(EW.isWorkingDay(LocalDate.of(2016, 4, 4))).isTrue();
        assertThat(EW.isWorkingDay(LocalDate.of(2016, 4, 1))).isTrue();
        assertThat(EW.workingDays(YearMonth.of(2016, 4))).isEqualTo(21);
        assertThat(EW.workingDays(YearMonth.of(2016, 12))).isEqualTo(20);
    }

    @Test
    void callersCanSupplyTheirOwnCalendar() {
        HolidayCalendar none = HolidayCalendar.of("none", 2016, 2016, List.of());
        assertThat(none.workingDays(YearMonth.of(2016, 5))).isEqualTo(22);
        HolidayCalendar one = HolidayCalendar.of(" local ", 2016, 2017, List.of(LocalDate.of(2016, 5, 3)));
        assertThat(one.workingDays(YearMonth.of(2016, 5))).isEqualTo(21);
        assertThat(one.holiday(LocalDate.of(2016, 5, 3))).contains("holiday");
        assertThat(one.name()).isEqualTo("local");
        HolidayCalendar read = HolidayCalendar.read("file", new StringReader(
                "# a comment\ndate,name\n\n2016-05-03, Local day \n2017-01-02,New Year\n"));
        assertThat(read.holidays()).containsEntry(LocalDate.of(2016, 5, 3), "Local day");
        assertThat(read.firstYear()).isEqualTo(2016);
        assertThat(read.lastYear()).isEqualTo(2017);
    }

    @Test
    void datesOutsideTheCalendarAreRejected() {
        assertThatThrownBy(() -> EW.isWorkingDay(LocalDate.of(2031, 1, 2))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("date 2031-01-02 is outside calendar England and Wales (2010 to 2030)");
        assertThatThrownBy(() -> EW.holiday(LocalDate.of(2009, 12, 31))).hasMessageContaining("2009-12-31");
        assertThat(EW.isWorkingDay(LocalDate.of(2010, 1, 4))).isTrue();
        assertThat(EW.isWorkingDay(LocalDate.of(2030, 12, 31))).isTrue();
    }

    @Test
    void rejectsBadCalendars() {
        assertThatThrownBy(() -> HolidayCalendar.of("x", 2017, 2016, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("last year (2016) must not be before first year (2017)");
        assertThatThrownBy(() -> HolidayCalendar.of("x", 2016, 2016, List.of(LocalDate.of(2017, 1, 2))))
                .hasMessageContaining("holiday 2017-01-02 is outside the years covered (2016 to 2016)");
        assertThatThrownBy(() -> HolidayCalendar.of("x", 2016, 2016, List.of(LocalDate.of(2015, 12, 25))))
                .hasMessageContaining("holiday 2015-12-25");
        assertThatThrownBy(() -> HolidayCalendar.read("f", new StringReader("date,name\n2016-13-01,Bad\n")))
                .hasMessageContaining("calendar f line 2: date '2016-13-01' is not an ISO date");
        assertThatThrownBy(() -> HolidayCalendar.read("f", new StringReader("2016-05-03\n")))
                .hasMessageContaining("calendar f line 1 ('2016-05-03') must be a date and a name");
        assertThatThrownBy(() -> HolidayCalendar.read("f", new StringReader("2016-05-03,\n")))
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> HolidayCalendar.read("f", new StringReader("# nothing\n")))
                .hasMessageContaining("calendar f has no holidays");
        assertThatThrownBy(() -> HolidayCalendar.of(" ", 2016, 2016, List.of())).hasMessageContaining("name must not be blank");
        assertThatThrownBy(() -> EW.workingDays(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("month");
    }
}

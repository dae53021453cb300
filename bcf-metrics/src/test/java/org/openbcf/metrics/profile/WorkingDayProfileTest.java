package org.openbcf.metrics.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openbcf.core.time.FinancialQuarter;
import org.openbcf.core.time.FinancialYear;

class WorkingDayProfileTest {

    private static final WorkingDayProfile Y2016 =
            WorkingDayProfile.of(FinancialYear.of(2016), HolidayCalendar.englandAndWales());

    @Test
    void workingDaysOf2016To17AreThoseOfG22() {
        assertThat(Y2016.workingDays()).containsExactly(21, 20, 22, 21, 22, 22, 21, 22, 20, 21, 20, 23);
        assertThat(Y2016.totalWorkingDays()).isEqualTo(255);
        assertThat(Y2016.year()).isEqualTo(FinancialYear.of(2016));
        assertThat(Y2016).hasToString("2016/17 [21, 20, 22, 21, 22, 22, 21, 22, 20, 21, 20, 23] = 255");
    }

    @Test
    void monthlyProfileOf1308IsThatOfG22() {
        List<ProfiledMonth> profile = Y2016.monthly(1308);
        double[] expected = {107.72, 102.59, 112.85, 107.72, 112.85, 112.85, 107.72, 112.85, 102.59, 107.72,
            102.59, 117.98};
        for (int i = 0; i < expected.length; i++) {
            assertThat(profile.get(i).target()).isCloseTo(expected[i], within(0.005));
        }
        assertThat(profile.get(0)).isEqualTo(new ProfiledMonth(YearMonth.of(2016, 4), 21, 1308.0 * 21 / 255));
        assertThat(profile.get(11).month()).isEqualTo(YearMonth.of(2017, 3));
        assertThat(profile.stream().mapToDouble(ProfiledMonth::target).sum()).isCloseTo(1308.0, within(1e-9));
    }

    @Test
    void wholeProfileOf1308IsTheLargestRemainderProfileOfG22() {
        List<ProfiledMonth> profile = Y2016.monthlyWhole(1308);
        assertThat(profile).extracting(ProfiledMonth::target).containsExactly(
                108.0, 102.0, 113.0, 108.0, 113.0, 113.0, 108.0, 113.0, 102.0, 108.0, 102.0, 118.0);
        assertThat(profile).extracting(ProfiledMonth::workingDays).containsExactlyElementsOf(Y2016.workingDays());
        assertThat(Y2016.quarterly(profile)).containsExactly(
                org.assertj.core.api.Assertions.entry(FinancialQuarter.of(2016, 1), 323.0),
                org.assertj.core.api.Assertions.entry(FinancialQuarter.of(2016, 2), 334.0),
                org.assertj.core.api.Assertions.entry(FinancialQuarter.of(2016, 3), 323.0),
                org.assertj.core.api.Assertions.entry(FinancialQuarter.of(2016, 4), 328.0));
    }

    @Test
    void zeroProfilesToZero() {
        assertThat(Y2016.monthlyWhole(0)).extracting(ProfiledMonth::target).containsOnly(0.0);
        assertThat(Y2016.monthly(0)).extracting(ProfiledMonth::target).containsOnly(0.0);
    }

    @Test
    void yearsAtTheEdgeOfTheCalendar() {
        assertThat(WorkingDayProfile.of(FinancialYear.of(2010), HolidayCalendar.englandAndWales()).totalWorkingDays())
                .isPositive();
        assertThat(WorkingDayProfile.of(FinancialYear.of(2029), HolidayCalendar.englandAndWales()).totalWorkingDays())
                .isPositive();
        assertThatThrownBy(() -> WorkingDayProfile.of(FinancialYear.of(2030), HolidayCalendar.englandAndWales()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("financial year 2030/31 is outside calendar England and Wales (2010 to 2030)");
        assertThatThrownBy(() -> WorkingDayProfile.of(FinancialYear.of(2009), HolidayCalendar.englandAndWales()))
                .hasMessageContaining("financial year 2009/10");
    }

    @Test
    void aCalendarWithoutWorkingDaysCannotProfile() {
        List<LocalDate> everyDay = LocalDate.of(2016, 1, 1).datesUntil(LocalDate.of(2018, 1, 1)).toList();
        HolidayCalendar closed = HolidayCalendar.of("closed", 2016, 2017, everyDay);
        assertThatThrownBy(() -> WorkingDayProfile.of(FinancialYear.of(2016), closed))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("financial year 2016/17 has no working days in calendar closed");
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> Y2016.monthly(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("annual target (-1.0)");
        assertThatThrownBy(() -> Y2016.monthly(Double.NaN)).hasMessageContaining("annual target (NaN)");
        assertThatThrownBy(() -> Y2016.monthly(Double.POSITIVE_INFINITY)).hasMessageContaining("(Infinity)");
        assertThatThrownBy(() -> Y2016.monthlyWhole(-1)).hasMessageContaining("annual target (-1) must not be negative");
        assertThatThrownBy(() -> Y2016.quarterly(List.of(new ProfiledMonth(YearMonth.of(2017, 4), 1, 1))))
                .hasMessageContaining("month 2017-04 is not in financial year 2016/17");
        assertThatThrownBy(() -> new ProfiledMonth(YearMonth.of(2017, 4), -1, 1))
                .hasMessageContaining("working days of 2017-04 (-1)");
        assertThatThrownBy(() -> new ProfiledMonth(YearMonth.of(2017, 4), 1, -1))
                .hasMessageContaining("target of 2017-04 (-1.0)");
        assertThatThrownBy(() -> WorkingDayProfile.of(null, HolidayCalendar.englandAndWales()))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("year");
    }
}

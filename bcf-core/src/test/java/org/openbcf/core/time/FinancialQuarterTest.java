package org.openbcf.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class FinancialQuarterTest {

    @Test
    void parsesTheTemplateForms() {
        FinancialQuarter q3 = FinancialQuarter.of(2015, 3);
        assertThat(FinancialQuarter.parse("Q3 2015/16")).isEqualTo(q3);
        assertThat(FinancialQuarter.parse("Q3 15/16")).isEqualTo(q3);
        assertThat(FinancialQuarter.parse("Q3 2015-16")).isEqualTo(q3);
        assertThat(FinancialQuarter.parse("q3  2015\u201016")).isEqualTo(q3);
        assertThat(q3).hasToString("Q3 2015/16");
    }

    @Test
    void rejectsBadQuarters() {
        assertThatThrownBy(() -> FinancialQuarter.parse("Q5 2015/16"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Q5 2015/16").hasMessageContaining("must be Q1 to Q4");
        assertThatThrownBy(() -> FinancialQuarter.parse("Q0 2015/16")).hasMessageContaining("must be Q1 to Q4");
        assertThatThrownBy(() -> FinancialQuarter.parse("Q99999999999 2015/16")).hasMessageContaining("must be Q1 to Q4");
        assertThatThrownBy(() -> FinancialQuarter.parse("Q3 2015/17"))
                .hasMessageContaining("Q3 2015/17").hasMessageContaining("must end the year after it starts");
        assertThatThrownBy(() -> FinancialQuarter.parse("2015/16")).hasMessageContaining("is not of the form Q3 2015/16");
        assertThatThrownBy(() -> FinancialQuarter.of(2015, 5)).hasMessageContaining("quarter of 2015/16 (5) must be between 1 and 4");
        assertThatThrownBy(() -> FinancialQuarter.of(null, 1)).isInstanceOf(NullPointerException.class).hasMessageContaining("year");
    }

    @Test
    void knowsItsMonthsAndDays() {
        FinancialQuarter q4 = FinancialQuarter.parse("Q4 14/15");
        assertThat(q4.firstDay()).isEqualTo(LocalDate.of(2015, 1, 1));
        assertThat(q4.lastDay()).isEqualTo(LocalDate.of(2015, 3, 31));
        assertThat(q4.months()).containsExactly(YearMonth.of(2015, 1), YearMonth.of(2015, 2), YearMonth.of(2015, 3));
        FinancialQuarter q1 = FinancialQuarter.parse("Q1 2015/16");
        assertThat(q1.firstDay()).isEqualTo(LocalDate.of(2015, 4, 1));
        assertThat(q1.lastDay()).isEqualTo(LocalDate.of(2015, 6, 30));
        assertThat(FinancialQuarter.parse("Q3 2015/16").lastDay()).isEqualTo(LocalDate.of(2015, 12, 31));
        assertThat(FinancialQuarter.from(LocalDate.of(2015, 1, 15))).isEqualTo(q4);
        assertThat(FinancialQuarter.from(LocalDate.of(2015, 9, 30))).hasToString("Q2 2015/16");
        assertThat(q4.contains(LocalDate.of(2015, 3, 31))).isTrue();
        assertThat(q4.contains(LocalDate.of(2015, 4, 1))).isFalse();
    }

    @Test
    void movesAcrossYearEnds() {
        FinancialQuarter q4 = FinancialQuarter.parse("Q4 2014/15");
        assertThat(q4.next()).hasToString("Q1 2015/16");
        assertThat(q4.next().previous()).isEqualTo(q4);
        assertThat(q4.plusQuarters(3)).hasToString("Q3 2015/16");
        assertThat(q4.plusQuarters(-4)).hasToString("Q4 2013/14");
        assertThat(q4.minusYears(1)).hasToString("Q4 2013/14");
        assertThat(q4.quartersUntil(FinancialQuarter.parse("Q3 2015/16"))).isEqualTo(3);
        assertThat(FinancialQuarter.rangeClosed(q4, q4.plusQuarters(3))).extracting(FinancialQuarter::toString)
                .containsExactly("Q4 2014/15", "Q1 2015/16", "Q2 2015/16", "Q3 2015/16");
        assertThat(FinancialQuarter.rangeClosed(q4, q4)).containsExactly(q4);
        assertThatThrownBy(() -> FinancialQuarter.rangeClosed(q4, q4.previous()))
                .hasMessageContaining("must not be before its start");
        assertThatThrownBy(() -> FinancialQuarter.of(9998, 4).next()).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> FinancialQuarter.of(1900, 1).previous()).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void ordersChronologically() {
        assertThat(FinancialQuarter.parse("Q4 2014/15")).isLessThan(FinancialQuarter.parse("Q1 2015/16"));
        assertThat(FinancialQuarter.parse("Q1 2015/16")).isLessThan(FinancialQuarter.parse("Q2 2015/16"));
        assertThat(FinancialQuarter.parse("Q2 2015/16").compareTo(FinancialQuarter.of(2015, 2))).isZero();
    }
}

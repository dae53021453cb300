package org.openbcf.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class FinancialYearTest {

    @Test
    void parsesTheTemplateForms() {
        assertThat(FinancialYear.parse("2015/16")).isEqualTo(FinancialYear.of(2015));
        assertThat(FinancialYear.parse("15/16")).isEqualTo(FinancialYear.of(2015));
        assertThat(FinancialYear.parse("2015-16")).isEqualTo(FinancialYear.of(2015));
        assertThat(FinancialYear.parse("2015\u201016")).isEqualTo(FinancialYear.of(2015));
        assertThat(FinancialYear.parse(" 2016/2017 ")).isEqualTo(FinancialYear.of(2016));
        assertThat(FinancialYear.parse("1999/00")).isEqualTo(FinancialYear.of(1999));
        assertThat(FinancialYear.parse("99/00")).isEqualTo(FinancialYear.of(2099));
    }

    @Test
    void printsTheCanonicalForm() {
        assertThat(FinancialYear.of(2015)).hasToString("2015/16");
        assertThat(FinancialYear.of(1999)).hasToString("1999/00");
        assertThat(FinancialYear.of(2009)).hasToString("2009/10");
    }

    @Test
    void rejectsAYearThatDoesNotEndTheYearAfterItStarts() {
        assertThatThrownBy(() -> FinancialYear.parse("2015/17"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2015/17").hasMessageContaining("must end the year after it starts (2015/16)");
        assertThatThrownBy(() -> FinancialYear.parse("2015/2017")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FinancialYear.parse("2015")).hasMessageContaining("'2015' is not of the form 2015/16");
        assertThatThrownBy(() -> FinancialYear.parse("abc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FinancialYear.of(1899)).hasMessageContaining("financial year start (1899) must be between 1,900 and 9,998");
        assertThatThrownBy(() -> FinancialYear.parse(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("text");
    }

    @Test
    void runsFromAprilToMarch() {
        FinancialYear year = FinancialYear.parse("2015/16");
        assertThat(year.firstDay()).isEqualTo(LocalDate.of(2015, 4, 1));
        assertThat(year.lastDay()).isEqualTo(LocalDate.of(2016, 3, 31));
        assertThat(year.endYear()).isEqualTo(2016);
        assertThat(year.months()).hasSize(12).startsWith(YearMonth.of(2015, 4)).endsWith(YearMonth.of(2016, 3));
        assertThat(year.quarters()).extracting(FinancialQuarter::toString)
                .containsExactly("Q1 2015/16", "Q2 2015/16", "Q3 2015/16", "Q4 2015/16");
        assertThat(FinancialYear.from(LocalDate.of(2016, 3, 31))).isEqualTo(year);
        assertThat(FinancialYear.from(LocalDate.of(2016, 4, 1))).isEqualTo(year.next());
        assertThat(year.contains(LocalDate.of(2015, 4, 1))).isTrue();
        assertThat(year.contains(LocalDate.of(2015, 3, 31))).isFalse();
        assertThat(year.previous()).hasToString("2014/15");
        assertThat(year.plusYears(7)).hasToString("2022/23");
    }

    @Test
    void ordersChronologically() {
        assertThat(FinancialYear.of(2015)).isLessThan(FinancialYear.of(2016));
        assertThat(FinancialYear.of(2015).compareTo(FinancialYear.of(2015))).isZero();
    }
}

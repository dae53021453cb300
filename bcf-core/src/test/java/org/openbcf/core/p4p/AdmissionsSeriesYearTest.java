package org.openbcf.core.p4p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openbcf.core.time.FinancialQuarter;

/** P4P exists only in its year, Q4 2014/15 .. Q3 2015/16 (spec README, Payment for performance). */
class AdmissionsSeriesYearTest {

    @Test
    void aQ1202324SeriesIsRefusedNamingTheP4pYear() {
        assertThatThrownBy(() -> AdmissionsSeries.of(AdmissionsQuarter.of(FinancialQuarter.parse("Q1 2023/24"), 10, 9, 9)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Q1 2023/24")
                .hasMessageContaining("payment-for-performance year Q4 2014/15 to Q3 2015/16");
    }

    @Test
    void aSeriesRunningPastQ3201516IsRefusedAtItsFirstQuarterOutside() {
        assertThatThrownBy(() -> AdmissionsSeries.of(FinancialQuarter.parse("Q1 15/16"),
                new long[] {1, 1, 1, 1}, new long[] {1, 1, 1, 1}, new long[] {1, 1, 1, 1}))
                .hasMessageContaining("quarter Q4 2015/16 is outside");
        assertThatThrownBy(() -> AdmissionsSeries.of(AdmissionsQuarter.of(FinancialQuarter.parse("Q3 2014/15"), 1, 1, 1)))
                .hasMessageContaining("Q3 2014/15");
    }

    @Test
    void everyQuarterOfTheP4pYearIsAccepted() {
        assertThat(AdmissionsSeries.of(FinancialQuarter.parse("Q4 14/15"), new long[] {1, 1, 1, 1}, new long[] {1, 1, 1, 1},
                new long[] {1, 1, 1, 1}).size()).isEqualTo(4);
        assertThat(AdmissionsSeries.of(AdmissionsQuarter.of(FinancialQuarter.parse("Q3 15/16"), 1, 1, 1)).size()).isEqualTo(1);
    }
}

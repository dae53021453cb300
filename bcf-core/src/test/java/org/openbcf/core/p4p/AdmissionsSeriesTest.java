package org.openbcf.core.p4p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openbcf.core.time.FinancialQuarter;

class AdmissionsSeriesTest {

    private static final FinancialQuarter Q3 = FinancialQuarter.parse("Q3 2015/16");

    @Test
    void buildsNorfolkFromColumns() {
        AdmissionsSeries series = AdmissionsSeries.of(Norfolk.FIRST, Norfolk.BASELINE, Norfolk.PLAN, Norfolk.ACTUAL);
        assertThat(series.size()).isEqualTo(4);
        assertThat(series.quarters()).extracting(q -> q.quarter().toString())
                .containsExactly("Q4 2014/15", "Q1 2015/16", "Q2 2015/16", "Q3 2015/16");
        assertThat(series.quarter(Q3).actual()).isEqualTo(23_268);
        assertThat(AdmissionsSeries.of(series.quarters().toArray(new AdmissionsQuarter[0]))).isEqualTo(series)
                .hasSameHashCodeAs(series);
        assertThat(series.toString()).startsWith("Q4 2014/15 baseline 22905, plan 22667, actual 23331")
                .contains(System.lineSeparator() + "Q1 2015/16 baseline 23320");
    }

    @Test
    void derivesAScenarioWithOneActualChanged() {
        AdmissionsSeries series = Norfolk.series();
        AdmissionsSeries changed = series.withActual(Q3, 22_000);
        assertThat(changed.quarter(Q3).actual()).isEqualTo(22_000);
        assertThat(changed.quarter(Norfolk.FIRST)).isEqualTo(series.quarter(Norfolk.FIRST));
        assertThat(series.quarter(Q3).actual()).isEqualTo(23_268);
        assertThat(changed).isNotEqualTo(series);
    }

    @Test
    void derivesAScenarioWithEveryActualChangedByAPercentage() {
        AdmissionsSeries minus5 = Norfolk.series().withActualsChangedBy(new BigDecimal("-5"), RoundingMode.HALF_UP);
        assertThat(minus5.quarters()).extracting(AdmissionsQuarter::actual)
                .containsExactly(22_164L, 22_168L, 22_899L, 22_105L);
        AdmissionsSeries down = Norfolk.series().withActualsChangedBy(new BigDecimal("-5"), RoundingMode.DOWN);
        assertThat(down.quarters().get(0).actual()).isEqualTo(22_164);
        assertThat(down.quarters().get(2).actual()).isEqualTo(22_898);
        AdmissionsSeries plus10 = Norfolk.series().withActualsChangedBy(BigDecimal.TEN, RoundingMode.HALF_UP);
        assertThat(plus10.quarters().get(0).actual()).isEqualTo(25_664);
        assertThat(plus10.quarters().get(0).agreedPayment()).isPresent();
    }

    @Test
    void percentageChangesMayReachZeroButNotBelowOrAboveTheMaximum() {
        assertThat(Norfolk.series().withActualsChangedBy(new BigDecimal("-100"), RoundingMode.HALF_UP).quarters())
                .allMatch(q -> q.actual() == 0);
        assertThatThrownBy(() -> Norfolk.series().withActualsChangedBy(new BigDecimal("-101"), RoundingMode.HALF_UP))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("actual for Q4 2014/15 changed by -101% (-233)");
        AdmissionsSeries big = AdmissionsSeries.of(Norfolk.FIRST, new long[] {1}, new long[] {1}, new long[] {60_000_000});
        assertThatThrownBy(() -> big.withActualsChangedBy(new BigDecimal("100"), RoundingMode.HALF_UP))
                .hasMessageContaining("(120000000) must be between 0 and 100,000,000");
        assertThat(big.withActualsChangedBy(new BigDecimal("66.666666"), RoundingMode.DOWN).quarters().get(0).actual())
                .isEqualTo(99_999_999);
        AdmissionsSeries half = AdmissionsSeries.of(Norfolk.FIRST, new long[] {1}, new long[] {1}, new long[] {50_000_000});
        assertThat(half.withActualsChangedBy(new BigDecimal("100"), RoundingMode.HALF_UP).quarters().get(0).actual())
                .isEqualTo(100_000_000);
    }

    @Test
    void rejectsAnEmptySeries() {
        assertThatThrownBy(() -> AdmissionsSeries.of(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("quarters must not be empty");
    }

    @Test
    void rejectsRepeatedOrMissingQuarters() {
        AdmissionsQuarter q4 = AdmissionsQuarter.of(Norfolk.FIRST, 1, 1, 1);
        AdmissionsQuarter q2 = AdmissionsQuarter.of(FinancialQuarter.parse("Q2 15/16"), 1, 1, 1);
        assertThatThrownBy(() -> AdmissionsSeries.of(q4, q4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("quarter Q4 2014/15 must follow Q4 2014/15 directly");
        assertThatThrownBy(() -> AdmissionsSeries.of(q4, q2))
                .hasMessageContaining("quarter Q2 2015/16 must follow Q4 2014/15 directly");
        assertThatThrownBy(() -> AdmissionsSeries.of(q2, q4)).hasMessageContaining("consecutive");
    }

    @Test
    void rejectsColumnsOfDifferentLengths() {
        assertThatThrownBy(() -> AdmissionsSeries.of(Norfolk.FIRST, new long[] {1, 2}, new long[] {1}, new long[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("baselines (2), plans (1) and actuals (2)");
        assertThatThrownBy(() -> AdmissionsSeries.of(Norfolk.FIRST, new long[] {1}, new long[] {1}, new long[] {1, 2}))
                .hasMessageContaining("actuals (2)");
    }

    @Test
    void rejectsAQuarterOutsideTheSeries() {
        AdmissionsSeries series = Norfolk.series();
        assertThatThrownBy(() -> series.withActual(FinancialQuarter.parse("Q4 15/16"), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("quarter Q4 2015/16 is not in the series (Q4 2014/15 to Q3 2015/16)");
        assertThatThrownBy(() -> series.quarter(FinancialQuarter.parse("Q3 14/15")))
                .hasMessageContaining("quarter Q3 2014/15 is not in the series");
    }

    @Test
    void rejectsNullsNamingTheArgument() {
        assertThatThrownBy(() -> AdmissionsSeries.of((List<AdmissionsQuarter>) null)).hasMessageContaining("quarters");
        assertThatThrownBy(() -> AdmissionsSeries.of(null, new long[0], new long[0], new long[0]))
                .hasMessageContaining("first");
        assertThatThrownBy(() -> Norfolk.series().withActualsChangedBy(null, RoundingMode.UP))
                .hasMessageContaining("percent");
        assertThatThrownBy(() -> Norfolk.series().withActualsChangedBy(BigDecimal.ONE, null))
                .hasMessageContaining("mode");
        assertThatThrownBy(() -> Norfolk.series().quarter(null)).hasMessageContaining("quarter");
    }
}

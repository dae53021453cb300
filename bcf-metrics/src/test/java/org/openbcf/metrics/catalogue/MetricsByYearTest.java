package org.openbcf.metrics.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openbcf.core.time.FinancialYear;
import org.openbcf.metrics.target.Target;

/**
 * Golden tests for the metrics of {@code shared/spec/bcf-2017-2027-by-year.md}, each citing its line
 * (Lnnn), and its section 11 inconsistencies about metrics as negative tests (§11.2, §11.3).
 */
class MetricsByYearTest {

    private static List<YearMetric> of(String year) {
        return MetricCatalogue.forYear(FinancialYear.parse(year)).require();
    }

    /** L197-205: five 2021/22 metrics, "two retained" (residential admissions, reablement) and "three new metrics" (Durham, L198). */
    @Test
    void the2021MetricsAreTheFiveOfTheFramework() {
        List<YearMetric> y2021 = of("2021/22");
        assertThat(y2021).extracting(YearMetric::name).containsExactly("Avoidable admissions", "Length of stay",
                "Discharge to usual place of residence", "Admissions to residential and care homes", "Effectiveness of reablement");
        assertThat(y2021).allMatch(m -> m.definition().isSourced());
        assertThat(MetricCatalogue.forYear(FinancialYear.parse("2021/22")).source()).startsWith("bcf-2017-2027-by-year L197-205");
        // the directions the spec gives (L201-205): lower, lower, higher, lower, higher
        assertThat(y2021).extracting(m -> m.definition().require().direction()).containsExactly(Direction.LOWER_IS_BETTER,
                Direction.LOWER_IS_BETTER, Direction.HIGHER_IS_BETTER, Direction.LOWER_IS_BETTER, Direction.HIGHER_IS_BETTER);
        // L201: avoidable admissions replace non-elective admissions; L202: length of stay replaces DTOC
        assertThat(y2021).extracting(YearMetric::id).doesNotContain("non-elective-admissions", "delayed-transfers-of-care");
        Metric avoidable = MetricCatalogue.get(Era.BCF_2021_22, "avoidable-admissions");
        assertThat(avoidable.name()).isEqualTo("Unplanned hospitalisation for chronic ambulatory care sensitive conditions");
        assertThat(avoidable.source()).startsWith("bcf-2017-2027-by-year L201");
        // the retained two are the 2017-19 definitions (ASCOF 2A(2), 2B(1)), cited to L204, L205
        assertThat(y2021.get(3).definition().require()).isEqualTo(MetricCatalogue.get(Era.BCF_2017_19, "residential-admissions"));
        assertThat(y2021.get(3).definition().source()).startsWith("bcf-2017-2027-by-year L204");
        assertThat(y2021.get(4).definition().require()).isEqualTo(MetricCatalogue.get(Era.BCF_2017_19, "reablement"));
    }

    /** L202, L206: the length-of-stay threshold (14 or 21 days) was not seen: the metric says the caller states it. */
    @Test
    void the2021LengthOfStayLeavesItsThresholdToTheCaller() {
        Metric los = MetricCatalogue.get(Era.BCF_2021_22, "length-of-stay");
        assertThat(los.unit()).isEqualTo(Unit.PERCENTAGE);
        assertThat(los.population()).isEqualTo("in-patients resident in the area");
        assertThat(los.name()).contains("14-day or 21-day threshold is not in openbcf's sources");
        assertThat(los.source()).contains("L202, L206");
        assertThat(MetricCatalogue.get(Era.BCF_2021_22, "discharge-to-usual-residence").source()).contains("L203");
    }

    /** L67-75: Cheshire East's four 2017/18 metrics are the four of the 2017-19 era, in their directions. */
    @Test
    void the2017MetricsAreTheFourCheshireEastReports() {
        assertThat(of("2017/18")).extracting(YearMetric::id).containsExactlyInAnyOrder("non-elective-admissions",
                "residential-admissions", "reablement", "delayed-transfers-of-care");
        assertThat(MetricCatalogue.get(Era.BCF_2017_19, "reablement").direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(MetricCatalogue.get(Era.BCF_2017_19, "non-elective-admissions").direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        // L115-116: Lancashire reports the same four for 2018/19
        assertThat(of("2018/19")).isEqualTo(of("2017/18"));
    }

    /**
     * §11.2 (L84-85): Cheshire East's 2017/18 NEA actual 9,265 against a target of 10,072 (L72) is called
     * "worsened performance"; openbcf assesses it from the figures: a maximum met, 807 below.
     */
    @Test
    void anActualBelowAnAdmissionsTargetIsMetWhateverTheReportSays() {
        Metric nea = MetricCatalogue.get(Era.BCF_2017_19, "non-elective-admissions");
        Target target = new Target(new BigDecimal("10072"), nea.direction().targetBound());
        assertThat(target.isMetBy(new BigDecimal("9265"))).isTrue();
        assertThat(target.assess(new BigDecimal("9265")).variance()).isEqualByComparingTo("-807");
        // and L73-74: residential admissions 705.30 against 716.9 met; reablement 79.3% against 88.4% not met
        Metric residential = MetricCatalogue.get(Era.BCF_2017_19, "residential-admissions");
        assertThat(new Target(new BigDecimal("716.9"), residential.direction().targetBound()).isMetBy(new BigDecimal("705.30"))).isTrue();
        Metric reablement = MetricCatalogue.get(Era.BCF_2017_19, "reablement");
        assertThat(new Target(new BigDecimal("88.4"), reablement.direction().targetBound()).isMetBy(new BigDecimal("79.3"))).isFalse();
    }

    /**
     * §11.3 (L142-145): the only page giving 2019/20 metrics is headed "10/02/2021": the 2019/20 metrics
     * stay the caller's; 2020/21 had no plans (L163, L170).
     */
    @Test
    void the2019And2020MetricsAreTheCallers() {
        assertThat(MetricCatalogue.forYear(FinancialYear.parse("2019/20")).callerMustSupply()).isTrue();
        assertThat(MetricCatalogue.forYear(FinancialYear.parse("2019/20")).source()).contains("date label is unreliable", "L142-145");
        assertThat(MetricCatalogue.forYear(FinancialYear.parse("2020/21")).source()).contains("no formal plans", "L163, L170");
    }
}

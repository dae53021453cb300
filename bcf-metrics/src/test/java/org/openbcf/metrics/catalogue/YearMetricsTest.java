package org.openbcf.metrics.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.openbcf.core.time.FinancialYear;
import org.openbcf.core.year.BcfYear;
import org.openbcf.core.year.Origin;
import org.openbcf.core.year.YearValue;

class YearMetricsTest {

    /** Every year 2015/16..2026/27 answers its metrics: sourced ids, or a caller-supplies marker (C). */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "2015/16;2015/16;non-elective-admissions delayed-transfers-of-care residential-admissions reablement",
            "2016/17;2016/17;non-elective-admissions delayed-transfers-of-care residential-admissions reablement",
            "2017/18;2017-19;non-elective-admissions delayed-transfers-of-care residential-admissions reablement",
            "2018/19;2017-19;non-elective-admissions delayed-transfers-of-care residential-admissions reablement",
            "2019/20;2019/20;C",
            "2020/21;2020/21;C",
            "2021/22;2021/22;avoidable-admissions length-of-stay discharge-to-usual-residence residential-admissions reablement",
            "2022/23;2022-23;avoidable-admissions discharge-to-usual-residence residential-admissions reablement",
            "2023/24;2023-25;avoidable-admissions discharge-to-usual-residence residential-admissions reablement falls",
            "2024/25;2023-25;avoidable-admissions discharge-to-usual-residence residential-admissions reablement falls",
            "2025/26;2025-26;unplanned-admissions delayed-discharges long-term-care-home-admissions",
            "2026/27;2026-27;C"})
    void everyYearGivesItsMetricsOrACallerSuppliesMarker(String year, String era, String ids) {
        FinancialYear fy = FinancialYear.parse(year);
        assertThat(Era.of(fy)).hasToString(era);
        assertThat(Era.of(fy).contains(fy)).isTrue();
        YearValue<List<YearMetric>> metrics = MetricCatalogue.forYear(fy);
        if (ids.equals("C")) {
            assertThat(metrics.origin()).isEqualTo(Origin.CALLER_SUPPLIES);
            assertThat(metrics.source()).contains(year);
        } else {
            assertThat(metrics.origin()).isEqualTo(Origin.SOURCED);
            assertThat(metrics.require()).extracting(YearMetric::id).containsExactly(ids.split(" "));
        }
        // the same year, asked of core, has its streams and minimums (BcfYearTest covers each)
        assertThat(BcfYear.of(fy).streams().isSourced()).isTrue();
    }

    @Test
    void residentialAdmissionsAreAscof2cFrom202324() {
        // bcf-2024-27 §1.5: ASCOF 2C (formerly 2A(2))
        assertThat(MetricCatalogue.get(Era.BCF_2022_23, "residential-admissions").source()).isEqualTo("ASCOF 2A(2)");
        assertThat(MetricCatalogue.get(Era.BCF_2023_25, "residential-admissions").source()).startsWith("ASCOF 2C (formerly 2A(2))");
        Metric careHomes = MetricCatalogue.get(Era.BCF_2025_26, "long-term-care-home-admissions");
        assertThat(careHomes.source()).startsWith("ASCOF 2C");
        assertThat(careHomes.population()).isEqualTo("65+");
        assertThat(careHomes.unit()).isEqualTo(Unit.RATE_PER_100_000);
    }

    @Test
    void the2025DefinitionsTheSpecLacksAreTheCallers() {
        List<YearMetric> y2025 = MetricCatalogue.forYear(FinancialYear.parse("2025/26")).require();
        assertThat(y2025.get(0).definition().callerMustSupply()).isTrue();
        assertThat(y2025.get(0).definition().source()).contains("age bands, standardisation and period not found");
        assertThat(y2025.get(1).definition().callerMustSupply()).isTrue();
        assertThat(y2025.get(2).definition().isSourced()).isTrue();
        assertThat(y2025.get(1).toString()).startsWith("delayed-discharges (Delayed discharges").contains("caller supplies");
        assertThat(y2025.get(2).toString()).contains("ASCOF 2C");
    }

    @Test
    void dtocIn201719IsARatePer100000Aged18PlusPerDay() {
        Metric dtoc = MetricCatalogue.get(Era.BCF_2017_19, "delayed-transfers-of-care");
        assertThat(dtoc.unit()).isEqualTo(Unit.RATE_PER_100_000);
        assertThat(dtoc.population()).isEqualTo("18+");
        assertThat(dtoc.name()).contains("per day", "NHS, social care or both");
    }

    @Test
    void erasCoverTheYearsAndNothingElse() {
        assertThat(Era.BCF_2023_25.firstYear()).hasToString("2023/24");
        assertThat(Era.BCF_2023_25.lastYear()).hasToString("2024/25");
        assertThat(Era.find(FinancialYear.parse("2014/15"))).isEmpty();
        assertThatThrownBy(() -> Era.of(FinancialYear.parse("2027/28"))).hasMessageContaining("2027/28")
                .hasMessageContaining("2015/16 to 2026/27");
        assertThatThrownBy(() -> MetricCatalogue.forYear(FinancialYear.parse("2014/15"))).hasMessageContaining("2014/15");
        assertThat(Era.parse("2025-26")).isEqualTo(Era.BCF_2025_26);
        assertThat(Era.parse("2021/22")).isEqualTo(Era.BCF_2021_22);
        assertThatThrownBy(() -> Era.parse("2019-22")).hasMessageContaining("2019/20, 2020/21, 2021/22");
        assertThat(MetricCatalogue.metrics(Era.BCF_2019_20)).isEmpty();
        assertThat(MetricCatalogue.metrics(Era.BCF_2020_21)).isEmpty();
        assertThatThrownBy(() -> new YearMetric("x", "y", null)).hasMessage("definition must not be null");
    }
}

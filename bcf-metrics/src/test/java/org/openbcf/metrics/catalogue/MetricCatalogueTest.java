package org.openbcf.metrics.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openbcf.metrics.target.Bound;

class MetricCatalogueTest {

    @Test
    void eachEraHasItsNationalMetrics() {
        assertThat(MetricCatalogue.metrics(Era.BCF_2015_16)).extracting(Metric::id).containsExactly(
                "non-elective-admissions", "delayed-transfers-of-care", "residential-admissions", "reablement");
        assertThat(MetricCatalogue.metrics(Era.BCF_2016_17)).hasSize(4);
        assertThat(MetricCatalogue.metrics(Era.BCF_2017_19)).extracting(Metric::id).contains("delayed-transfers-of-care");
        // M-SET: four metrics in 2022-23, five in 2023-25 (falls added)
        assertThat(MetricCatalogue.metrics(Era.BCF_2022_23)).extracting(Metric::id).containsExactly(
                "avoidable-admissions", "discharge-to-usual-residence", "residential-admissions", "reablement");
        assertThat(MetricCatalogue.metrics(Era.BCF_2023_25)).extracting(Metric::id).endsWith("falls").hasSize(5);
    }

    @Test
    void metricsKnowTheirUnitPopulationAndBetterDirection() {
        Metric residential = MetricCatalogue.get(Era.BCF_2022_23, "residential-admissions");
        assertThat(residential.unit()).isEqualTo(Unit.RATE_PER_100_000);
        assertThat(residential.population()).isEqualTo("65+");
        assertThat(residential.direction().targetBound()).isEqualTo(Bound.MAXIMUM);
        Metric reablement = MetricCatalogue.get(Era.BCF_2017_19, "reablement");
        assertThat(reablement.unit()).isEqualTo(Unit.PERCENTAGE);
        assertThat(reablement.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(reablement.direction().targetBound()).isEqualTo(Bound.MINIMUM);
        assertThat(reablement.source()).isEqualTo("ASCOF 2B(1)");
        Metric falls = MetricCatalogue.get(Era.BCF_2023_25, "falls");
        assertThat(falls.standardisation()).isEqualTo(Standardisation.DIRECT);
        assertThat(MetricCatalogue.get(Era.BCF_2022_23, "avoidable-admissions").standardisation())
                .isEqualTo(Standardisation.INDIRECT);
        assertThat(MetricCatalogue.get(Era.BCF_2015_16, "delayed-transfers-of-care").unit()).isEqualTo(Unit.COUNT);
    }

    @Test
    void unitsCarryTheirMultiplier() {
        assertThat(Unit.RATE_PER_100_000.multiplier()).isEqualTo(100_000.0);
        assertThat(Unit.PERCENTAGE.multiplier()).isEqualTo(100.0);
        assertThat(Unit.COUNT.multiplier()).isEqualTo(1.0);
        assertThat(Unit.RATE_PER_100_000).hasToString("rate per 100,000");
    }

    @Test
    void erasParseTheirLabels() {
        assertThat(Era.parse(" 2017-19 ")).isEqualTo(Era.BCF_2017_19);
        assertThat(Era.BCF_2015_16).hasToString("2015/16");
        assertThat(Era.BCF_2023_25.label()).isEqualTo("2023-25");
        assertThatThrownBy(() -> Era.parse("2019-20")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BCF era '2019-20'");
    }

    @Test
    void unknownMetricsAreReported() {
        assertThat(MetricCatalogue.find(Era.BCF_2022_23, "falls")).isEmpty();
        assertThatThrownBy(() -> MetricCatalogue.get(Era.BCF_2022_23, "falls"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("metric 'falls' is not a 2022-23 BCF metric");
        assertThatThrownBy(() -> MetricCatalogue.metrics(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("era");
        assertThatThrownBy(() -> new Metric(" ", "n", Unit.COUNT, "65+", Direction.LOWER_IS_BETTER,
                Standardisation.NONE, "s")).hasMessageContaining("id must not be blank");
    }
}

package org.openbcf.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StandardPopulationTest {

    @Test
    void esp2013HasNineteenBandsSummingTo100000() {
        StandardPopulation esp = StandardPopulation.esp2013();
        assertThat(esp.bands()).hasSize(19).startsWith("0-4", "5-9").endsWith("85-89", "90+");
        assertThat(esp.total()).isEqualTo(100_000.0);
        assertThat(esp.weight("0-4")).isEqualTo(5000.0);
        assertThat(esp.weight("45-49")).isEqualTo(7000.0);
        assertThat(esp.name()).isEqualTo("ESP2013");
    }

    @Test
    void sixtyFiveAndOverBandsSumTo19500() {
        StandardPopulation esp = StandardPopulation.esp2013AgedSixtyFiveAndOver();
        assertThat(esp.bands()).containsExactly("65-69", "70-74", "75-79", "80-84", "85-89", "90+");
        assertThat(esp.total()).isEqualTo(19_500.0);
        assertThat(esp.weight(" 90+ ")).isEqualTo(1000.0);
        assertThat(esp.toString()).startsWith("ESP2013 65+ {65-69=5500.0");
    }

    @Test
    void callersCanSupplyTheirOwn() {
        Map<String, Integer> weights = new LinkedHashMap<>();
        weights.put("young", 3);
        weights.put(" old ", 1);
        StandardPopulation local = StandardPopulation.of(" local ", weights);
        assertThat(local.name()).isEqualTo("local");
        assertThat(local.bands()).containsExactly("young", "old");
        assertThat(local.total()).isEqualTo(4.0);
        assertThat(local.band("old", 2, 10)).isEqualTo(new AgeBand("old", 2, 10, 1.0));
    }

    @Test
    void rejectsUnknownBandsAndBadWeights() {
        assertThatThrownBy(() -> StandardPopulation.esp2013().weight("65-70"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("age band '65-70' is not in ESP2013").hasMessageContaining("90+");
        assertThatThrownBy(() -> StandardPopulation.of("x", Map.of())).hasMessageContaining("at least one age band");
        assertThatThrownBy(() -> StandardPopulation.of("x", Map.of("a", -1)))
                .hasMessageContaining("standard population of age band a (-1.0)");
        assertThatThrownBy(() -> StandardPopulation.of("x", Map.of("a", Double.NaN))).hasMessageContaining("(NaN)");
        assertThatThrownBy(() -> StandardPopulation.of(" ", Map.of("a", 1))).hasMessageContaining("name must not be blank");
        assertThatThrownBy(() -> StandardPopulation.esp2013().weight(null)).isInstanceOf(NullPointerException.class);
    }
}

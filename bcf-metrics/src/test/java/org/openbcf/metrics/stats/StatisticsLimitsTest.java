package org.openbcf.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/** Count limits of the statistics (issue 17) and the per-call quantile (issue 16). */
class StatisticsLimitsTest {

    private static final ConfidenceLevel C95 = ConfidenceLevel.NINETY_FIVE;
    private static final long MAX = 1_000_000_000_000_000L;

    @Test
    void issue17ADsrCountOfLongMaxPlusASecondBandIsRefusedNamingTheBand() {
        assertThatThrownBy(() -> new AgeBand("65-69", Long.MAX_VALUE, 1_000, 5_500))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("count of age band 65-69 (9223372036854775807) must be between 0 and 1,000,000,000,000,000");
        assertThatThrownBy(() -> new AgeBand("65-69", 5, Long.MAX_VALUE, 5_500))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("population of age band 65-69 (9223372036854775807) must be between 1 and 1,000,000,000,000,000");
    }

    @Test
    void dsrTotalsAreExactAtTheCountLimit() {
        StandardPopulation esp = StandardPopulation.esp2013();
        List<AgeBand> bands = new ArrayList<>();
        for (String label : esp.bands()) {
            bands.add(esp.band(label, MAX, MAX));
        }
        StandardisedRate rate = DirectStandardisation.perHundredThousand(bands, C95);
        assertThat(rate.totalCount()).isEqualTo(19 * MAX);
        assertThat(rate.estimate()).isPresent();
        assertThat(rate.estimate().get().value()).isEqualTo(100_000.0);
        // the same bands in a list that is not random access give the same rate
        assertThat(DirectStandardisation.perHundredThousand(new LinkedList<>(bands), C95).estimate())
                .isEqualTo(rate.estimate());
    }

    @Test
    void repeatedBandsAreFoundInShortAndLongLists() {
        AgeBand band = new AgeBand("65-69", 10, 100, 1.0);
        assertThatThrownBy(() -> DirectStandardisation.perHundredThousand(List.of(band, band), C95))
                .hasMessage("age band 65-69 appears more than once");
        List<AgeBand> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add(new AgeBand("band " + i, 10, 100, 1.0));
        }
        assertThat(DirectStandardisation.perHundredThousand(many, C95).totalCount()).isEqualTo(400);
        many.add(new AgeBand("band 3", 1, 100, 1.0));
        assertThatThrownBy(() -> DirectStandardisation.perHundredThousand(many, C95))
                .hasMessage("age band band 3 appears more than once");
        List<AgeBand> few = new ArrayList<>(many.subList(0, 5));
        few.add(new AgeBand("band 4", 1, 100, 1.0));
        assertThatThrownBy(() -> DirectStandardisation.perHundredThousand(few, C95))
                .hasMessage("age band band 4 appears more than once");
    }

    @Test
    void countsAndPopulationsAboveTheLimitAreRefusedNamingTheField() {
        assertThatThrownBy(() -> Rates.perHundredThousand(MAX + 1, 10, C95)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("count (1000000000000001) must be between 0 and 1,000,000,000,000,000");
        assertThatThrownBy(() -> Rates.perHundredThousand(1, MAX + 1, C95))
                .hasMessage("population (1000000000000001) must be between 1 and 1,000,000,000,000,000");
        assertThatThrownBy(() -> Proportions.wilson(1, MAX + 1, C95))
                .hasMessage("denominator (1000000000000001) must be between 1 and 1,000,000,000,000,000");
        assertThatThrownBy(() -> new IndirectStandardisation.ReferenceBand("65-69", MAX + 1, 0.1))
                .hasMessage("population of age band 65-69 (1000000000000001) must be between 0 and 1,000,000,000,000,000");
        assertThatThrownBy(() -> IndirectStandardisation.ratio(MAX + 1,
                List.of(new IndirectStandardisation.ReferenceBand("65-69", 10, 0.1)), 1, C95))
                .hasMessageContaining("count (1000000000000001)");
        assertThat(Rates.perHundredThousand(MAX, MAX, C95).value()).isEqualTo(100_000.0);
        assertThat(Proportions.wilson(MAX, MAX, C95).value()).isEqualTo(1.0);
    }

    @Test
    void personTimeDenominatorsAboveTenToTheNineAreRead() {
        // the PHEindicatormethods test data's person-years, 15,128,673,354
        long personYears = 15_128_673_354L;
        Estimate rate = Rates.perHundredThousand(2_000_000, personYears, C95);
        assertThat(rate.value()).isCloseTo(2_000_000 * 100_000.0 / personYears, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Proportions.wilson(1, personYears, C95).value()).isEqualTo(1.0 / personYears);
        assertThatThrownBy(() -> new EventFrequency("65-69", 1_000_000, 10_000_000_000L, 100, 5_500))
                .hasMessageContaining("must each be at most 1,000,000,000,000,000");
        assertThat(new EventFrequency("65-69", 1_000, 10_000_000_000L, 100, 5_500).events()).isEqualTo(10_000_000_000_000L);
    }

    @Test
    void theQuantileIsTheNormalQuantileWhicheverLevelCameBefore() {
        NormalDistribution normal = NormalDistribution.of(0.0, 1.0);
        double[] levels = {0.95, 0.9, 0.998, 0.9, 0.8, 0.95, 0.8, 0.8, 0.5};
        for (double level : levels) {
            double expected = normal.inverseSurvivalProbability((1.0 - level) / 2.0);
            assertThat(ConfidenceLevel.of(level).z()).isEqualTo(expected);
        }
        assertThat(ConfidenceLevel.NINETY_FIVE.z()).isEqualTo(normal.inverseSurvivalProbability((1.0 - 0.95) / 2.0));
        assertThat(ConfidenceLevel.NINETY_NINE_POINT_EIGHT.z()).isEqualTo(normal.inverseSurvivalProbability((1.0 - 0.998) / 2.0));
    }
}

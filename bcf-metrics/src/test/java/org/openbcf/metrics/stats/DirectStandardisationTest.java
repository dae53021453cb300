package org.openbcf.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class DirectStandardisationTest {

    private static final ConfidenceLevel C95 = ConfidenceLevel.NINETY_FIVE;
    private static final StandardPopulation ESP65 = StandardPopulation.esp2013AgedSixtyFiveAndOver();

    /** G10 (norfolk-2023-25-plan-and-year-end.md): synthetic falls bands. */
    private static List<AgeBand> g10Falls() {
        long[] events = {200, 260, 330, 420, 480, 450};
        long[] population = {60000, 55000, 40000, 28000, 17000, 9000};
        List<AgeBand> bands = new ArrayList<>();
        for (int i = 0; i < events.length; i++) {
            bands.add(ESP65.band(ESP65.bands().get(i), events[i], population[i]));
        }
        return bands;
    }

    @Test
    void fallsDsrIs1050Point37Per100000() {
        // G10: DSR 1050.37 per 100,000 (crude 1023.92)
        StandardisedRate rate = DirectStandardisation.perHundredThousand(g10Falls(), C95);
        Estimate estimate = rate.estimate().orElseThrow();
        assertThat(estimate.value()).isCloseTo(1050.3725033136798, Close.to(1050.3725033136798));
        assertThat(Math.round(estimate.value() * 100) / 100.0).isEqualTo(1050.37);
        assertThat(estimate.lower()).isCloseTo(1006.1502157450952, Close.to(1006.1502157450952));
        assertThat(estimate.upper()).isCloseTo(1096.0318006081486, Close.to(1096.0318006081486));
        assertThat(estimate.method()).isEqualTo(Method.DOBSON);
        assertThat(rate.totalCount()).isEqualTo(2140);
        assertThat(rate.isSuppressed()).isFalse();
        assertThat(rate.suppressionReason()).isEmpty();
        assertThat(Rates.perHundredThousand(2140, 209_000, C95).value()).isCloseTo(1023.92, org.assertj.core.api.Assertions.within(0.005));
    }

    @Test
    void tenEventsAreEnoughToPublish() {
        StandardisedRate rate = DirectStandardisation.perHundredThousand(
                List.of(ESP65.band("65-69", 4, 1000), ESP65.band("90+", 6, 500)), C95);
        Estimate estimate = rate.estimate().orElseThrow();
        assertThat(estimate.value()).isCloseTo(523.0769230769231, Close.to(523.0769230769231));
        assertThat(estimate.lower()).isCloseTo(217.71077878327355, Close.to(217.71077878327355));
        assertThat(estimate.upper()).isCloseTo(1014.6726520668492, Close.to(1014.6726520668492));
        assertThat(rate).hasToString(estimate.toString());
    }

    @Test
    void nineEventsAreSuppressedWithTheReason() {
        StandardisedRate rate = DirectStandardisation.perHundredThousand(
                List.of(ESP65.band("65-69", 4, 1000), ESP65.band("90+", 5, 500)), C95);
        assertThat(rate.isSuppressed()).isTrue();
        assertThat(rate.estimate()).isEmpty();
        assertThat(rate.totalCount()).isEqualTo(9);
        assertThat(rate.suppressionReason()).contains("total count (9) is below 10");
        assertThat(rate).hasToString("suppressed: total count (9) is below 10");
    }

    @Test
    void resultsWithTheSameFiguresAreEqual() {
        StandardisedRate one = DirectStandardisation.perHundredThousand(g10Falls(), C95);
        StandardisedRate two = DirectStandardisation.perHundredThousand(g10Falls(), C95);
        StandardisedRate other = DirectStandardisation.rate(g10Falls(), 1000, C95);
        StandardisedRate suppressed = DirectStandardisation.rate(List.of(ESP65.band("65-69", 0, 10)), 1000, C95);
        assertThat(one).isEqualTo(two).hasSameHashCodeAs(two).isNotEqualTo(other).isNotEqualTo(suppressed)
                .isNotEqualTo("1050");
        assertThat(suppressed).isEqualTo(DirectStandardisation.rate(List.of(ESP65.band("65-69", 0, 10)), 1000, C95))
                .isNotEqualTo(DirectStandardisation.rate(List.of(ESP65.band("65-69", 1, 10)), 1000, C95));
    }

    @Test
    void rejectsBadBands() {
        assertThatThrownBy(() -> DirectStandardisation.perHundredThousand(List.of(), C95))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one age band");
        assertThatThrownBy(() -> DirectStandardisation.perHundredThousand(
                List.of(ESP65.band("65-69", 4, 1000), ESP65.band("65-69", 6, 500)), C95))
                .hasMessageContaining("age band 65-69 appears more than once");
        assertThatThrownBy(() -> ESP65.band("65-69", 1, 0)).hasMessageContaining("population of age band 65-69 (0)");
        assertThatThrownBy(() -> ESP65.band("65-69", -1, 10)).hasMessageContaining("count of age band 65-69 (-1)");
        assertThatThrownBy(() -> new AgeBand("x", 1, 10, 0)).hasMessageContaining("standard population of age band x (0.0)");
        assertThatThrownBy(() -> new AgeBand(" ", 1, 10, 1)).hasMessageContaining("age band must not be blank");
        assertThatThrownBy(() -> DirectStandardisation.rate(g10Falls(), 0, C95)).hasMessageContaining("multiplier (0.0)");
        assertThatThrownBy(() -> DirectStandardisation.rate(null, 1, C95)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("bands");
        assertThatThrownBy(() -> DirectStandardisation.rate(g10Falls(), 1, null)).hasMessageContaining("confidence");
    }
}

package org.openbcf.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class NonIndependentStandardisationTest {

    private static final String[] BANDS = {"65-69", "70-74", "75-79", "80-84", "85-89", "90+"};
    private static final long[] POPULATION = {60_000, 55_000, 40_000, 28_000, 17_000, 9_000};
    private static final double[] ESP = {5500, 5000, 4000, 2500, 1500, 1000};
    private static final MathContext MC = MathContext.DECIMAL128;

    /** People with 1, 2 and 3 falls admissions per band (synthetic). */
    private static final long[][] PEOPLE = {
            {160, 15, 3}, {200, 22, 5}, {250, 30, 7}, {300, 45, 10}, {330, 60, 10}, {300, 55, 13}};

    private static List<EventFrequency> rows() {
        List<EventFrequency> rows = new ArrayList<>();
        for (int b = 0; b < BANDS.length; b++) {
            for (int f = 1; f <= 3; f++) {
                rows.add(new EventFrequency(BANDS[b], f, PEOPLE[b][f - 1], POPULATION[b], ESP[b]));
            }
        }
        return rows;
    }

    /**
     * Independent oracle in BigDecimal, by the formula's own grouping: a Dobson variance per frequency f
     * over the people with f events, then Σ f² × var_f; the value from events per band.
     */
    private static double[] oracle(List<EventFrequency> rows, double multiplier, double z) {
        Map<String, EventFrequency> bands = new TreeMap<>();
        Map<Integer, BigDecimal> variancePerFrequency = new TreeMap<>();
        BigDecimal weighted = BigDecimal.ZERO;
        long total = 0;
        for (EventFrequency r : rows) {
            bands.put(r.ageBand(), r);
            BigDecimal perPerson = new BigDecimal(r.standardPopulation()).divide(BigDecimal.valueOf(r.population()), MC);
            variancePerFrequency.merge(r.frequency(),
                    BigDecimal.valueOf(r.people()).multiply(perPerson.pow(2), MC), BigDecimal::add);
            weighted = weighted.add(BigDecimal.valueOf((long) r.frequency() * r.people()).multiply(perPerson, MC));
            total += (long) r.frequency() * r.people();
        }
        BigDecimal weights = bands.values().stream().map(b -> new BigDecimal(b.standardPopulation()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal variance = BigDecimal.ZERO;
        for (Map.Entry<Integer, BigDecimal> e : variancePerFrequency.entrySet()) {
            BigDecimal dobson = e.getValue().divide(weights.pow(2), MC);
            variance = variance.add(BigDecimal.valueOf((long) e.getKey() * e.getKey()).multiply(dobson, MC));
        }
        double dsr = weighted.divide(weights, MC).doubleValue() * multiplier;
        double spread = Math.sqrt(variance.doubleValue() / total) * multiplier;
        double t = total;
        double byarL = t * Math.pow(1 - 1 / (9 * t) - z / (3 * Math.sqrt(t)), 3);
        double byarU = (t + 1) * Math.pow(1 - 1 / (9 * (t + 1)) + z / (3 * Math.sqrt(t + 1)), 3);
        return new double[] {dsr, dsr + spread * (byarL - t), dsr + spread * (byarU - t)};
    }

    @Test
    void matchesTheFrequencyGroupedOracleAt95And998() {
        for (ConfidenceLevel level : List.of(ConfidenceLevel.NINETY_FIVE, ConfidenceLevel.NINETY_NINE_POINT_EIGHT)) {
            StandardisedRate rate = NonIndependentStandardisation.perHundredThousand(rows(), level);
            double[] expected = oracle(rows(), 100_000, level.z());
            Estimate e = rate.estimate().orElseThrow();
            assertThat(e.value()).isCloseTo(expected[0], Close.to(expected[0]));
            assertThat(e.lower()).isCloseTo(expected[1], Close.to(expected[1]));
            assertThat(e.upper()).isCloseTo(expected[2], Close.to(expected[2]));
            assertThat(e.method()).isEqualTo(Method.DOBSON);
            assertThat(rate.totalCount()).isEqualTo(1540 + 2 * 227 + 3 * 48);
        }
    }

    @Test
    void theValueUsesAllEventsAndTheIntervalIsWiderThanForIndependentEvents() {
        List<AgeBand> independent = new ArrayList<>();
        for (int b = 0; b < BANDS.length; b++) {
            long events = PEOPLE[b][0] + 2 * PEOPLE[b][1] + 3 * PEOPLE[b][2];
            independent.add(new AgeBand(BANDS[b], events, POPULATION[b], ESP[b]));
        }
        Estimate dobson = DirectStandardisation.perHundredThousand(independent, ConfidenceLevel.NINETY_FIVE)
                .estimate().orElseThrow();
        Estimate nonIndependent = NonIndependentStandardisation.perHundredThousand(rows(), ConfidenceLevel.NINETY_FIVE)
                .estimate().orElseThrow();
        assertThat(nonIndependent.value()).isCloseTo(dobson.value(), Close.to(dobson.value()));
        assertThat(nonIndependent.width()).isGreaterThan(dobson.width());
    }

    @Test
    void everyoneWithOneEventIsTheG10DirectStandardisation() {
        // G10 (norfolk-2023-25 spec): events 200, 260, 330, 420, 480, 450 → DSR 1050.37
        long[] events = {200, 260, 330, 420, 480, 450};
        List<EventFrequency> rows = new ArrayList<>();
        List<AgeBand> bands = new ArrayList<>();
        for (int b = 0; b < BANDS.length; b++) {
            rows.add(new EventFrequency(BANDS[b], 1, events[b], POPULATION[b], ESP[b]));
            bands.add(new AgeBand(BANDS[b], events[b], POPULATION[b], ESP[b]));
        }
        StandardisedRate rate = NonIndependentStandardisation.perHundredThousand(rows, ConfidenceLevel.NINETY_FIVE);
        assertThat(rate).isEqualTo(DirectStandardisation.perHundredThousand(bands, ConfidenceLevel.NINETY_FIVE));
        assertThat(rate.estimate().orElseThrow().value()).isCloseTo(1050.37, org.assertj.core.api.Assertions.within(0.005));
    }

    @Test
    void fewerThanTenEventsAreSuppressedAndZeroEventsToo() {
        StandardisedRate nine = NonIndependentStandardisation.perHundredThousand(List.of(
                new EventFrequency("65-69", 1, 3, 60_000, 5500), new EventFrequency("65-69", 3, 2, 60_000, 5500)),
                ConfidenceLevel.NINETY_FIVE);
        assertThat(nine.isSuppressed()).isTrue();
        assertThat(nine.totalCount()).isEqualTo(9);
        assertThat(nine.suppressionReason()).contains("total count (9) is below 10");
        StandardisedRate ten = NonIndependentStandardisation.rate(List.of(
                new EventFrequency("65-69", 1, 4, 60_000, 5500), new EventFrequency("65-69", 3, 2, 60_000, 5500)),
                1000, ConfidenceLevel.NINETY_NINE_POINT_EIGHT);
        assertThat(ten.isSuppressed()).isFalse();
        double[] expected = oracle(List.of(new EventFrequency("65-69", 1, 4, 60_000, 5500),
                new EventFrequency("65-69", 3, 2, 60_000, 5500)), 1000, ConfidenceLevel.NINETY_NINE_POINT_EIGHT.z());
        assertThat(ten.estimate().orElseThrow().upper()).isCloseTo(expected[2], Close.to(expected[2]));
        assertThat(NonIndependentStandardisation.perHundredThousand(
                List.of(new EventFrequency("65-69", 0, 500, 60_000, 5500)), ConfidenceLevel.NINETY_FIVE).totalCount())
                .isZero();
    }

    @Test
    void badInputNamesTheFieldAndValue() {
        assertThatThrownBy(() -> new EventFrequency("65-69", -1, 3, 100, 5500))
                .hasMessageContaining("event frequency of age band 65-69 (-1)");
        assertThatThrownBy(() -> new EventFrequency("65-69", 2, -3, 100, 5500))
                .hasMessageContaining("people of age band 65-69 with frequency 2 (-3)");
        assertThatThrownBy(() -> new EventFrequency("65-69", 2, 3, 0, 5500))
                .hasMessageContaining("population of age band 65-69 (0)");
        assertThatThrownBy(() -> new EventFrequency("65-69", 2, 3, 10, 0))
                .hasMessageContaining("standard population of age band 65-69 (0.0)");
        assertThatThrownBy(() -> new EventFrequency(" ", 2, 3, 10, 1)).hasMessageContaining("age band");
        assertThatThrownBy(() -> NonIndependentStandardisation.perHundredThousand(List.of(), ConfidenceLevel.NINETY_FIVE))
                .hasMessageContaining("at least one age band");
        assertThatThrownBy(() -> NonIndependentStandardisation.perHundredThousand(List.of(
                new EventFrequency("65-69", 1, 3, 100, 5500), new EventFrequency("65-69", 2, 3, 101, 5500)),
                ConfidenceLevel.NINETY_FIVE)).hasMessageContaining("age band 65-69 has population 101");
        assertThatThrownBy(() -> NonIndependentStandardisation.perHundredThousand(List.of(
                new EventFrequency("65-69", 1, 3, 100, 5500), new EventFrequency("65-69", 2, 3, 100, 5000)),
                ConfidenceLevel.NINETY_FIVE)).hasMessageContaining("standard population 5000.0");
        assertThatThrownBy(() -> NonIndependentStandardisation.perHundredThousand(List.of(
                new EventFrequency("65-69", 1, 3, 100, 5500), new EventFrequency("65-69", 1, 4, 100, 5500)),
                ConfidenceLevel.NINETY_FIVE)).hasMessageContaining("age band 65-69 with event frequency 1 appears more than once");
        assertThatThrownBy(() -> NonIndependentStandardisation.rate(rows(), 0, ConfidenceLevel.NINETY_FIVE))
                .hasMessageContaining("multiplier (0.0)");
        assertThatThrownBy(() -> NonIndependentStandardisation.rate(rows(), 1, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("confidence");
        assertThat(new EventFrequency("65-69", 3, 7, 100, 1).events()).isEqualTo(21);
    }
}

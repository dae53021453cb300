package org.openbcf.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openbcf.core.Generators;
import org.quicktheories.core.Gen;

class StatisticsProperties {

    private static Gen<ConfidenceLevel> levels() {
        return doubles().between(0.5, 0.9999).map(ConfidenceLevel::of);
    }

    @Test
    void wilsonLimitsBracketTheProportionWithinZeroAndOne() {
        qt().withFixedSeed(Generators.SEED)
                .forAll(longs().between(1, 1_000_000), doubles().between(0, 1), levels())
                .checkAssert((n, share, level) -> {
                    Estimate p = Proportions.wilson(Math.round(share * n), n, level);
                    assertThat(p.lower()).isBetween(0.0, p.value());
                    assertThat(p.upper()).isBetween(p.value(), 1.0);
                });
    }

    @Test
    void rateLimitsBracketTheRate() {
        qt().withFixedSeed(Generators.SEED)
                .forAll(longs().between(0, 100_000), longs().between(1, 10_000_000), levels())
                .checkAssert((count, population, level) -> {
                    Estimate rate = Rates.perHundredThousand(count, population, level);
                    assertThat(rate.lower()).isLessThanOrEqualTo(rate.value());
                    assertThat(rate.upper()).isGreaterThanOrEqualTo(rate.value());
                    assertThat(rate.lower()).isGreaterThanOrEqualTo(0.0);
                });
    }

    @Test
    void intervalsNarrowAsTheDenominatorGrowsAtAFixedProportion() {
        qt().withFixedSeed(Generators.SEED)
                .forAll(integers().between(1, 100), integers().between(0, 100), integers().between(1, 1000), levels())
                .assuming((n, x, k, level) -> x <= n)
                .checkAssert((n, x, k, level) -> {
                    Estimate small = Proportions.wilson((long) x * k, (long) n * k, level);
                    Estimate large = Proportions.wilson((long) x * (k + 1), (long) n * (k + 1), level);
                    assertThat(large.width()).isLessThanOrEqualTo(small.width());
                    Estimate fewer = Rates.rate((long) x * k, (long) n * k, 1, level);
                    Estimate more = Rates.rate((long) x * (k + 1), (long) n * (k + 1), 1, level);
                    assertThat(more.width()).isLessThanOrEqualTo(fewer.width() * (1 + 1e-12));
                });
    }

    @Test
    void aHigherConfidenceNeverGivesANarrowerInterval() {
        qt().withFixedSeed(Generators.SEED)
                .forAll(longs().between(0, 5_000), longs().between(5_000, 100_000), levels(), levels())
                .checkAssert((x, n, a, b) -> {
                    ConfidenceLevel low = a.compareTo(b) <= 0 ? a : b;
                    ConfidenceLevel high = a.compareTo(b) <= 0 ? b : a;
                    assertThat(Proportions.wilson(x, n, high).width())
                            .isGreaterThanOrEqualTo(Proportions.wilson(x, n, low).width());
                    assertThat(Rates.rate(x, n, 1000, high).width())
                            .isGreaterThanOrEqualTo(Rates.rate(x, n, 1000, low).width());
                });
    }

    @Test
    void aDsrEqualsTheCrudeRateWhenEveryBandIsProportionalToTheStandard() {
        StandardPopulation esp = StandardPopulation.esp2013AgedSixtyFiveAndOver();
        qt().withFixedSeed(Generators.SEED)
                .forAll(integers().between(1, 50), longs().between(0, 2_000), levels())
                .checkAssert((scale, seed, level) -> {
                    List<AgeBand> bands = new ArrayList<>();
                    long total = 0;
                    long population = 0;
                    for (int i = 0; i < esp.bands().size(); i++) {
                        String label = esp.bands().get(i);
                        long n = Math.round(esp.weight(label)) * scale;
                        long x = (seed * (i + 3)) % (n + 1);
                        bands.add(esp.band(label, x, n));
                        total += x;
                        population += n;
                    }
                    StandardisedRate dsr = DirectStandardisation.perHundredThousand(bands, level);
                    double crude = (double) total / population * Rates.PER_100_000;
                    assertThat(dsr.isSuppressed()).isEqualTo(total < 10);
                    dsr.estimate().ifPresent(e -> {
                        assertThat(e.value()).isCloseTo(crude, Close.to(crude));
                        assertThat(e.lower()).isLessThanOrEqualTo(e.value());
                        assertThat(e.upper()).isGreaterThanOrEqualTo(e.value());
                    });
                });
    }
}

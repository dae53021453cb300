package org.openbcf.metrics.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.openbcf.core.Generators;
import org.openbcf.metrics.catalogue.Direction;
import org.openbcf.metrics.stats.Estimate;
import org.openbcf.metrics.stats.Rates;

class BenchmarkComparisonProperties {

    @Test
    void significantAt998ImpliesTheSameAt95AndTheComparisonAgreesWithContains() {
        qt().withFixedSeed(Generators.SEED)
                .forAll(longs().between(0, 50_000), longs().between(1_000, 5_000_000), doubles().between(0, 5_000))
                .checkAssert((count, population, benchmark) -> {
                    BenchmarkComparison c = BenchmarkComparison.of(
                            level -> Optional.of(Rates.rate(count, population, 100_000, level)), benchmark);
                    if (c.at998() != Comparison.SIMILAR) {
                        assertThat(c.at95()).isEqualTo(c.at998());
                    }
                    Estimate e = Rates.rate(count, population, 100_000,
                            org.openbcf.metrics.stats.ConfidenceLevel.NINETY_FIVE);
                    assertThat(c.at95() == Comparison.SIMILAR).isEqualTo(e.contains(benchmark));
                });
    }

    @Test
    void oppositeDirectionsGiveOppositeJudgements() {
        qt().withFixedSeed(Generators.SEED)
                .forAll(doubles().between(-100, 100), doubles().between(0, 50), doubles().between(-200, 200))
                .checkAssert((lower, width, benchmark) -> {
                    Comparison c = BenchmarkComparison.compare(lower, lower + width, benchmark);
                    Judgement low = c.judge(Direction.LOWER_IS_BETTER);
                    Judgement high = c.judge(Direction.HIGHER_IS_BETTER);
                    assertThat(low == Judgement.BETTER).isEqualTo(high == Judgement.WORSE);
                    assertThat(low == Judgement.SIMILAR).isEqualTo(high == Judgement.SIMILAR);
                });
    }
}

package org.openbcf.metrics.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;
import org.openbcf.core.Generators;

class FunnelProperties {

    @Test
    void limitsAreNestedAroundTheTargetAndNarrowAsTheDenominatorGrows() {
        qt().withFixedSeed(Generators.SEED)
                .forAll(doubles().between(0.0, 1.0), doubles().between(1, 1e6), doubles().between(1.01, 10))
                .checkAssert((p, n, k) -> {
                    for (Funnel funnel : new Funnel[] {Funnel.proportion(p, 100), Funnel.ratio(100),
                            Funnel.crudeRate(p * 1000, 100_000)}) {
                        FunnelLimits small = funnel.limitsAt(n);
                        FunnelLimits large = funnel.limitsAt(n * k);
                        double width = small.upper998() - small.lower998();
                        assertThat(large.upper998() - large.lower998()).isLessThanOrEqualTo(width * (1 + 1e-9));
                        if (funnel.statistic() == FunnelStatistic.PROPORTION) {
                            assertThat(funnel.target()).isBetween(small.lower95(), small.upper95());
                        }
                    }
                });
    }

    @Test
    void ratioLimitsScaleWithTheMultiplier() {
        qt().withFixedSeed(Generators.SEED)
                .forAll(doubles().between(0.01, 1e5), doubles().between(0.5, 1e5))
                .checkAssert((expected, multiplier) -> {
                    FunnelLimits one = Funnel.ratio(1).limitsAt(expected);
                    FunnelLimits scaled = Funnel.ratio(multiplier).limitsAt(expected);
                    assertThat(scaled.upper95()).isCloseTo(one.upper95() * multiplier,
                            org.assertj.core.api.Assertions.within(one.upper95() * multiplier * 1e-12));
                });
    }
}

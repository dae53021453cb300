package org.openbcf.metrics.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.openbcf.core.Generators;

class TargetProperties {

    @Test
    void aReductionTargetNeverExceedsItsBase() {
        qt().withFixedSeed(Generators.SEED)
                .forAll(longs().between(0, 10_000_000), integers().between(0, 10_000), integers().between(0, 3))
                .checkAssert((base, basisPoints, rounding) -> {
                    Target target = Target.reduction(BigDecimal.valueOf(base), BigDecimal.valueOf(basisPoints, 2),
                            TargetRounding.values()[rounding]);
                    assertThat(target.value()).isLessThanOrEqualTo(BigDecimal.valueOf(base));
                    assertThat(target.bound()).isEqualTo(Bound.MAXIMUM);
                });
    }

    @Test
    void aTargetIsMetByItsOwnValueWhicheverItsBound() {
        qt().withFixedSeed(Generators.SEED)
                .forAll(Generators.decimals(), integers().between(0, 1))
                .checkAssert((value, bound) -> {
                    Target target = new Target(value.abs(), Bound.values()[bound]);
                    assertThat(target.isMetBy(value.abs())).isTrue();
                    assertThat(target.assess(value.abs()).status()).isEqualTo(Status.ON_TRACK);
                    assertThat(Target.parse(target.toString())).isEqualTo(target);
                });
    }
}

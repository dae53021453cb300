package org.openbcf.core.year;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.openbcf.core.Generators;
import org.openbcf.core.money.Gbp;

class SocialCareFloorProperties {

    @Test
    void aFindingIsRaisedExactlyWhenPlannedIsBelowBaselineTimes1039AndItsShortfallIsTheGap() {
        qt().withFixedSeed(Generators.SEED)
                .forAll(longs().between(0, 10_000_000_000L), longs().between(0, 11_000_000_000L))
                .checkAssert((baselinePence, plannedPence) -> {
                    BigDecimal baseline = BigDecimal.valueOf(baselinePence, 2);
                    BigDecimal planned = BigDecimal.valueOf(plannedPence, 2);
                    SocialCareFloor floor = new SocialCareFloor(Gbp.of(baseline), Gbp.of(planned));
                    BigDecimal required = baseline.multiply(new BigDecimal("1.039"));   // oracle
                    boolean below = planned.compareTo(required) < 0;
                    assertThat(floor.check().isEmpty()).isEqualTo(!below);
                    assertThat(Gbp.pounds(floor.shortfall())).isEqualByComparingTo(below ? required.subtract(planned) : BigDecimal.ZERO);
                });
    }
}

package org.openbcf.core.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.openbcf.core.Generators;
import org.openbcf.core.money.Gbp;

class PlanComplianceProperties {

    @Test
    void socialCareCheckPassesExactlyAtTheUpliftedFloorAndFailsAPennyBelow() {
        // uplifts in whole basis points keep last × (1 + uplift) at whole pennies when last is whole hundreds of pounds
        qt().withFixedSeed(Generators.SEED).forAll(longs().between(0, 1_000_000L).map(h -> h * 100), integers().between(0, 2_000))
                .checkAssert((pounds, basisPoints) -> {
                    BigDecimal uplift = BigDecimal.valueOf(basisPoints, 4);
                    SocialCareMaintenance atFloor = new SocialCareMaintenance(Gbp.of(pounds),
                            Gbp.of(BigDecimal.valueOf(pounds).multiply(BigDecimal.ONE.add(uplift))), uplift);
                    assertThat(atFloor.check().isEmpty()).isTrue();
                    if (atFloor.thisYear().isPositive()) {
                        var below = new SocialCareMaintenance(atFloor.lastYear(),
                                atFloor.thisYear().subtract(Gbp.ofPence(1)), uplift);
                        assertThat(below.check().list().get(0).amounts().get("shortfall")).isEqualTo(Gbp.ofPence(1));
                    }
                });
    }

    @Test
    void outOfHospitalCheckFailsExactlyWhenSpendIsBelowTheMinimum() {
        qt().withFixedSeed(Generators.SEED).forAll(Generators.templateAmounts(), Generators.templateAmounts())
                .checkAssert((planned, minimum) -> assertThat(new OutOfHospitalMinimum(planned, minimum).check().isEmpty())
                        .isEqualTo(!planned.isLessThan(minimum)));
    }

    @Test
    void splitCheckPassesExactlyWhenTheAllocationsAddUp() {
        qt().withFixedSeed(Generators.SEED).forAll(Generators.templateAmounts(), Generators.templateAmounts(),
                integers().between(-2, 2)).checkAssert((council, icb, pence) -> {
                    var total = council.add(icb).add(Gbp.ofPence(pence));
                    if (!total.isNegative()) {
                        assertThat(new NhsMinimumSplit(total, council, icb).check().isEmpty()).isEqualTo(pence == 0);
                    }
                });
    }
}

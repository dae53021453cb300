package org.openbcf.core.discharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.openbcf.core.Generators;
import org.openbcf.core.money.Gbp;

class DischargeFundReturnProperties {

    @Test
    void theChangeFlagIsFlaggedExactlyWhenItDisagreesWithTheFigures() {
        qt().withFixedSeed(Generators.SEED).forAll(Generators.templateAmounts(), Generators.templateAmounts(), booleans().all())
                .checkAssert((planned, actual, flag) -> {
                    var row = new DischargeFundScheme("S", DischargeSchemeType.OTHER, "", planned, actual,
                            OptionalLong.empty(), ImpactUnit.NONE, flag, "", true, "");
                    var tab = new DischargeFundReturn(List.of(row), planned, actual, actual, Gbp.zero());
                    assertThat(tab.check().ofRule(DischargeFundReturn.RULE_CHANGE_FLAG).isEmpty())
                            .isEqualTo(flag == !Gbp.same(planned, actual));
                });
    }

    @Test
    void rowTotalsAreTheSumsOfTheRows() {
        qt().withFixedSeed(Generators.SEED).forAll(lists().of(Generators.templateAmounts()).ofSizeBetween(0, 20))
                .checkAssert(amounts -> {
                    var rows = amounts.stream().map(a -> new DischargeFundScheme("S", DischargeSchemeType.OTHER, "", a, a,
                            OptionalLong.empty(), ImpactUnit.NONE, false, "", true, "")).toList();
                    var total = Gbp.sum(amounts);
                    var tab = new DischargeFundReturn(rows, total, total, Gbp.zero(), total);
                    assertThat(tab.rowsPlanned()).isEqualTo(tab.rowsActual());
                    assertThat(tab.check().isEmpty()).isTrue();
                });
    }
}

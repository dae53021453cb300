package org.openbcf.core.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.openbcf.core.Generators;
import org.openbcf.core.money.Gbp;

class PriorityTableProperties {

    @Test
    void aTableWhosePercentagesAreRecomputedHasNoFindingsAgainstItsOwnTotal() {
        qt().withFixedSeed(Generators.SEED).forAll(lists().of(Generators.templateAmounts()).ofSizeBetween(1, 15))
                .checkAssert(amounts -> {
                    var plain = PriorityTable.of(amounts.stream().map(a -> new PriorityLine("p", a, BigDecimal.ZERO)).toList());
                    var stated = PriorityTable.of(plain.lines().stream()
                            .map(l -> new PriorityLine("p", l.amount(), plain.percent(l, 2))).toList());
                    assertThat(stated.check(stated.total()).isEmpty()).isTrue();
                    assertThat(Gbp.same(stated.total(), Gbp.sum(amounts))).isTrue();
                });
    }
}

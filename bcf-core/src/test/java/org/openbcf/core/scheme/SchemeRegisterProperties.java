package org.openbcf.core.scheme;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openbcf.core.Generators;
import org.openbcf.core.fund.SpendingCategory;
import org.openbcf.core.money.Gbp;
import org.quicktheories.core.Gen;

class SchemeRegisterProperties {

    private static final String[] AREAS = {"GYW", "NN", "NCH", "SN", "WN"};

    private static Gen<Scheme> schemes() {
        return integers().between(0, 4).zip(integers().between(1, 999), lists().of(Generators.templateAmounts())
                .ofSizeBetween(0, 4), integers().between(0, 8), (area, number, amounts, tag) -> {
            SchemeBuilder b = Scheme.builder(SchemeRef.of(AREAS[area], number), "scheme");
            amounts.forEach(a -> b.line(InvestmentLine.of("line", LineAmount.exact(a))));
            if (tag % 3 == 0) {
                b.line(InvestmentLine.of("unpriced", LineAmount.toBeConfirmed("TBC")));
            }
            if (tag < FundingSource.values().length) {
                b.fundingSource(FundingSource.values()[tag]);
            }
            if (tag < SpendingCategory.values().length - 1) {
                b.spendingCategory(SpendingCategory.values()[tag]);
            }
            return b.build();
        });
    }

    private static SchemeRegister registerOf(List<Scheme> generated) {
        Map<SchemeRef, Scheme> unique = new java.util.LinkedHashMap<>();
        generated.forEach(s -> unique.putIfAbsent(s.ref(), s));
        return SchemeRegister.of(new ArrayList<>(unique.values()));
    }

    @Test
    void everyRollUpAddsUpToTheRegisterTotal() {
        qt().withFixedSeed(Generators.SEED).forAll(lists().of(schemes()).ofSizeBetween(0, 12)).checkAssert(list -> {
            SchemeRegister register = registerOf(list);
            org.assertj.core.api.Assertions.assertThat(Gbp.same(register.byArea().total(), register.total())).isTrue();
            org.assertj.core.api.Assertions.assertThat(Gbp.same(register.byFundingSource().total(), register.total())).isTrue();
            org.assertj.core.api.Assertions.assertThat(Gbp.same(register.bySpendingCategory().total(), register.total())).isTrue();
        });
    }

    @Test
    void aSchemeTotalIsTheSumOfItsPricedLines() {
        qt().withFixedSeed(Generators.SEED).forAll(schemes()).checkAssert(s -> {
            var priced = s.investmentLines().stream().filter(l -> l.amount().isPriced())
                    .map(l -> l.amount().amount().orElseThrow()).toList();
            org.assertj.core.api.Assertions.assertThat(Gbp.same(s.investmentTotal(), Gbp.sum(priced))).isTrue();
            org.assertj.core.api.Assertions.assertThat(s.check().size()).isEqualTo(s.unpricedLines().size());
        });
    }

    @Test
    void checkingAgainstItsOwnAreaTotalsFindsNoAreaMismatch() {
        qt().withFixedSeed(Generators.SEED).forAll(lists().of(schemes()).ofSizeBetween(0, 12)).checkAssert(list -> {
            SchemeRegister register = registerOf(list);
            org.assertj.core.api.Assertions.assertThat(register.check(register.byArea().byKey())
                    .ofRule(SchemeRegister.RULE_AREA_TOTAL).isEmpty()).isTrue();
        });
    }
}

package org.openbcf.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openbcf.core.Generators;

class GbpProperties {

    @Test
    void additionIsCommutativeAndAssociative() {
        qt().withFixedSeed(Generators.SEED).forAll(Generators.decimals(), Generators.decimals(), Generators.decimals())
                .checkAssert((a, b, c) -> {
                    var x = Gbp.of(a);
                    var y = Gbp.of(b);
                    var z = Gbp.of(c);
                    assertThat(Gbp.sum(List.of(x, y))).isEqualTo(Gbp.sum(List.of(y, x)));
                    assertThat(Gbp.sum(List.of(Gbp.sum(List.of(x, y)), z))).isEqualTo(Gbp.sum(List.of(x, Gbp.sum(List.of(y, z)))));
                    assertThat(Gbp.sum(List.of(x, Gbp.zero()))).isEqualTo(x);
                    assertThat(Gbp.pounds(Gbp.sum(List.of(x, y)))).isEqualByComparingTo(a.add(b));
                });
    }

    @Test
    void formatAndParseRoundTrip() {
        qt().withFixedSeed(Generators.SEED).forAll(Generators.decimals()).checkAssert(pounds -> {
            var amount = Gbp.of(pounds);
            assertThat(Gbp.parse(Gbp.format(amount))).isEqualTo(amount);
            assertThat(Gbp.parse(Gbp.formatPlain(amount))).isEqualTo(amount);
            assertThat(Gbp.parse(amount.toString())).isEqualTo(amount);
        });
    }

    @Test
    void roundingToThePennyMovesByLessThanAPenny() {
        qt().withFixedSeed(Generators.SEED).forAll(Generators.decimals()).checkAssert(pounds -> {
            BigDecimal rounded = Gbp.pounds(Gbp.roundToPenny(Gbp.of(pounds), RoundingMode.HALF_UP));
            assertThat(rounded.subtract(pounds).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
            assertThat(rounded.stripTrailingZeros().scale()).isLessThanOrEqualTo(2);
        });
    }

    @Test
    void penceFormsAgreeWithTheMonetaryAmountForms() {
        qt().withFixedSeed(Generators.SEED).forAll(longs().between(-Long.MAX_VALUE, Long.MAX_VALUE)).checkAssert(pence -> {
            var amount = Gbp.ofPence(pence);
            assertThat(Gbp.formatPence(pence)).isEqualTo(Gbp.format(amount));
            assertThat(Gbp.formatPlainPence(pence)).isEqualTo(Gbp.formatPlain(amount));
            assertThat(Gbp.pence(Gbp.parsePounds(Gbp.formatPlainPence(pence)), "amount")).isEqualTo(pence);
            assertThat(Gbp.pence(Gbp.parsePounds(Gbp.formatPence(pence)), "amount")).isEqualTo(pence);
        });
    }

    @Test
    void parsePoundsIsParseWithoutTheAmount() {
        qt().withFixedSeed(Generators.SEED).forAll(Generators.decimals()).checkAssert(pounds -> {
            String text = Gbp.format(Gbp.of(pounds));
            assertThat(Gbp.of(Gbp.parsePounds(text))).isEqualTo(Gbp.parse(text));
            assertThat(Gbp.parsePounds(text)).isEqualByComparingTo(pounds);
        });
    }
}

package org.openbcf.core.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openbcf.core.money.Gbp;

class LineAmountTest {

    @Test
    void bareFiguresAreExact() {
        LineAmount amount = LineAmount.parse(" 610,676 ");
        assertThat(amount.status()).isEqualTo(AmountStatus.EXACT);
        assertThat(Gbp.same(amount.amount().orElseThrow(), Gbp.of(610_676))).isTrue();
        assertThat(amount.text()).isEqualTo("610,676");
        assertThat(amount.isPriced()).isTrue();
        assertThat(LineAmount.parse("£12,500,000").amountOrZero()).isEqualTo(Gbp.of(12_500_000));
        assertThat(LineAmount.parse("£1,500.50").amountOrZero()).isEqualTo(Gbp.of(new java.math.BigDecimal("1500.50")));
    }

    // schemes spec issue 13: "?", "£TBC", "£ TBC", "TBC – dependent on…", "To be confirmed", "To be agreed"
    @ParameterizedTest
    @ValueSource(strings = {"?", "£TBC", "£ TBC", "TBC – dependent on number of patients", "To be confirmed",
            "To be agreed", "to be decided", "To be determined", "tbc", "TBA"})
    void placeholdersAreUnpricedAndKeepTheirText(String text) {
        LineAmount amount = LineAmount.parse(text);
        assertThat(amount.status()).isEqualTo(AmountStatus.TO_BE_CONFIRMED);
        assertThat(amount.isPriced()).isFalse();
        assertThat(amount.amount()).isEmpty();
        assertThat(amount.amountOrZero()).isEqualTo(Gbp.zero());
        assertThat(amount).hasToString(text);
    }

    @Test
    void noCostImplicationsIsNilAtZero() {
        LineAmount amount = LineAmount.parse("no cost implications");
        assertThat(amount.status()).isEqualTo(AmountStatus.NIL);
        assertThat(amount.isPriced()).isTrue();
        assertThat(Gbp.same(amount.amount().orElseThrow(), Gbp.zero())).isTrue();
        assertThat(LineAmount.parse("No cost implication.").status()).isEqualTo(AmountStatus.NIL);
    }

    // WN1: "Potentially, £101,157 – Cost pa of employing 3x3 Band 4 ICCs" (GC-7)
    @Test
    void proseWithAFigureIsAnEstimateOfThatFigure() {
        LineAmount amount = LineAmount.parse("Potentially, £101,157 – Cost pa of employing 3x3 Band 4 ICCs");
        assertThat(amount.status()).isEqualTo(AmountStatus.ESTIMATE);
        assertThat(amount.amountOrZero()).isEqualTo(Gbp.of(101_157));
        assertThat(LineAmount.parse("about £12.50 a week").amountOrZero()).isEqualTo(Gbp.of(new java.math.BigDecimal("12.50")));
    }

    @Test
    void factoriesAndTextRoundTrip() {
        LineAmount exact = LineAmount.exact(Gbp.of(95_000));
        assertThat(exact).hasToString("£95,000.00");
        assertThat(LineAmount.parse(exact.toString())).isEqualTo(exact).hasSameHashCodeAs(exact);
        LineAmount tbc = LineAmount.toBeConfirmed(" £TBC ");
        assertThat(tbc.text()).isEqualTo("£TBC");
        assertThat(LineAmount.parse(tbc.toString())).isEqualTo(tbc).hasSameHashCodeAs(tbc);
        assertThat(exact).isNotEqualTo(LineAmount.parse("95,000")).isNotEqualTo(tbc).isNotEqualTo("£95,000.00");
        assertThat(tbc).isNotEqualTo(LineAmount.toBeConfirmed("?")).isNotEqualTo(exact);
        assertThat(LineAmount.parse("95000")).isNotEqualTo(LineAmount.parse("95001"));
    }

    @Test
    void rejectsTextThatIsNoAmount() {
        assertThatThrownBy(() -> LineAmount.parse("lots of money"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("amount 'lots of money' is not a figure");
        assertThatThrownBy(() -> LineAmount.parse("-£5")).hasMessageContaining("must not be negative");
        assertThatThrownBy(() -> LineAmount.parse(" ")).hasMessageContaining("amount text must not be blank");
        assertThatThrownBy(() -> LineAmount.exact(Gbp.of(-1))).hasMessageContaining("exact amount (-£1.00)");
        assertThatThrownBy(() -> LineAmount.toBeConfirmed("")).hasMessageContaining("text must not be blank");
    }
}

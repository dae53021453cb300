package org.openbcf.examples.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.openbcf.examples.workbook.Recalculation;

/** {@link CellComparison}: numbers to the penny, and yes/no cells that saved the words. */
class CellComparisonTest {

    private static final SheetCell CELL = SheetCell.parse("conditions!F6", "conditions");

    @Test
    void aYesNoInWordsIsItsNumberAndKeepsTheWordsStripped() {
        CellComparison yes = CellComparison.yesNo(CELL, "met[2]", " Yes ", BigDecimal.ZERO, BigDecimal.ZERO);
        CellComparison no = CellComparison.yesNo(CELL, "met[2]", "false", BigDecimal.ZERO, BigDecimal.ZERO);

        assertThat(yes.spreadsheet()).isEqualByComparingTo("1");
        assertThat(yes.shown()).contains("Yes");
        assertThat(yes.agrees()).isFalse();
        assertThat(yes).hasToString("conditions!F6 met[2]: spreadsheet Yes (1.00), reference 0.00, difference 1.00");
        assertThat(no.spreadsheet()).isEqualByComparingTo("0");
        assertThat(no.agrees()).isTrue();
        assertThat(no).hasToString("conditions!F6 met[2]: spreadsheet false (0.00), reference 0.00, difference 0.00");
    }

    @Test
    void wordsThatAreNotAYesOrNoOrDoNotMatchTheNumberAreRefused() {
        assertThatThrownBy(() -> CellComparison.yesNo(CELL, "met", "Maybe", BigDecimal.ONE, BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("words ('Maybe') must be Yes, No, TRUE or FALSE");
        assertThatThrownBy(() -> new CellComparison(CELL, "met", BigDecimal.ZERO, Optional.of("Yes"), BigDecimal.ONE,
                BigDecimal.ZERO, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("spreadsheet (0) must be 1 for a cell that shows Yes");
        assertThatThrownBy(() -> new CellComparison(CELL, "met", BigDecimal.ONE, Optional.of("Y"), BigDecimal.ONE,
                BigDecimal.ZERO, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("shown ('Y') must be Yes, No, TRUE or FALSE");
        assertThatThrownBy(() -> CellComparison.yesNo(CELL, "met", null, BigDecimal.ONE, BigDecimal.ZERO))
                .isInstanceOf(NullPointerException.class).hasMessage("words");
        assertThatThrownBy(() -> new CellComparison(CELL, "met", BigDecimal.ONE, null, BigDecimal.ONE,
                BigDecimal.ZERO, Optional.empty()))
                .isInstanceOf(NullPointerException.class).hasMessage("shown");
    }

    @Test
    void recalculatedAYesNoInWordsAgreesOnlyWithTheSameYesOrNoInWords() {
        CellComparison yes = CellComparison.yesNo(CELL, "met", "Yes", BigDecimal.ONE, BigDecimal.ZERO);

        assertThat(yes.withRecalculation(Recalculation.text("IF(B6=\"Yes\",\"Yes\",\"No\")", "yes")).status())
                .isEqualTo(CellStatus.AGREES);
        assertThat(yes.withRecalculation(Recalculation.text("B6>0", "TRUE")).status()).isEqualTo(CellStatus.AGREES);
        assertThat(yes.withRecalculation(Recalculation.text("IF(B6=\"Yes\",\"Yes\",\"No\")", "No")).status())
                .isEqualTo(CellStatus.STALE);
        assertThat(yes.withRecalculation(Recalculation.text("\"Met\"", "Met")).status()).isEqualTo(CellStatus.STALE);
        assertThat(yes.withRecalculation(Recalculation.number("1", BigDecimal.ONE)).status()).isEqualTo(CellStatus.STALE);
        assertThat(CellComparison.yesNo(CELL, "met", "No", BigDecimal.ONE, BigDecimal.ZERO)
                .withRecalculation(Recalculation.text("\"No\"", "No")).status()).isEqualTo(CellStatus.DISAGREES);
    }

    @Test
    void aNumberIsStaleWhenItsFormulaNowGivesTextEvenAYes() {
        CellComparison one = new CellComparison(CELL, "met", BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO);

        assertThat(one.shown()).isEmpty();
        assertThat(one).hasToString("conditions!F6 met: spreadsheet 1.00, reference 1.00, difference 0.00");
        assertThat(one.withRecalculation(Recalculation.text("\"Yes\"", "Yes")).status()).isEqualTo(CellStatus.STALE);
        assertThat(one.withRecalculation(Recalculation.number("1", BigDecimal.ONE)).status()).isEqualTo(CellStatus.AGREES);
    }

    @Test
    void equalComparisonsAreEqualWithTheirWords() {
        assertThat(CellComparison.yesNo(CELL, "met", "Yes", BigDecimal.ONE, BigDecimal.ZERO))
                .isEqualTo(CellComparison.yesNo(CELL, "met", "Yes ", BigDecimal.ONE, BigDecimal.ZERO))
                .isNotEqualTo(CellComparison.yesNo(CELL, "met", "TRUE", BigDecimal.ONE, BigDecimal.ZERO))
                .isNotEqualTo(new CellComparison(CELL, "met", BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO));
    }
}

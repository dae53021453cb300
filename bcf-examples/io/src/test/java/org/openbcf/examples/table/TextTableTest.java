package org.openbcf.examples.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void aColumnOfFiguresIsRightAlignedSoTheFiguresLineUp() {
        String text = new TextTable("Item", "Value")
                .row("total", "£45,650,000.00")
                .row("shortfall", "-£1,000.00")
                .row("share", "5.39%")
                .row("blank", "")
                .toString();
        assertThat(text).isEqualTo("""
                Item                Value
                -------------------------
                total      £45,650,000.00
                shortfall      -£1,000.00
                share               5.39%
                blank
                """);
    }

    @Test
    void aColumnHoldingAnyTextIsLeftAligned() {
        String text = new TextTable("Item", "Value")
                .row("board", "Lewisham")
                .row("year", "2025/26")
                .row("total", "£45,650,000.00")
                .toString();
        assertThat(text).isEqualTo("""
                Item   Value
                ---------------------
                board  Lewisham
                year   2025/26
                total  £45,650,000.00
                """);
    }

    @Test
    void theFirstColumnIsAlwaysLeftAlignedAndEachColumnIsDecidedOnItsOwn() {
        String text = new TextTable("Year", "Scheme", "Amount")
                .row("1", "NN2", "£5.00")
                .row("10", "Carers", "£50.00")
                .toString();
        assertThat(text).isEqualTo("""
                Year  Scheme  Amount
                --------------------
                1     NN2      £5.00
                10    Carers  £50.00
                """);
    }
}

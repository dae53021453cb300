package org.openbcf.examples.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.openbcf.examples.io.BadInputException;

/**
 * A saved numeric cell is read by its length and exponent before it is converted (issue 17): a 2 KB
 * workbook with {@code 1E-999999999} in a count cell once took 30 s and 5.5 GB and printed a
 * billion-character line; now it is refused at once, quoted by a short prefix.
 */
class SavedNumberTest {

    private static final SheetCell CELL = new SheetCell("4. P4P", 14, 7);

    @Test
    void aNumberASpreadsheetSavesIsReadExactly() {
        assertThat(WorkbookReader.number("workbook q3.xlsx", CELL, "1813330.0000000002"))
                .isEqualTo(new SavedValue.Number(new BigDecimal("1813330.0000000002")));
        assertThat(WorkbookReader.number("workbook q3.xlsx", CELL, "1.7976931348623157E308"))
                .isEqualTo(new SavedValue.Number(new BigDecimal("1.7976931348623157E308")));
        assertThat(WorkbookReader.number("workbook q3.xlsx", CELL, "4.9E-324"))
                .isEqualTo(new SavedValue.Number(new BigDecimal("4.9E-324")));
    }

    @Test
    void hugeExponentsAndLongTextsAreRefusedAtOnceWithAShortQuote() {
        assertThatThrownBy(() -> WorkbookReader.number("workbook q3.xlsx", CELL, "1E-999999999"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("workbook q3.xlsx: '4. P4P'!O8 holds '1E-999999999', outside the range of numbers a "
                        + "spreadsheet saves (about 1E-308 to 1E+308)");
        assertThatThrownBy(() -> WorkbookReader.number("workbook q3.xlsx", CELL, "1E+999999999"))
                .hasMessageContaining("outside the range");
        String zeros = "1" + "0".repeat(400_000);
        assertThatThrownBy(() -> WorkbookReader.number("workbook q3.xlsx", CELL, zeros))
                .hasMessageStartingWith("workbook q3.xlsx: '4. P4P'!O8 holds a number of 400001 characters ('100000000000000000000000…'")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
        assertThatThrownBy(() -> WorkbookReader.number("workbook q3.xlsx", CELL, "12abc"))
                .hasMessage("workbook q3.xlsx: '4. P4P'!O8 holds a malformed number '12abc'");
    }
}

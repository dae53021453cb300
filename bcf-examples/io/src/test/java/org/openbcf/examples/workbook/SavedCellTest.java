package org.openbcf.examples.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;

class SavedCellTest {

    @Test
    void aCellKnowsItsRowAndPrintsItsSavedValueAndFormula() {
        SavedCell total = new SavedCell("G10", 6, CellKind.NUMBER, "62460800", Optional.of("SUM(C10:F10)"));
        assertThat(total.rowNumber()).isEqualTo(10);
        assertThat(total).hasToString("G10 NUMBER 62460800 =SUM(C10:F10)");
        assertThat(new SavedCell("XFD1048576", 16_383, CellKind.BLANK, "", Optional.of("A1"))).hasToString("XFD1048576 BLANK =A1");
        assertThat(new SavedCell("B7", 1, CellKind.TEXT, "", Optional.empty())).hasToString("B7 TEXT");
    }

    @Test
    void aReferenceMustBeAnAddressOfItsColumn() {
        assertThatThrownBy(() -> new SavedCell("b7", 1, CellKind.NUMBER, "1", Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("reference (b7) must be a cell address such as B7");
        assertThatThrownBy(() -> new SavedCell("B0", 1, CellKind.NUMBER, "1", Optional.empty()))
                .hasMessage("reference (B0) must be a cell address such as B7");
        assertThatThrownBy(() -> new SavedCell("ABCD1", 1, CellKind.NUMBER, "1", Optional.empty()))
                .hasMessage("reference (ABCD1) must be a cell address such as B7");
        assertThatThrownBy(() -> new SavedCell("B", 1, CellKind.NUMBER, "1", Optional.empty()))
                .hasMessage("reference (B) must be a cell address such as B7");
        assertThatThrownBy(() -> new SavedCell("B7x", 1, CellKind.NUMBER, "1", Optional.empty()))
                .hasMessage("reference (B7x) must be a cell address such as B7");
        assertThatThrownBy(() -> new SavedCell("B12345678", 1, CellKind.NUMBER, "1", Optional.empty()))
                .hasMessage("reference (B12345678) must be a cell address such as B7");
        assertThatThrownBy(() -> new SavedCell("B7", 2, CellKind.NUMBER, "1", Optional.empty()))
                .hasMessage("column (2) must be the column of reference B7 (1)");
        assertThatThrownBy(() -> new SavedCell("B7", 1, CellKind.BLANK, "x", Optional.empty()))
                .hasMessage("text (x) must be empty for a blank cell B7");
    }

    @Test
    void nullsAreRefusedByName() {
        assertThatThrownBy(() -> new SavedCell(null, 1, CellKind.NUMBER, "1", Optional.empty())).hasMessage("reference");
        assertThatThrownBy(() -> new SavedCell("B7", 1, null, "1", Optional.empty())).hasMessage("kind");
        assertThatThrownBy(() -> new SavedCell("B7", 1, CellKind.NUMBER, null, Optional.empty())).hasMessage("text");
        assertThatThrownBy(() -> new SavedCell("B7", 1, CellKind.NUMBER, "1", null)).hasMessage("formula");
    }

    @Test
    void everyColumnsLettersAgreeWithPoisAndReadBack() {
        for (int column = 0; column < WorkbookLimits.EXCEL_MAX_COLUMNS; column++) {
            String letters = CellAddress.columnLetters(column);
            assertThat(letters).isEqualTo(CellReference.convertNumToColString(column));
            String address = letters + (column + 1);
            int n = CellAddress.letters(address);
            assertThat(n).isEqualTo(letters.length());
            assertThat(CellAddress.column(address, n)).isEqualTo(column);
            assertThat(CellAddress.rowNumber(address, n)).isEqualTo(column + 1);
        }
    }
}

package org.openbcf.examples.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class SheetCellTest {

    @Test
    void parsesAnUnqualifiedAddressOnTheDefaultSheet() {
        SheetCell cell = SheetCell.parse("AR8", "P4P");
        assertThat(cell).isEqualTo(new SheetCell("P4P", 43, 7));
        assertThat(cell.address()).isEqualTo("AR8");
        assertThat(cell.columnLetters()).isEqualTo("AR");
        assertThat(cell).hasToString("P4P!AR8");
    }

    @Test
    void parsesAbsoluteAndQualifiedForms() {
        assertThat(SheetCell.parse("$g$10", "x")).isEqualTo(new SheetCell("x", 6, 9));
        assertThat(SheetCell.parse("'5. I&E'!G10", null)).isEqualTo(new SheetCell("5. I&E", 6, 9));
        assertThat(SheetCell.parse("Cover!A1", "other")).isEqualTo(new SheetCell("Cover", 0, 0));
        assertThat(SheetCell.parse("'Tom''s sheet'!B2", null).sheet()).isEqualTo("Tom's sheet");
    }

    @Test
    void toStringQuotesSheetNamesThatNeedItAndParsesBack() {
        for (SheetCell cell : List.of(new SheetCell("5. I&E", 6, 9), new SheetCell("Tom's", 0, 0),
                new SheetCell("P4P", 16_383, 1_048_575), new SheetCell("a_b.c", 25, 0), new SheetCell("Z", 26, 3))) {
            assertThat(SheetCell.parse(cell.toString(), null)).isEqualTo(cell);
        }
        assertThat(new SheetCell("5. I&E", 6, 9)).hasToString("'5. I&E'!G10");
        assertThat(new SheetCell("Tom's", 0, 0)).hasToString("'Tom''s'!A1");
        assertThat(new SheetCell("P4P", 16_383, 1_048_575)).hasToString("P4P!XFD1048576");
        assertThat(new SheetCell("x", 26, 0).columnLetters()).isEqualTo("AA");
        assertThat(new SheetCell("x", 701, 0).columnLetters()).isEqualTo("ZZ");
        assertThat(new SheetCell("x", 702, 0).columnLetters()).isEqualTo("AAA");
    }

    @Test
    void parsesRangesAlongARowOrAColumn() {
        assertThat(SheetCell.parseRange("C12:F12", "s")).extracting(SheetCell::address).containsExactly("C12", "D12", "E12", "F12");
        assertThat(SheetCell.parseRange("'Risk log'!E5:E7", null)).extracting(SheetCell::toString)
                .containsExactly("'Risk log'!E5", "'Risk log'!E6", "'Risk log'!E7");
        assertThat(SheetCell.parseRange("B3", "s")).containsExactly(new SheetCell("s", 1, 2));
        assertThat(SheetCell.parseRange("B3:B3", "s")).containsExactly(new SheetCell("s", 1, 2));
        assertThat(SheetCell.parseRange("'a:b'!B3:C3", null)).extracting(SheetCell::toString).containsExactly("'a:b'!B3", "'a:b'!C3");
    }

    @Test
    void ordersBySheetThenRowThenColumn() {
        assertThat(new SheetCell("a", 5, 1)).isLessThan(new SheetCell("a", 0, 2)).isLessThan(new SheetCell("b", 0, 0));
        assertThat(new SheetCell("a", 1, 1)).isLessThan(new SheetCell("a", 2, 1));
        assertThat(new SheetCell("a", 1, 1).compareTo(new SheetCell("a", 1, 1))).isZero();
    }

    @Test
    void refusesWhatIsNotACellReference() {
        assertThatThrownBy(() -> SheetCell.parse("AR", "s")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cell reference 'AR' must look like AR8, $G$10 or 'Sheet name'!G10");
        assertThatThrownBy(() -> SheetCell.parse("A0", "s")).hasMessageContaining("'A0' has row 0; rows run from 1 to 1048576");
        assertThatThrownBy(() -> SheetCell.parse("A1048577", "s")).hasMessageContaining("has row 1048577");
        assertThatThrownBy(() -> SheetCell.parse("XFE1", "s")).hasMessageContaining("'XFE1' has column XFE; columns run from A to XFD");
        assertThatThrownBy(() -> SheetCell.parse("B2", null)).hasMessageContaining("'B2' names no sheet");
        assertThatThrownBy(() -> SheetCell.parse("'P4P!B2", null)).hasMessageContaining("unbalanced quote");
        assertThatThrownBy(() -> SheetCell.parse(null, "s")).isInstanceOf(NullPointerException.class).hasMessageContaining("text");
    }

    @Test
    void refusesRangesThatAreNotARowOrAColumn() {
        assertThatThrownBy(() -> SheetCell.parseRange("B2:C3", "s")).hasMessage("range 'B2:C3' must run along one row or one column");
        assertThatThrownBy(() -> SheetCell.parseRange("F2:C2", "s")).hasMessage("range 'F2:C2' must run left to right or top to bottom");
        assertThatThrownBy(() -> SheetCell.parseRange("a!B2:b!B4", "s")).hasMessage("range 'a!B2:b!B4' must stay on one sheet");
    }

    @Test
    void refusesBadComponents() {
        assertThatThrownBy(() -> new SheetCell(" ", 0, 0)).hasMessage("sheet name must not be blank");
        assertThatThrownBy(() -> new SheetCell("s", -1, 0)).hasMessage("column (-1) must be between 0 and 16383");
        assertThatThrownBy(() -> new SheetCell("s", 16_384, 0)).hasMessage("column (16384) must be between 0 and 16383");
        assertThatThrownBy(() -> new SheetCell("s", 0, -1)).hasMessage("row (-1) must be between 0 and 1048575");
        assertThatThrownBy(() -> new SheetCell("s", 0, 1_048_576)).hasMessage("row (1048576) must be between 0 and 1048575");
        assertThatThrownBy(() -> new SheetCell(null, 0, 0)).isInstanceOf(NullPointerException.class).hasMessage("sheet");
    }
}

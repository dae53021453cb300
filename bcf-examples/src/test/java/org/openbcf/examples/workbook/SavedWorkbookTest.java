package org.openbcf.examples.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbcf.examples.io.BadInputException;

class SavedWorkbookTest {

    @TempDir
    Path dir;

    private static List<String> rows(SavedWorkbook workbook, String sheet) {
        List<String> out = new ArrayList<>();
        workbook.read(sheet, (row, cells) -> out.add(row + ": " + cells));
        return out;
    }

    @Test
    void savedValuesAreGivenExactlyAsStored() {
        Path file = new RawXlsx()
                .sheet("Cover", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")
                .sheet("5. I&E", "<row r=\"7\"><c r=\"B7\"><v>62461000</v></c><c r=\"C7\"><v>0.30000000000000004</v></c>"
                        + "<c r=\"D7\" t=\"s\"><v>1</v></c><c r=\"E7\" t=\"b\"><v>1</v></c><c r=\"F7\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c></row>"
                        + "<row r=\"9\"><c r=\"A9\" s=\"3\"/></row>"
                        + "<row r=\"10\"><c r=\"G10\"><f>SUM(C10:F10)</f><v>62460800</v></c><c r=\"H10\" t=\"inlineStr\"><is><t>in</t>"
                        + "<r><t>line</t></r><rPh sb=\"0\" eb=\"1\"><t>PHONETIC</t></rPh></is></c><c r=\"I10\" t=\"str\"><f>\"a\"&amp;\"b\"</f><v>ab</v></c>"
                        + "<c r=\"J10\"><f>SUM(A1)</f></c></row>")
                .sharedStrings("Norfolk", "n/a")
                .write(dir.resolve("plan.xlsx"));

        try (SavedWorkbook workbook = SavedWorkbook.open(file)) {
            assertThat(workbook.name()).isEqualTo("workbook plan.xlsx");
            assertThat(workbook).hasToString("workbook plan.xlsx");
            assertThat(workbook.sheetNames()).containsExactly("Cover", "5. I&E");
            List<List<SavedCell>> rows = new ArrayList<>();
            List<Integer> numbers = new ArrayList<>();
            workbook.read("5. I&E", (row, cells) -> {
                numbers.add(row);
                rows.add(cells);
            });
            assertThat(numbers).containsExactly(7, 10);
            assertThat(rows.get(0)).containsExactly(
                    new SavedCell("B7", 1, CellKind.NUMBER, "62461000", Optional.empty()),
                    new SavedCell("C7", 2, CellKind.NUMBER, "0.30000000000000004", Optional.empty()),
                    new SavedCell("D7", 3, CellKind.TEXT, "n/a", Optional.empty()),
                    new SavedCell("E7", 4, CellKind.BOOLEAN, "TRUE", Optional.empty()),
                    new SavedCell("F7", 5, CellKind.ERROR, "#DIV/0!", Optional.of("1/0")));
            assertThat(rows.get(1)).containsExactly(
                    new SavedCell("G10", 6, CellKind.NUMBER, "62460800", Optional.of("SUM(C10:F10)")),
                    new SavedCell("H10", 7, CellKind.TEXT, "inline", Optional.empty()),
                    new SavedCell("I10", 8, CellKind.TEXT, "ab", Optional.of("\"a\"&\"b\"")),
                    new SavedCell("J10", 9, CellKind.BLANK, "", Optional.of("SUM(A1)")));
            assertThat(rows(workbook, "Cover")).containsExactly("1: [A1 TEXT Norfolk]");
        }
    }

    @Test
    void anUnknownSheetIsRefusedNamingTheSheetsThereAre() {
        Path file = new RawXlsx().sheet("Cover", "").write(dir.resolve("plan.xlsx"));
        try (SavedWorkbook workbook = SavedWorkbook.open(file)) {
            assertThatThrownBy(() -> workbook.read("P4P", (r, c) -> { }))
                    .isInstanceOf(BadInputException.class)
                    .hasMessage("workbook plan.xlsx: no sheet named 'P4P'; its sheets are [Cover]");
        }
    }
}

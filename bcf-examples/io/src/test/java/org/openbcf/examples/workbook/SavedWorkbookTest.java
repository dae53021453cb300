package org.openbcf.examples.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

    private static String numbers(int from, int to) {
        StringBuilder rows = new StringBuilder();
        for (int r = from; r <= to; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>").append(r).append("</v></c></row>");
        }
        return rows.toString();
    }

    private static void assertNoJavaNames(Throwable e) {
        assertThat(e.getMessage()).doesNotContain("org.", "xmlbeans", "Exception", "java.", "SAX");
    }

    @Test
    void sheetNamesIgnoreCaseAsExcelsDo() {
        Path file = new RawXlsx().sheet("5. I&E", numbers(1, 1)).write(dir.resolve("plan.xlsx"));
        try (SavedWorkbook workbook = SavedWorkbook.open(file)) {
            assertThat(workbook.sheetName("5. i&e")).contains("5. I&E");
            assertThat(workbook.sheetName("P4P")).isEmpty();
            assertThat(rows(workbook, "5. i&e")).containsExactly("1: [A1 NUMBER 1]");
        }
    }

    @Test
    void readingUpToALastRowNeverReadsTheRestOfTheSheet() {
        Path file = new RawXlsx().sheetPart("Data", "<?xml version=\"1.0\"?><worksheet xmlns=\"" + RawXlsx.MAIN + "\"><sheetData>"
                + numbers(1, 3) + "<row r=\"4\"><c r=\"A4\"><v>4</v></c></row><row r=\"5\"><not closed")
                .write(dir.resolve("tail.xlsx"));
        try (SavedWorkbook workbook = SavedWorkbook.open(file)) {
            List<String> seen = new ArrayList<>();
            workbook.read("Data", 3, (row, cells) -> seen.add(row + ": " + cells));
            assertThat(seen).containsExactly("1: [A1 NUMBER 1]", "2: [A2 NUMBER 2]", "3: [A3 NUMBER 3]");
            assertThatThrownBy(() -> workbook.read("Data", (row, cells) -> { }))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageStartingWith("workbook tail.xlsx: sheet 'Data' row 5: cannot read the sheet, its XML is corrupt (")
                    .satisfies(SavedWorkbookTest::assertNoJavaNames);
            assertThatThrownBy(() -> workbook.read("Data", 0, (row, cells) -> { }))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("lastRow (0) must be at least 1");
        }
    }

    @Test
    void rowsAndCellsOutOfOrderAreRefused() {
        Path file = new RawXlsx()
                .sheet("Rows", numbers(5, 5) + numbers(3, 3))
                .sheet("Cells", "<row r=\"2\"><c r=\"C2\"><v>1</v></c><c r=\"B2\"><v>2</v></c></row>")
                .sheet("Elsewhere", "<row r=\"2\"><c r=\"C3\"><v>1</v></c></row>")
                .sheet("Implicit", "<row><c><v>1</v></c><c><v>2</v></c></row><row><c t=\"s\"><v>0</v></c></row>")
                .sharedStrings("x")
                .write(dir.resolve("order.xlsx"));
        try (SavedWorkbook workbook = SavedWorkbook.open(file)) {
            assertThatThrownBy(() -> rows(workbook, "Rows")).isInstanceOf(BadInputException.class)
                    .hasMessage("workbook order.xlsx: sheet 'Rows' row 5: row 3 comes after row 5; rows must ascend");
            assertThatThrownBy(() -> rows(workbook, "Cells")).isInstanceOf(BadInputException.class)
                    .hasMessage("workbook order.xlsx: sheet 'Cells' row 2: cell B2 comes after column C; cells must ascend");
            assertThatThrownBy(() -> rows(workbook, "Elsewhere")).isInstanceOf(BadInputException.class)
                    .hasMessage("workbook order.xlsx: sheet 'Elsewhere' row 2: cell C3 lies in row 2");
            assertThat(rows(workbook, "Implicit")).containsExactly("1: [A1 NUMBER 1, B1 NUMBER 2]", "2: [A2 TEXT x]");
        }
    }

    @Test
    void sharedFormulasGiveTheTextOfTheirFirstCell() {
        Path file = new RawXlsx().sheet("S", "<row r=\"1\"><c r=\"A1\"><f t=\"shared\" ref=\"A1:A2\" si=\"0\">B1*2</f>"
                + "<v>2</v></c></row><row r=\"2\"><c r=\"A2\"><f t=\"shared\" si=\"0\"/><v>4</v></c></row>")
                .write(dir.resolve("shared.xlsx"));
        try (SavedWorkbook workbook = SavedWorkbook.open(file)) {
            assertThat(rows(workbook, "S")).containsExactly("1: [A1 NUMBER 2 =B1*2]", "2: [A2 NUMBER 4 =B1*2]");
        }
    }

    @Test
    void theRowAndCellLimitsAreEnforcedPerSheet() {
        Path file = new RawXlsx().sheet("Data", numbers(1, 3)).write(dir.resolve("rows.xlsx"));
        try (SavedWorkbook workbook = SavedWorkbook.open(file, WorkbookLimits.DEFAULT.withMaxRowsPerSheet(2))) {
            assertThatThrownBy(() -> rows(workbook, "Data")).isInstanceOf(BadInputException.class)
                    .hasMessage("workbook rows.xlsx: sheet 'Data' row 2: the sheet has more than 2 rows, openbcf's limit for a sheet");
        }
        try (SavedWorkbook workbook = SavedWorkbook.open(file, WorkbookLimits.DEFAULT.withMaxCellsPerSheet(1))) {
            assertThatThrownBy(() -> rows(workbook, "Data")).isInstanceOf(BadInputException.class)
                    .hasMessage("workbook rows.xlsx: sheet 'Data' row 2: the sheet has more than 1 cells, openbcf's limit for a sheet");
        }
        try (SavedWorkbook workbook = SavedWorkbook.open(file, WorkbookLimits.DEFAULT.withMaxRowsPerSheet(3).withMaxCellsPerSheet(3))) {
            assertThat(rows(workbook, "Data")).hasSize(3);
        }
    }

    @Test
    void excelsOwnLimitsBoundEveryCell() {
        String tooLong = "9".repeat(WorkbookLimits.EXCEL_MAX_CELL_TEXT + 1);
        Path file = new RawXlsx()
                .sheet("Long", "<row r=\"1\"><c r=\"A1\"><v>" + tooLong + "</v></c></row>")
                .sheet("Wide", "<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>")
                .sheet("Deep", "<row r=\"1048577\"><c r=\"A1048577\"><v>1</v></c></row>")
                .sheet("Odd", "<row r=\"1\"><c r=\"A1\" t=\"x\"><v>1</v></c></row>")
                .sheet("Bool", "<row r=\"1\"><c r=\"A1\" t=\"b\"><v>yes</v></c></row>")
                .sheet("Strings", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row>")
                .sharedStrings("only one")
                .write(dir.resolve("limits.xlsx"));
        try (SavedWorkbook workbook = SavedWorkbook.open(file)) {
            assertThatThrownBy(() -> rows(workbook, "Long")).isInstanceOf(BadInputException.class)
                    .hasMessage("workbook limits.xlsx: sheet 'Long' row 1: cell A1 holds a value of more than 32767 characters, more than Excel keeps");
            assertThatThrownBy(() -> rows(workbook, "Wide")).isInstanceOf(BadInputException.class)
                    .hasMessage("workbook limits.xlsx: sheet 'Wide' row 1: a cell lies beyond Excel's last column (XFD)");
            assertThatThrownBy(() -> rows(workbook, "Deep")).isInstanceOf(BadInputException.class)
                    .hasMessage("workbook limits.xlsx: sheet 'Deep': row 1048577 is beyond Excel's last row (1048576)");
            assertThatThrownBy(() -> rows(workbook, "Odd")).isInstanceOf(BadInputException.class)
                    .hasMessage("workbook limits.xlsx: sheet 'Odd' row 1: cell A1 has the unknown type 'x'");
            assertThatThrownBy(() -> rows(workbook, "Bool")).isInstanceOf(BadInputException.class)
                    .hasMessage("workbook limits.xlsx: sheet 'Bool' row 1: cell A1 holds the boolean 'yes', neither 1 nor 0");
            assertThatThrownBy(() -> rows(workbook, "Strings")).isInstanceOf(BadInputException.class)
                    .hasMessage("workbook limits.xlsx: sheet 'Strings' row 1: a cell refers to shared string 7; the workbook has 1");
        }
    }

    @Test
    void aDocumentTypeIsRefusedWhereverItIsXxeAndBillionLaughs() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP SECRET");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<worksheet xmlns=\"" + RawXlsx.MAIN + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&x;</t></is></c></row></sheetData></worksheet>";
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY l0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            laughs.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]><sst xmlns=\"" + RawXlsx.MAIN + "\"><si><t>&l9;</t></si></sst>");
        Path file = new RawXlsx().sheetPart("XXE", xxe)
                .sheet("Laughs", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")
                .sharedStringsPart(laughs.toString())
                .write(dir.resolve("hostile.xlsx"));
        try (SavedWorkbook workbook = SavedWorkbook.open(file)) {
            assertThatThrownBy(() -> rows(workbook, "XXE")).isInstanceOf(BadInputException.class)
                    .hasMessage("workbook hostile.xlsx: refused: its XML declares a document type (DOCTYPE), which an "
                            + ".xlsx never has; openbcf expands no entities (this is how XXE and billion-laughs attacks begin) "
                            + "(reading sheet 'XXE')")
                    .satisfies(SavedWorkbookTest::assertNoJavaNames);
            assertThatThrownBy(() -> rows(workbook, "Laughs")).isInstanceOf(BadInputException.class)
                    .hasMessageStartingWith("workbook hostile.xlsx: refused: its XML declares a document type (DOCTYPE)")
                    .hasMessageEndingWith("(reading the shared strings)")
                    .satisfies(SavedWorkbookTest::assertNoJavaNames);
        }
        Path list = new RawXlsx().sheet("S", "")
                .entry("xl/workbook.xml", ("<?xml version=\"1.0\"?><!DOCTYPE workbook [<!ENTITY x SYSTEM \"" + secret.toUri()
                        + "\">]><workbook xmlns=\"" + RawXlsx.MAIN + "\"><sheets/></workbook>").getBytes(StandardCharsets.UTF_8))
                .write(dir.resolve("list.xlsx"));
        assertThatThrownBy(() -> SavedWorkbook.open(list)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("workbook list.xlsx: refused: its XML declares a document type (DOCTYPE)")
                .satisfies(SavedWorkbookTest::assertNoJavaNames);
        Path types = new RawXlsx().sheet("S", "")
                .entry("[Content_Types].xml", ("<?xml version=\"1.0\"?><!DOCTYPE Types [<!ENTITY x SYSTEM \"" + secret.toUri()
                        + "\">]><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">&x;</Types>")
                        .getBytes(StandardCharsets.UTF_8))
                .write(dir.resolve("types.xlsx"));
        assertThatThrownBy(() -> SavedWorkbook.open(types)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("workbook types.xlsx: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("TOP SECRET"))
                .satisfies(SavedWorkbookTest::assertNoJavaNames);
    }

    @Test
    void theTotalInflatedAcrossThePartsReadIsCappedAndUnreadSheetsCostNothing() {
        RawXlsx raw = new RawXlsx();
        for (int s = 1; s <= 20; s++) {
            raw.sheet("S" + s, numbers(1, 20_000));
        }
        Path file = raw.write(dir.resolve("twenty.xlsx"));
        long oneSheet = RawXlsx.sheetXml(numbers(1, 20_000)).length();
        WorkbookLimits limits = WorkbookLimits.DEFAULT.withMaxTotalBytes(4 * oneSheet);
        try (SavedWorkbook workbook = SavedWorkbook.open(file, limits)) {
            long listed = workbook.inflatedBytes();
            assertThat(listed).isPositive().isLessThan(20_000);
            workbook.read("S7", (row, cells) -> { });
            assertThat(workbook.inflatedBytes()).isEqualTo(listed + oneSheet);
            workbook.read("S8", (row, cells) -> { });
            workbook.read("S9", (row, cells) -> { });
            assertThatThrownBy(() -> workbook.read("S10", (row, cells) -> { })).isInstanceOf(BadInputException.class)
                    .hasMessageStartingWith("workbook twenty.xlsx: refused: the parts read expand to more than " + 4 * oneSheet
                            + " bytes in all, openbcf's limit for one workbook")
                    .hasMessageEndingWith("(reading sheet 'S10')");
            assertThat(workbook.inflatedBytes()).isEqualTo(listed + 3 * oneSheet);
        }
    }

    @Test
    void aZipBombIsRefusedAndTheVisitorHasSeenOnlyWhatCameBefore() throws IOException {
        byte[] spaces = " ".repeat(64 << 20).getBytes(StandardCharsets.US_ASCII);
        byte[] head = ("<?xml version=\"1.0\"?><worksheet xmlns=\"" + RawXlsx.MAIN + "\"><sheetData>" + numbers(1, 2))
                .getBytes(StandardCharsets.UTF_8);
        byte[] bomb = Arrays.copyOf(head, head.length + spaces.length);
        System.arraycopy(spaces, 0, bomb, head.length, spaces.length);
        Path file = new RawXlsx().sheet("S", "").entry("xl/worksheets/sheet1.xml", bomb).write(dir.resolve("bomb.xlsx"));
        assertThat(Files.size(file)).isLessThan(1 << 20);
        List<Integer> seen = new ArrayList<>();
        try (SavedWorkbook workbook = SavedWorkbook.open(file)) {
            assertThatThrownBy(() -> workbook.read("S", (row, cells) -> seen.add(row))).isInstanceOf(BadInputException.class)
                    .hasMessage("workbook bomb.xlsx: refused: a part of the workbook expands beyond openbcf's limits (at most "
                            + "104857600 bytes, at most 100 times its compressed size); it may be a zip bomb (reading sheet 'S' row 2)");
        }
        assertThat(seen).containsExactly(1, 2);
    }

    @Test
    void anOutOfMemoryErrorIsNeverReportedAsBadInput() {
        Path file = new RawXlsx().sheet("S", numbers(1, 1)).write(dir.resolve("plan.xlsx"));
        try (SavedWorkbook workbook = SavedWorkbook.open(file)) {
            assertThatThrownBy(() -> workbook.read("S", (row, cells) -> {
                throw new OutOfMemoryError("Java heap space");
            })).isExactlyInstanceOf(OutOfMemoryError.class);
            BadInputException refusal = new BadInputException("workbook plan.xlsx: S!A1 is not wanted");
            assertThatThrownBy(() -> workbook.read("S", (row, cells) -> {
                throw refusal;
            })).isSameAs(refusal);
        }
    }

    @Test
    void filesThatAreNotXlsxWorkbooksAreRefusedBeforeAnythingIsInflated() throws IOException {
        Path good = new RawXlsx().sheet("S", numbers(1, 1)).write(dir.resolve("good.xlsx"));
        byte[] whole = Files.readAllBytes(good);
        Path truncated = Files.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(whole, whole.length / 2));
        Path text = Files.writeString(dir.resolve("notes.xlsx"), "not a workbook");
        Path xls = dir.resolve("old.xlsx");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); var out = Files.newOutputStream(xls)) {
            workbook.createSheet("S");
            workbook.write(out);
        }
        Path huge = dir.resolve("huge.xlsx");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(WorkbookLimits.DEFAULT.maxFileBytes() + 1);
        }
        assertThatThrownBy(() -> SavedWorkbook.open(truncated)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("workbook truncated.xlsx: cannot read the workbook, it is corrupt or not an .xlsx file (")
                .satisfies(SavedWorkbookTest::assertNoJavaNames);
        assertThatThrownBy(() -> SavedWorkbook.open(text)).isInstanceOf(BadInputException.class)
                .hasMessage("workbook notes.xlsx: not an .xlsx workbook (the file is corrupt or in another format)");
        assertThatThrownBy(() -> SavedWorkbook.open(xls)).isInstanceOf(BadInputException.class)
                .hasMessage("workbook old.xlsx: this is an Excel 97-2003 (.xls) workbook; save it as .xlsx to check it");
        assertThatThrownBy(() -> SavedWorkbook.open(huge)).isInstanceOf(BadInputException.class)
                .hasMessage("workbook huge.xlsx: the file is 52428801 bytes; the largest openbcf checks is 52428800 bytes");
        assertThatThrownBy(() -> SavedWorkbook.open(dir.resolve("nowhere.xlsx"))).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("workbook nowhere.xlsx: no readable file at ");
        assertThatThrownBy(() -> SavedWorkbook.open(good, WorkbookLimits.DEFAULT.withMaxFileBytes(100)))
                .hasMessage("workbook good.xlsx: the file is " + whole.length + " bytes; the largest openbcf checks is 100 bytes");
    }

    @Test
    void aWorkbookPoiWritesReadsBackWithSharedStrings() throws IOException {
        Path file = dir.resolve("poi.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); var out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("Plan");
            sheet.createRow(0).createCell(0).setCellValue("Norfolk");
            sheet.getRow(0).createCell(2).setCellValue(true);
            sheet.createRow(4).createCell(1).setCellValue(0.1 + 0.2);
            workbook.write(out);
        }
        try (SavedWorkbook workbook = SavedWorkbook.open(file)) {
            assertThat(rows(workbook, "Plan")).containsExactly("1: [A1 TEXT Norfolk, C1 BOOLEAN TRUE]",
                    "5: [B5 NUMBER 0.30000000000000004]");
        }
    }

    @Test
    void aClosedWorkbookCannotBeReadAndClosingTwiceDoesNothing() {
        Path file = new RawXlsx().sheet("S", numbers(1, 1)).write(dir.resolve("plan.xlsx"));
        SavedWorkbook workbook = SavedWorkbook.open(file);
        workbook.close();
        workbook.close();
        assertThatThrownBy(() -> workbook.read("S", (row, cells) -> { })).isInstanceOf(IllegalStateException.class)
                .hasMessage("workbook plan.xlsx is closed");
    }

    @Test
    void nullsAreRefusedByName() {
        Path file = new RawXlsx().sheet("S", numbers(1, 1)).write(dir.resolve("plan.xlsx"));
        assertThatThrownBy(() -> SavedWorkbook.open(null)).hasMessage("file");
        assertThatThrownBy(() -> SavedWorkbook.open(file, null)).hasMessage("limits");
        try (SavedWorkbook workbook = SavedWorkbook.open(file)) {
            assertThatThrownBy(() -> workbook.read(null, (row, cells) -> { })).hasMessage("sheet");
            assertThatThrownBy(() -> workbook.read("S", null)).hasMessage("visitor");
            assertThatThrownBy(() -> workbook.sheetName(null)).hasMessage("sheet");
        }
    }

    @Test
    void sharedStringsJoinTheirRichTextRunsAndLeaveOutPhoneticRuns() {
        Path file = new RawXlsx().sheet("S", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>")
                .sharedStringsPart("<?xml version=\"1.0\"?><sst xmlns=\"" + RawXlsx.MAIN + "\"><si><r><rPr><b/></rPr><t>Better </t></r>"
                        + "<r><t xml:space=\"preserve\">Care Fund</t></r><rPh sb=\"0\" eb=\"1\"><t>PHONETIC</t></rPh></si>"
                        + "<si><t>&lt;&amp;&gt;</t></si></sst>")
                .write(dir.resolve("rich.xlsx"));
        try (SavedWorkbook workbook = SavedWorkbook.open(file)) {
            assertThat(rows(workbook, "S")).containsExactly("1: [A1 TEXT Better Care Fund, B1 TEXT <&>]");
        }
        Path long_ = new RawXlsx().sheet("S", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")
                .sharedStrings("x".repeat(WorkbookLimits.EXCEL_MAX_CELL_TEXT + 1))
                .write(dir.resolve("long.xlsx"));
        try (SavedWorkbook workbook = SavedWorkbook.open(long_)) {
            assertThatThrownBy(() -> rows(workbook, "S")).isInstanceOf(BadInputException.class)
                    .hasMessage("workbook long.xlsx: the shared strings: shared string 0 has more than 32767 characters, "
                            + "more than Excel keeps");
        }
    }
}

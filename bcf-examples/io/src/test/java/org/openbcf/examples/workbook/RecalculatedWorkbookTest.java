package org.openbcf.examples.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbcf.examples.io.BadInputException;

/** The recalculating reader (issue 14, "Stale and broken formulas"): its guards, its limits and its values. */
class RecalculatedWorkbookTest {

    @TempDir
    Path dir;

    /** Sheet "Plan": A1 = 2, B1 = 3, C1 = A1*B1, D1 = 7 (typed), E1 = A1/0; a second sheet of 40 cells. */
    private Path workbook() throws IOException {
        Path file = dir.resolve("plan.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = workbook.createSheet("Plan");
            XSSFRow row = sheet.createRow(0);
            row.createCell(0).setCellValue(2);
            row.createCell(1).setCellValue(3);
            row.createCell(2).setCellFormula("A1*B1");
            row.createCell(3).setCellValue(7);
            row.createCell(4).setCellFormula("A1/0");
            row.createCell(5).setCellFormula("A1>1");
            XSSFSheet other = workbook.createSheet("Other");
            for (int r = 0; r < 4; r++) {
                XSSFRow cells = other.createRow(r);
                for (int c = 0; c < 10; c++) {
                    cells.createCell(c).setCellValue(r * 10 + c);
                }
            }
            XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
            workbook.write(out);
        }
        return file;
    }

    @Test
    void givesWhatEachFormulaGivesNow() throws IOException {
        try (RecalculatedWorkbook workbook = RecalculatedWorkbook.open(workbook(), WorkbookLimits.DEFAULT)) {
            assertThat(workbook.name()).isEqualTo("workbook plan.xlsx");
            assertThat(workbook).hasToString("workbook plan.xlsx");
            assertThat(workbook.recalculate("plan", 0, 2)).isEqualTo(Recalculation.number("A1*B1", new BigDecimal("6.0")))
                    .hasToString("=A1*B1 gives 6");
            assertThat(workbook.recalculate("Plan", 0, 3)).isEqualTo(Recalculation.noFormula());
            assertThat(workbook.recalculate("Plan", 5, 0)).isEqualTo(Recalculation.noFormula());
            assertThat(workbook.recalculate("Plan", 0, 9)).isEqualTo(Recalculation.noFormula());
            assertThat(workbook.recalculate("Plan", 0, 4)).isEqualTo(Recalculation.error("A1/0", "#DIV/0!"))
                    .hasToString("=A1/0 gives the error #DIV/0!");
            assertThat(workbook.recalculate("Plan", 0, 5)).isEqualTo(Recalculation.text("A1>1", "TRUE"))
                    .hasToString("=A1>1 gives text \"TRUE\"");
            assertThatThrownBy(() -> workbook.recalculate("Cover", 0, 0)).isInstanceOf(BadInputException.class)
                    .hasMessage("workbook plan.xlsx: no sheet named 'Cover'");
        }
    }

    @Test
    void aClosedWorkbookCannotBeRecalculatedAndClosingTwiceDoesNothing() throws IOException {
        RecalculatedWorkbook workbook = RecalculatedWorkbook.open(workbook(), WorkbookLimits.DEFAULT);
        workbook.close();
        workbook.close();

        assertThatThrownBy(() -> workbook.recalculate("Plan", 0, 2)).isInstanceOf(IllegalStateException.class)
                .hasMessage("workbook plan.xlsx is closed");
    }

    @Test
    void theCellsInAllSheetsAreCountedBeforeTheUserModelIsBuilt() throws IOException {
        Path file = workbook();

        RecalculatedWorkbook.open(file, WorkbookLimits.DEFAULT, 46).close();   // 6 + 40 cells
        assertThatThrownBy(() -> RecalculatedWorkbook.open(file, WorkbookLimits.DEFAULT, 45))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("workbook plan.xlsx: refused: part xl/worksheets/sheet2.xml takes the workbook beyond 45 cells, "
                        + "the most openbcf recalculates");
        assertThatThrownBy(() -> RecalculatedWorkbook.open(file, WorkbookLimits.DEFAULT.withMaxCellsPerSheet(39)))
                .hasMessageContaining("part xl/worksheets/sheet2.xml has more than 39 cells, openbcf's limit for a sheet");
        assertThatThrownBy(() -> RecalculatedWorkbook.open(file, WorkbookLimits.DEFAULT.withMaxRowsPerSheet(3)))
                .hasMessageContaining("part xl/worksheets/sheet2.xml has more than 3 rows, openbcf's limit for a sheet");
    }

    @Test
    void everyPartCountsTowardsTheWholeWorkbookLimitUnlikeTheStreamingReader() throws IOException {
        Path file = workbook();
        long streamed;
        try (SavedWorkbook saved = SavedWorkbook.open(file)) {
            saved.read("Plan", (row, cells) -> { });
            streamed = saved.inflatedBytes();
        }
        WorkbookLimits limits = WorkbookLimits.DEFAULT.withMaxTotalBytes(streamed + 1);

        try (SavedWorkbook saved = SavedWorkbook.open(file, limits)) {
            saved.read("Plan", (row, cells) -> { });
        }
        assertThatThrownBy(() -> RecalculatedWorkbook.open(file, limits)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("refused: the parts read expand to more than " + (streamed + 1) + " bytes in all");
    }

    @Test
    void badArgumentsAreNamed() throws IOException {
        Path file = workbook();

        assertThatThrownBy(() -> RecalculatedWorkbook.open(null, WorkbookLimits.DEFAULT)).hasMessage("file");
        assertThatThrownBy(() -> RecalculatedWorkbook.open(file, null)).hasMessage("limits");
        assertThatThrownBy(() -> RecalculatedWorkbook.open(file, WorkbookLimits.DEFAULT, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxCells (0) must be at least 1");
        try (RecalculatedWorkbook workbook = RecalculatedWorkbook.open(file, WorkbookLimits.DEFAULT)) {
            assertThatThrownBy(() -> workbook.recalculate(null, 0, 0)).hasMessage("sheet");
        }
        assertThatThrownBy(() -> Recalculation.number("A1", null)).hasMessage("value");
        assertThatThrownBy(() -> Recalculation.error(null, "#REF!")).hasMessage("formula");
    }

    @Test
    void equalRecalculationsAreEqualAndHashAlike() {
        assertThat(Recalculation.unsupported("SLN(1,0,1)", "no SLN")).isEqualTo(Recalculation.unsupported("SLN(1,0,1)", "no SLN"))
                .hasSameHashCodeAs(Recalculation.unsupported("SLN(1,0,1)", "no SLN"))
                .isNotEqualTo(Recalculation.unsupported("SLN(1,0,1)", "no"))
                .isNotEqualTo(Recalculation.error("SLN(1,0,1)", "no SLN"))
                .hasToString("=SLN(1,0,1) cannot be evaluated: no SLN");
        assertThat(Recalculation.number("A1", BigDecimal.ONE)).isNotEqualTo(Recalculation.number("A1", BigDecimal.TEN))
                .isNotEqualTo(Recalculation.number("A2", BigDecimal.ONE)).isNotEqualTo("A1");
        assertThat(Recalculation.noFormula().number()).isEmpty();
        assertThat(Recalculation.noFormula().formula()).isEmpty();
        assertThat(Recalculation.noFormula().detail()).isEmpty();
        assertThat(Recalculation.noFormula().kind()).isEqualTo(Recalculation.Kind.NO_FORMULA);
    }
}

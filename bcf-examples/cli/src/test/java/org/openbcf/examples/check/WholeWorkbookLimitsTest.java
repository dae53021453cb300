package org.openbcf.examples.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbcf.examples.io.BadInputException;
import org.openbcf.examples.workbook.SavedWorkbook;
import org.openbcf.examples.workbook.WorkbookLimits;

/**
 * Whole-workbook limits (issue 17): the check reads only the mapped sheets, and a reader that reads
 * every sheet is stopped by the cap on all bytes inflated, not after gigabytes.
 */
class WholeWorkbookLimitsTest {

    @TempDir
    Path dir;

    private Path mapping() throws IOException {
        return Files.writeString(dir.resolve("ie.properties"), IncomeAndExpenditureSheet.MAPPING);
    }

    private Path norfolk() {
        return IncomeAndExpenditureSheet.write(dir.resolve("norfolk.xlsx"), sheet -> { });
    }

    @Test
    void twentySheetsOf95MegabytesInA41MegabyteFileAreNeverInflatedByTheCheckAndCappedForAReaderOfAll() throws IOException {
        Path file = dir.resolve("twenty.xlsx");
        long sheetBytes = HugeWorkbook.addSheets(norfolk(), file, 20, 646_000, 6);
        assertThat(sheetBytes).isBetween(94_000_000L, 96_000_000L);
        assertThat(Files.size(file)).isBetween(30_000_000L, WorkbookLimits.DEFAULT.maxFileBytes());

        CheckReport report = SpreadsheetCheck.run(file, mapping());
        assertThat(report.toString()).startsWith("workbook twenty.xlsx, income-and-expenditure: all 7 cells agree, 9 findings (0 errors) (tolerance 0.00)");

        try (SavedWorkbook workbook = SavedWorkbook.open(file)) {
            assertThat(workbook.sheetNames()).hasSize(21).startsWith("5. I&E", "Big1");
            assertThatThrownBy(() -> workbook.sheetNames().forEach(sheet -> workbook.read(sheet, (row, cells) -> { })))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageStartingWith("workbook twenty.xlsx: refused: the parts read expand to more than 268435456 bytes "
                            + "in all, openbcf's limit for one workbook")
                    .hasMessageEndingWith("(reading sheet 'Big3')");
            assertThat(workbook.inflatedBytes()).isBetween(2 * sheetBytes, 268_435_456L);
        }
    }

    @Test
    void aMillionRowSheetIsStreamedOrRefusedByTheRowLimitAndNeverReadByACheckThatDoesNotMapIt() throws IOException {
        Path file = dir.resolve("million.xlsx");
        HugeWorkbook.addSheets(norfolk(), file, 1, 1_000_000, 1);

        assertThat(SpreadsheetCheck.run(file, mapping()).agrees()).isTrue();
        try (SavedWorkbook workbook = SavedWorkbook.open(file)) {
            AtomicLong rows = new AtomicLong();
            AtomicLong lastRow = new AtomicLong();
            workbook.read("Big1", (row, cells) -> {
                rows.incrementAndGet();
                lastRow.set(row);
            });
            assertThat(rows).hasValue(1_000_000);
            assertThat(lastRow).hasValue(1_000_000);
        }
        try (SavedWorkbook workbook = SavedWorkbook.open(file, WorkbookLimits.DEFAULT.withMaxRowsPerSheet(100_000))) {
            assertThatThrownBy(() -> workbook.read("Big1", (row, cells) -> { }))
                    .isInstanceOf(BadInputException.class)
                    .hasMessage("workbook million.xlsx: sheet 'Big1' row 100000: the sheet has more than 100000 rows, "
                            + "openbcf's limit for a sheet");
        }
    }

    @Test
    void theChecksLimitsAreTheReadersDefaultsWithTheirOwnFileAndPartLimits() {
        assertThat(CheckLimits.DEFAULT.workbookLimits()).isEqualTo(WorkbookLimits.DEFAULT);
        assertThat(new CheckLimits(1_000, 2_000, 3).workbookLimits())
                .isEqualTo(WorkbookLimits.DEFAULT.withMaxFileBytes(1_000).withMaxPartBytes(2_000).withMaxExpansion(3));
    }

    @Test
    void aPartThatDeclaresLessThanItHoldsIsStoppedByTheCountOfWhatIsInflated() throws IOException {
        Path file = dir.resolve("liar.xlsx");
        long sheetBytes = HugeWorkbook.addSheets(norfolk(), file, 3, 20_000, 6, false);
        try (SavedWorkbook workbook = SavedWorkbook.open(file, WorkbookLimits.DEFAULT.withMaxTotalBytes(2 * sheetBytes))) {
            workbook.read("Big1", (row, cells) -> { });
            assertThatThrownBy(() -> workbook.read("Big2", (row, cells) -> { }))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageStartingWith("workbook liar.xlsx: refused: the parts read expand to more than " + 2 * sheetBytes)
                    .hasMessageContaining("(reading sheet 'Big2' row ");
        }
    }
}

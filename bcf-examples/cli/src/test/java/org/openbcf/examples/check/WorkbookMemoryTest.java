package org.openbcf.examples.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bcf check} streams (issue 16, must show): a 100,000-row sheet of 800,000 cells, with the
 * income and expenditure block in its last rows so the whole sheet is read, is checked in a fresh
 * JVM whose heap is 256 MiB. POI's in-memory model needed about 1.2 KB a cell (2.09 GiB for such a
 * sheet) and failed with an out-of-memory error there.
 */
class WorkbookMemoryTest {

    private static final int ROWS = 100_000;
    /** The income and expenditure block's rows 10 to 25, moved to the end of the sheet. */
    private static final int SHIFT = ROWS - 25;

    @TempDir
    Path dir;

    @Test
    void aHundredThousandRowSheetIsCheckedInA256MegabyteHeap() throws Exception {
        Path workbook = write(dir.resolve("large.xlsx"));
        Path mapping = Files.writeString(dir.resolve("ie.properties"), shiftedMapping());

        ChildJvm.Result result = ChildJvm.run(List.of("-Xmx256m"), "check", workbook.toString(), "--map", mapping.toString());

        assertThat(result.err().lines()).allMatch(l -> l.startsWith("WARNING R-IE-") || l.startsWith("INFO R-IE-"));
        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines()).containsExactly(
                "cell,output,spreadsheet,reference,difference,agrees",
                "'5. I&E'!G" + (10 + SHIFT) + ",income.plan.annualTotal,62460800.00,62460800.00,0.00,true",
                "'5. I&E'!G" + (11 + SHIFT) + ",income.forecast.annualTotal,60159800.00,60159800.00,0.00,true",
                "'5. I&E'!G" + (12 + SHIFT) + ",income.actual.yearToDate,46639833.00,46639833.00,0.00,true",
                "'5. I&E'!G" + (20 + SHIFT) + ",expenditure.plan.annualTotal,62460800.00,62460800.00,0.00,true",
                "'5. I&E'!G" + (21 + SHIFT) + ",expenditure.forecast.annualTotal,60159800.00,60159800.00,0.00,true",
                "'5. I&E'!G" + (22 + SHIFT) + ",expenditure.actual.yearToDate,44312835.00,44312835.00,0.00,true",
                "'5. I&E'!G" + (25 + SHIFT) + ",balance,2326998.00,2326998.00,0.00,true");
    }

    /** The mapping of {@link IncomeAndExpenditureSheet}, every row moved down by {@link #SHIFT}. */
    private static String shiftedMapping() {
        StringBuilder out = new StringBuilder();
        for (String line : IncomeAndExpenditureSheet.MAPPING.lines().toList()) {
            int equals = line.indexOf('=');
            if (line.startsWith("input.") || line.startsWith("output.")) {
                out.append(line, 0, equals + 1).append(java.util.regex.Pattern.compile("([A-Z]+)([0-9]+)").matcher(line.substring(equals + 1))
                        .replaceAll(m -> m.group(1) + (Integer.parseInt(m.group(2)) + SHIFT)));
            } else {
                out.append(line);
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** Writes the sheet with POI's streaming writer: filler rows, then the block with its saved totals. */
    private static Path write(Path file) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            SXSSFSheet sheet = workbook.createSheet(IncomeAndExpenditureSheet.SHEET);
            for (int r = 0; r < 10 + SHIFT - 1; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("filler " + (r + 1));
                for (int c = 1; c < 8; c++) {
                    row.createCell(c).setCellValue(r * 8 + c + 0.25);
                }
            }
            block(sheet, 10, "Plan", new double[] {19_293_380, 13_801_260, 14_683_080, 14_683_080}, 62_461_000);
            block(sheet, 11, "Forecast", new double[] {19_599_950, 13_519_950, 13_519_950, 13_519_950}, -1);
            block(sheet, 12, "Actual", new double[] {17_272_933, 15_846_950, 13_519_950}, -1);
            block(sheet, 20, "Plan", new double[] {19_293_380, 13_801_260, 14_683_080, 14_683_080}, 62_461_780);
            block(sheet, 21, "Forecast", new double[] {17_272_950, 13_519_950, 13_519_950, 15_846_950}, -1);
            block(sheet, 22, "Actual", new double[] {16_738_383, 14_054_502, 13_519_950}, -1);
            Row balance = sheet.createRow(25 + SHIFT - 1);
            balance.createCell(0).setCellValue("Balance");
            balance.createCell(6).setCellValue(46_639_833 - 44_312_835);
            workbook.write(out);
        }
        return file;
    }

    /** One row of the block: label, four quarters ("-" for a quarter not reached), the saved total, the pooled fund. */
    private static void block(SXSSFSheet sheet, int templateRow, String label, double[] quarters, double pooledFund) {
        Row row = sheet.createRow(templateRow + SHIFT - 1);
        row.createCell(1).setCellValue(label);
        double total = 0;
        for (int q = 0; q < 4; q++) {
            if (q < quarters.length) {
                row.createCell(2 + q).setCellValue(quarters[q]);
                total += quarters[q];
            } else {
                row.createCell(2 + q).setCellValue("-");
            }
        }
        row.createCell(6).setCellValue(total);
        if (pooledFund >= 0) {
            row.createCell(7).setCellValue(pooledFund);
        }
    }
}

package org.openbcf.examples.check;

import static org.openbcf.examples.check.TestWorkbooks.set;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook laid out like the income and expenditure sheet of the Q3 2015/16 return, holding
 * Norfolk's figures (G-11, G-12), and the mapping that describes it.
 */
final class IncomeAndExpenditureSheet {

    /** The sheet's name, as in the template. */
    static final String SHEET = "5. I&E";

    /** The mapping for the layout below. */
    static final String MAPPING = """
            # Norfolk's Q3 2015/16 income and expenditure sheet, as laid out by IncomeAndExpenditureSheet
            calculation = income-and-expenditure
            sheet = 5. I&E
            parameter.year = 2015/16
            input.income.plan = C10:F10
            input.income.forecast = C11:F11
            input.income.actual = C12:F12
            input.income.pooledFund = H10
            input.expenditure.plan = C20:F20
            input.expenditure.forecast = C21:F21
            input.expenditure.actual = C22:F22
            input.expenditure.pooledFund = H20
            output.income.plan.annualTotal = G10
            output.income.forecast.annualTotal = G11
            output.income.actual.yearToDate = G12
            output.expenditure.plan.annualTotal = G20
            output.expenditure.forecast.annualTotal = G21
            output.expenditure.actual.yearToDate = G22
            output.balance = G25
            """;

    private IncomeAndExpenditureSheet() {
    }

    /**
     * Writes the workbook with Norfolk's figures.
     *
     * @param file  where to write
     * @param after changes made after the formulas are calculated
     * @return the file
     */
    static Path write(Path file, Consumer<XSSFSheet> after) {
        return TestWorkbooks.write(file, IncomeAndExpenditureSheet::fill, wb -> after.accept(wb.getSheet(SHEET)));
    }

    /** Writes Norfolk's sheet changed before its formulas are calculated, so every saved result follows. */
    static Path writeChanged(Path file, Consumer<XSSFSheet> before) {
        return TestWorkbooks.write(file, wb -> {
            fill(wb);
            before.accept(wb.getSheet(SHEET));
        }, wb -> { });
    }

    /**
     * Fills a workbook with the sheet.
     *
     * @param workbook the workbook
     */
    static void fill(XSSFWorkbook workbook) {
        XSSFSheet sheet = workbook.createSheet(SHEET);
        set(sheet, "A8", "Income");
        row(sheet, 10, "Plan", List.of(19_293_380, 13_801_260, 14_683_080, 14_683_080));
        set(sheet, "H10", 62_461_000);
        row(sheet, 11, "Forecast", List.of(19_599_950, 13_519_950, 13_519_950, 13_519_950));
        row(sheet, 12, "Actual", List.of(17_272_933, 15_846_950, 13_519_950));
        set(sheet, "A18", "Expenditure");
        row(sheet, 20, "Plan", List.of(19_293_380, 13_801_260, 14_683_080, 14_683_080));
        set(sheet, "H20", 62_461_780);
        row(sheet, 21, "Forecast", List.of(17_272_950, 13_519_950, 13_519_950, 15_846_950));
        row(sheet, 22, "Actual", List.of(16_738_383, 14_054_502, 13_519_950));
        set(sheet, "A25", "Balance");
        set(sheet, "G25", "=G12-G22");
    }

    private static void row(XSSFSheet sheet, int row, String label, List<Integer> quarters) {
        set(sheet, "B" + row, label);
        String[] columns = {"C", "D", "E", "F"};
        for (int i = 0; i < 4; i++) {
            set(sheet, columns[i] + row, i < quarters.size() ? quarters.get(i) : "-");
        }
        set(sheet, "G" + row, "=SUM(C" + row + ":F" + row + ")");
    }
}

package org.openbcf.examples.check;

import org.openbcf.examples.io.BadInputException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpreadsheetCheckTest {

    @TempDir
    Path dir;

    private Path mapping() throws IOException {
        return Files.writeString(dir.resolve("ie.properties"), IncomeAndExpenditureSheet.MAPPING);
    }

    private Path norfolk() {
        return IncomeAndExpenditureSheet.write(dir.resolve("norfolk.xlsx"), sheet -> { });
    }

    @Test
    void norfolkIncomeAndExpenditureAgreesG11G12() throws IOException {
        CheckReport report = SpreadsheetCheck.run(norfolk(), mapping());

        assertThat(report.agrees()).isTrue();
        assertThat(report.disagreements()).isEmpty();
        assertThat(report.comparisons()).hasSize(7);
        assertThat(report.comparisons().get(0).reference()).isEqualByComparingTo("62460800");   // G-11 plan
        assertThat(report.comparisons().get(1).reference()).isEqualByComparingTo("60159800");   // G-11 forecast
        assertThat(report.comparisons().get(2).reference()).isEqualByComparingTo("46639833");   // G-11 actual YTD
        assertThat(report.comparisons().get(5).reference()).isEqualByComparingTo("44312835");   // G-12 actual YTD
        assertThat(report.comparisons().get(6).reference()).isEqualByComparingTo("2326998");    // G-12 balance
        assertThat(report.toString()).startsWith("workbook norfolk.xlsx, income-and-expenditure: all 7 cells agree, 9 findings (0 errors) (tolerance 0.00)");
        assertThat(report.passes()).isTrue();
        assertThat(report.findings().stream().map(f -> f.ruleId()))                            // D-1 to D-6
                .containsExactly("R-IE-4", "R-IE-4", "R-IE-5", "R-IE-9", "R-IE-4", "R-IE-4", "R-IE-5", "R-IE-9", "R-IE-8");
    }

    @Test
    void aWrongSavedTotalIsReportedWithItsCellBothValuesAndTheDifference() throws IOException {
        Path workbook = IncomeAndExpenditureSheet.write(dir.resolve("wrong.xlsx"),
                sheet -> TestWorkbooks.setSavedResult(sheet, "G21", 60_160_000));

        CheckReport report = SpreadsheetCheck.run(workbook, mapping());

        assertThat(report.agrees()).isFalse();
        assertThat(report.disagreements()).singleElement().satisfies(c -> {
            assertThat(c.cell()).hasToString("'5. I&E'!G21");
            assertThat(c.output()).isEqualTo("expenditure.forecast.annualTotal");
            assertThat(c.difference()).isEqualByComparingTo("200");
            assertThat(c).hasToString("'5. I&E'!G21 expenditure.forecast.annualTotal: spreadsheet 60160000.00, "
                    + "reference 60159800.00, difference 200.00");
        });
        assertThat(report.toString()).startsWith("workbook wrong.xlsx, income-and-expenditure: 1 of 7 cells disagree, 9 findings (0 errors) (tolerance 0.00)\n  '5. I&E'!G21");
    }

    @Test
    void aToleranceLetsSmallDifferencesPassAndNoMore() throws IOException {
        Path workbook = IncomeAndExpenditureSheet.write(dir.resolve("penny.xlsx"),
                sheet -> TestWorkbooks.setSavedResult(sheet, "G10", 62_460_800.01));

        assertThat(SpreadsheetCheck.run(workbook, mapping()).disagreements()).hasSize(1);
        assertThat(SpreadsheetCheck.run(workbook, mapping(), new BigDecimal("0.01")).agrees()).isTrue();
        assertThat(SpreadsheetCheck.run(workbook, mapping(), new BigDecimal("0.009")).agrees()).isFalse();
    }

    @Test
    void floatingPointNoiseBelowHalfAPennyAgrees() throws IOException {
        Path workbook = IncomeAndExpenditureSheet.write(dir.resolve("noise.xlsx"),
                sheet -> TestWorkbooks.setSavedResult(sheet, "G10", 62_460_800.004));

        assertThat(SpreadsheetCheck.run(workbook, mapping()).agrees()).isTrue();
    }

    @Test
    void textWhereANumberBelongsIsRefusedNamingTheCell() throws IOException {
        Path workbook = IncomeAndExpenditureSheet.write(dir.resolve("text.xlsx"),
                sheet -> TestWorkbooks.set(sheet, "D11", "n/a"));

        assertThatThrownBy(() -> SpreadsheetCheck.run(workbook, mapping()))
                .isInstanceOf(BadInputException.class)
                .hasMessage("workbook text.xlsx: '5. I&E'!D11 holds text \"n/a\" where a number is needed "
                        + "(income.forecast: income forecast, Q1 to Q4)");
    }

    @Test
    void textWhereTheSpreadsheetShouldHaveComputedIsRefused() throws IOException {
        Path workbook = IncomeAndExpenditureSheet.write(dir.resolve("out.xlsx"), sheet -> TestWorkbooks.set(sheet, "G25", "#REF"));

        assertThatThrownBy(() -> SpreadsheetCheck.run(workbook, mapping()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("'5. I&E'!G25 holds text \"#REF\" where the spreadsheet should have computed a number (balance)");
    }

    @Test
    void aYesNoOutputTakesTheWordsAndANumberOutputDoesNot() throws IOException {
        Path mapping = Files.writeString(dir.resolve("target.properties"), """
                calculation = target
                sheet = Metrics
                parameter.change = maximum
                parameter.rounding = none
                input.base = B2
                input.actual = B4
                output.target = B6
                output.met = B10
                """);
        Path words = metrics("words.xlsx", "=B2", "=IF(B4<=B6,\"Yes\",\"No\")");
        Path wordsInTarget = metrics("target-words.xlsx", "Yes", "=IF(B4<=B6,\"Yes\",\"No\")");
        Path other = metrics("other-words.xlsx", "=B2", "Met");

        CheckReport report = SpreadsheetCheck.run(words, mapping);

        assertThat(report.passes()).as(report.toString()).isTrue();
        assertThat(report.comparisons()).extracting(c -> c.shown().orElse("-")).containsExactly("-", "Yes");
        assertThat(report.comparisons().get(1).spreadsheet()).isEqualByComparingTo("1");
        assertThatThrownBy(() -> SpreadsheetCheck.run(wordsInTarget, mapping)).isInstanceOf(BadInputException.class)
                .hasMessage("workbook target-words.xlsx: Metrics!B6 holds text \"Yes\" where the spreadsheet should have "
                        + "computed a number (target)");
        assertThatThrownBy(() -> SpreadsheetCheck.run(other, mapping)).isInstanceOf(BadInputException.class)
                .hasMessage("workbook other-words.xlsx: Metrics!B10 holds text \"Met\" where the spreadsheet should have "
                        + "computed Yes or No (or 1 or 0) (met)");
    }

    /** A metrics sheet: base 100 in B2, actual 90 in B4, the target in B6 and whether it is met in B10. */
    private Path metrics(String name, String target, String met) {
        return TestWorkbooks.write(dir.resolve(name), wb -> {
            var sheet = wb.createSheet("Metrics");
            TestWorkbooks.set(sheet, "B2", 100);
            TestWorkbooks.set(sheet, "B4", 90);
            TestWorkbooks.set(sheet, "B6", target);
            TestWorkbooks.set(sheet, "B10", met);
        }, wb -> { });
    }

    @Test
    void aNegativeInputIsRefusedWithTheLibrarysReason() throws IOException {
        Path workbook = IncomeAndExpenditureSheet.write(dir.resolve("neg.xlsx"), sheet -> TestWorkbooks.set(sheet, "C10", -5));

        assertThatThrownBy(() -> SpreadsheetCheck.run(workbook, mapping()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("workbook neg.xlsx: openbcf cannot compute income-and-expenditure")
                .hasMessageContaining("amount for Q1 2015/16 (-£5.00) must not be negative");
    }

    @Test
    void aMissingSheetIsRefusedListingTheSheets() throws IOException {
        Path workbook = TestWorkbooks.write(dir.resolve("other.xlsx"), wb -> wb.createSheet("Cover"), wb -> { });

        assertThatThrownBy(() -> SpreadsheetCheck.run(workbook, mapping()))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("workbook other.xlsx: no sheet named '5. I&E'")
                .hasMessageContaining("[Cover]");
    }

    @Test
    void aFormulaWithNoSavedResultIsRefused() throws IOException {
        Path workbook = TestWorkbooks.write(dir.resolve("raw.xlsx"), wb -> { }, IncomeAndExpenditureSheet::fill);

        assertThatThrownBy(() -> SpreadsheetCheck.run(workbook, mapping()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("'5. I&E'!G10 holds the formula =SUM(C10:F10) with no saved result");
    }

    @Test
    void aCorruptFileIsRefused() throws IOException {
        byte[] whole = Files.readAllBytes(norfolk());
        Path truncated = Files.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(whole, whole.length / 2));
        Path text = Files.writeString(dir.resolve("notes.xlsx"), "these are not the figures you are looking for");

        assertThatThrownBy(() -> SpreadsheetCheck.run(truncated, mapping()))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("workbook truncated.xlsx: cannot read the workbook, it is corrupt or not an .xlsx file");
        assertThatThrownBy(() -> SpreadsheetCheck.run(text, mapping()))
                .isInstanceOf(BadInputException.class)
                .hasMessage("workbook notes.xlsx: not an .xlsx workbook (the file is corrupt or in another format)");
    }

    @Test
    void aMissingFileIsRefused() {
        assertThatThrownBy(() -> SpreadsheetCheck.run(dir.resolve("nowhere.xlsx"), mapping()))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("workbook nowhere.xlsx: no readable file at ");
    }

    @Test
    void anEncryptedWorkbookIsRefused() throws IOException {
        Path encrypted = TestWorkbooks.encrypt(norfolk(), dir.resolve("locked.xlsx"));

        assertThatThrownBy(() -> SpreadsheetCheck.run(encrypted, mapping()))
                .isInstanceOf(BadInputException.class)
                .hasMessage("workbook locked.xlsx: the workbook is encrypted (password-protected); save an unprotected copy to check it");
    }

    @Test
    void anOldXlsWorkbookIsRefusedWithAdvice() throws IOException {
        Path xls = dir.resolve("old.xlsx");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); var out = Files.newOutputStream(xls)) {
            workbook.createSheet("5. I&E");
            workbook.write(out);
        }

        assertThatThrownBy(() -> SpreadsheetCheck.run(xls, mapping()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("Excel 97-2003 (.xls) workbook; save it as .xlsx");
    }

    @Test
    void anOversizedFileIsRefusedBeforeItIsOpened() throws IOException {
        Path huge = dir.resolve("huge.xlsx");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(CheckLimits.DEFAULT.maxFileBytes() + 1);   // sparse: no disk, no memory
        }

        assertThatThrownBy(() -> SpreadsheetCheck.run(huge, mapping()))
                .isInstanceOf(BadInputException.class)
                .hasMessage("workbook huge.xlsx: the file is 52428801 bytes; the largest openbcf checks is 52428800 bytes");
    }

    @Test
    void theFileSizeLimitCanBeLowered() throws IOException {
        CheckLimits small = CheckLimits.DEFAULT.withMaxFileBytes(1_000);

        assertThatThrownBy(() -> SpreadsheetCheck.run(norfolk(), CheckMapping.load(mapping()), BigDecimal.ZERO, small))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("the largest openbcf checks is 1000 bytes");
    }

    @Test
    void aZipBombIsRefusedWithinBoundedMemory() throws IOException {
        Path bomb = TestWorkbooks.zipBomb(norfolk(), dir.resolve("bomb.xlsx"), 64);
        assertThat(Files.size(bomb)).isLessThan(1 << 20);

        assertThatThrownBy(() -> SpreadsheetCheck.run(bomb, mapping()))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("workbook bomb.xlsx: refused: a part of the workbook expands beyond openbcf's limits")
                .hasMessageContaining("zip bomb");
    }

    @Test
    void aNegativeToleranceIsRefused() {
        assertThatThrownBy(() -> SpreadsheetCheck.run(norfolk(), mapping(), new BigDecimal("-0.01")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tolerance (-0.01) must be at least 0");
    }

    @Test
    void nullsAreNamed() {
        assertThatThrownBy(() -> SpreadsheetCheck.run(null, mapping())).hasMessageContaining("workbook");
        assertThatThrownBy(() -> SpreadsheetCheck.run(norfolk(), (Path) null)).hasMessageContaining("mapping");
    }

    @Test
    void listsItsCalculations() {
        assertThat(SpreadsheetCheck.calculations()).contains("income-and-expenditure");
    }

    @Test
    void aMappingThatIsNotUtf8IsRefused() throws IOException {
        Path latin = Files.write(dir.resolve("latin.properties"), "sheet = \u00a3".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> CheckMapping.load(latin))
                .isInstanceOf(BadInputException.class)
                .hasMessage("mapping latin.properties: the file is not UTF-8 text");
    }
}

package org.openbcf.examples.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbcf.examples.cli.Cli;
import org.openbcf.examples.cli.ExitCode;

/** Issue 14, second bullet: workbooks store doubles; money is rounded half-up to the penny and noted, counts may carry 1E-9 of noise. */
class WorkbookDoublesTest {

    @TempDir
    Path dir;

    private Path mapping(String text) throws IOException {
        return Files.writeString(dir.resolve("check.properties"), text);
    }

    @Test
    void excelsPointOnePlusPointTwoIsReadAsThirtyPenceAndNoted() throws IOException {
        // 0.1 + 0.2 in a double is 0.30000000000000004, which POI saves as Excel does
        Path noise = IncomeAndExpenditureSheet.writeChanged(dir.resolve("point3.xlsx"),
                sheet -> TestWorkbooks.set(sheet, "C10", 0.1 + 0.2));

        CheckReport report = SpreadsheetCheck.run(noise, mapping(IncomeAndExpenditureSheet.MAPPING));

        assertThat(report.roundings()).singleElement().satisfies(r -> {
            assertThat(r.cell()).hasToString("'5. I&E'!C10");
            assertThat(r.input()).isEqualTo("income.plan[1]");
            assertThat(r.saved()).isEqualTo(new BigDecimal("0.30000000000000004"));
            assertThat(r.read()).isEqualTo(new BigDecimal("0.30"));
            assertThat(r.difference()).isEqualByComparingTo("-0.00000000000000004");
            assertThat(r).hasToString("'5. I&E'!C10 income.plan[1]: saved 0.30000000000000004, read as 0.30 (by -0.00000000000000004)");
        });
        assertThat(report.agrees()).isTrue();
        assertThat(report.toString()).contains("\n  NOTE '5. I&E'!C10 income.plan[1]: saved 0.30000000000000004, read as 0.30");
    }

    @Test
    void theCommandNoLongerRefusesFloatNoiseAndSaysWhereItRounded() throws IOException {
        Path workbook = IncomeAndExpenditureSheet.writeChanged(dir.resolve("point3.xlsx"),
                sheet -> TestWorkbooks.set(sheet, "C10", 0.1 + 0.2));

        Cli.Result result = Cli.run("check", workbook.toString(), "--map", mapping(IncomeAndExpenditureSheet.MAPPING).toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.err()).doesNotContain("whole pennies")
                .contains("NOTE '5. I&E'!C10 income.plan[1]: saved 0.30000000000000004, read as 0.30 (by -0.00000000000000004)");
    }

    @Test
    void moneyIsRoundedHalfUpToThePenny() throws IOException {
        Path workbook = P4pSheet.writeChanged(dir.resolve("cost.xlsx"), sheet -> TestWorkbooks.set(sheet, "F12", 1490.005));

        CheckReport report = SpreadsheetCheck.run(workbook, mapping(P4pSheet.MAPPING));

        // the double nearest 1490.005 is saved as 1490.005; half-up gives 1490.01, and the pot follows it
        assertThat(report.roundings()).singleElement().satisfies(r -> {
            assertThat(r.input()).isEqualTo("costPerAdmission");
            assertThat(r.read()).isEqualTo(new BigDecimal("1490.01"));
        });
        assertThat(report.comparisons().stream().filter(c -> c.output().equals("performancePot")).findFirst().orElseThrow()
                .reference()).isEqualByComparingTo("4866372.66");                 // 3,266 x £1,490.01
    }

    @Test
    void aCountWithinOneBillionthOfAWholeNumberIsReadAsItAndNoted() throws IOException {
        Path workbook = P4pSheet.writeChanged(dir.resolve("count.xlsx"), sheet -> TestWorkbooks.set(sheet, "O8", 23_268.0000000001));

        CheckReport report = SpreadsheetCheck.run(workbook, mapping(P4pSheet.MAPPING));

        assertThat(report.roundings()).singleElement().satisfies(r -> {
            assertThat(r.cell()).hasToString("'4. P4P'!O8");
            assertThat(r.input()).isEqualTo("actual[4]");
            assertThat(r.read()).isEqualTo(new BigDecimal("23268"));
        });
        assertThat(report.passes()).isTrue();
    }

    @Test
    void aCountFurtherThanOneBillionthFromAWholeNumberIsRefusedNamingTheCell() throws IOException {
        Path workbook = P4pSheet.writeChanged(dir.resolve("count.xlsx"), sheet -> TestWorkbooks.set(sheet, "O8", 23_268.00001));
        Path map = mapping(P4pSheet.MAPPING);

        assertThatThrownBy(() -> SpreadsheetCheck.run(workbook, map))
                .hasMessageContaining("'4. P4P'!O8").hasMessageContaining("23268.00001").hasMessageContaining("whole number");
        Cli.Result result = Cli.run("check", workbook.toString(), "--map", map.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err()).contains("'4. P4P'!O8 holds the number 23268.00001 where a whole number is needed");
    }

    @Test
    void justOverTheCountNoiseIsRefusedAndJustUnderIsRead() {
        SheetCell cell = SheetCell.parse("A1", "S");
        Field field = Field.count("n", 1, "a count");
        SavedValue under = new SavedValue.Number(new BigDecimal("7.000000001"));
        SavedValue over = new SavedValue.Number(new BigDecimal("6.9999999989"));

        CheckInputs read = new CheckInputs("w", java.util.Map.of(), java.util.Map.of("n", java.util.List.of(cell)),
                java.util.Map.of("n", field), java.util.Map.of(cell, under));

        assertThat(read.counts("n")).containsExactly(7L);
        assertThat(read.roundings()).hasSize(1);
        assertThatThrownBy(() -> new CheckInputs("w", java.util.Map.of(), java.util.Map.of("n", java.util.List.of(cell)),
                java.util.Map.of("n", field), java.util.Map.of(cell, over))).hasMessageContaining("S!A1");
    }
}

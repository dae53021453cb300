package org.openbcf.examples.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbcf.examples.cli.Cli;
import org.openbcf.examples.cli.ExitCode;

class CheckCommandTest {

    @TempDir
    Path dir;

    private String mapping() throws IOException {
        return Files.writeString(dir.resolve("ie.properties"), IncomeAndExpenditureSheet.MAPPING).toString();
    }

    @Test
    void aWorkbookOnStandardInputIsCheckedAsTheSameFile() throws IOException {
        Path workbook = IncomeAndExpenditureSheet.write(dir.resolve("norfolk.xlsx"), sheet -> { });
        Cli.Result fromFile = Cli.run("check", workbook.toString(), "--map", mapping());
        Cli.Result fromStdin = Cli.withInput(Files.readAllBytes(workbook), "check", "-", "--map", mapping());
        assertThat(fromStdin).isEqualTo(fromFile);
        Cli.Result notAWorkbook = Cli.withInput("quarter,baseline\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "check", "-", "--map", mapping());
        assertThat(notAWorkbook.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(notAWorkbook.err()).startsWith("check: workbook standard-input.xlsx: not an .xlsx workbook");
    }

    @Test
    void allAgreeExitsZeroWithOneCsvRowPerCell() throws IOException {
        Path workbook = IncomeAndExpenditureSheet.write(dir.resolve("norfolk.xlsx"), sheet -> { });

        Cli.Result result = Cli.run("check", workbook.toString(), "--map", mapping());

        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        // Norfolk's own discrepancies D-1 to D-6 are warnings and notes: reported, they do not fail the check
        assertThat(result.err().lines()).hasSize(9).allMatch(l -> l.startsWith("WARNING R-IE-") || l.startsWith("INFO R-IE-"))
                // issue 28: a total at the cells it adds up (input.income.plan = C10:F10), a pooled fund at its cell (H20)
                .contains("WARNING R-IE-4 '5. I&E'!C10:F10: plan income annual total differs from the pooled fund "
                        + "(annualTotal £62,460,800.00, pooledFund £62,461,000.00, difference -£200.00)",
                        "WARNING R-IE-8 '5. I&E'!H20: the expenditure pooled fund differs from the income pooled fund "
                        + "of the same year (incomePooledFund £62,461,000.00, expenditurePooledFund £62,461,780.00, difference £780.00)");
        assertThat(result.out().lines()).hasSize(8).first().isEqualTo("cell,output,spreadsheet,reference,difference,agrees");
        assertThat(result.out()).contains("'5. I&E'!G10,income.plan.annualTotal,62460800.00,62460800.00,0.00,true")
                .contains("'5. I&E'!G25,balance,2326998.00,2326998.00,0.00,true");
    }

    @Test
    void disagreementsExitOneWithOneLineEachOnStandardError() throws IOException {
        Path workbook = IncomeAndExpenditureSheet.write(dir.resolve("wrong.xlsx"), sheet -> {
            TestWorkbooks.setSavedResult(sheet, "G10", 62_461_000);
            TestWorkbooks.setSavedResult(sheet, "G25", 2_326_998.5);
        });

        Cli.Result result = Cli.run("check", workbook.toString(), "--map", mapping());

        assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(result.err().lines()).hasSize(11).endsWith(
                "'5. I&E'!G10 income.plan.annualTotal: spreadsheet 62461000.00, reference 62460800.00, difference 200.00",
                "'5. I&E'!G25 balance: spreadsheet 2326998.50, reference 2326998.00, difference 0.50");
        assertThat(result.out()).contains("'5. I&E'!G10,income.plan.annualTotal,62461000.00,62460800.00,200.00,false");
    }

    @Test
    void aToleranceOptionStatesHowCloseCountsAsEqual() throws IOException {
        Path workbook = IncomeAndExpenditureSheet.write(dir.resolve("half.xlsx"),
                sheet -> TestWorkbooks.setSavedResult(sheet, "G25", 2_326_998.5));

        assertThat(Cli.run("check", workbook.toString(), "--map", mapping(), "--tolerance", "0.50").exitCode()).isEqualTo(ExitCode.OK);
        assertThat(Cli.run("check", workbook.toString(), "--map", mapping(), "--tolerance", "0.49").exitCode()).isEqualTo(ExitCode.FINDINGS);
    }

    @Test
    void anUnusableWorkbookOrMappingExitsTwoWithOneLine() throws IOException {
        Path workbook = IncomeAndExpenditureSheet.write(dir.resolve("text.xlsx"), sheet -> TestWorkbooks.set(sheet, "C20", "tbc"));
        Path corrupt = Files.writeString(dir.resolve("corrupt.xlsx"), "PK not really");
        Path badMap = Files.writeString(dir.resolve("bad.properties"), "calculation = nothing\n");

        for (Cli.Result result : new Cli.Result[] {
            Cli.run("check", workbook.toString(), "--map", mapping()),
            Cli.run("check", corrupt.toString(), "--map", mapping()),
            Cli.run("check", workbook.toString(), "--map", badMap.toString()),
            Cli.run("check", workbook.toString(), "--map", mapping(), "--tolerance", "-1"),
            Cli.run("check", workbook.toString(), "--map", mapping(), "--tolerance", "lots"),
            Cli.run("check", workbook.toString())}) {
            assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(result.err().strip()).doesNotContain("\n").doesNotContain("Exception").isNotEmpty();
            assertThat(result.out()).isEmpty();
        }
        assertThat(Cli.run("check", workbook.toString(), "--map", mapping()).err())
                .isEqualTo("check: workbook text.xlsx: '5. I&E'!C20 holds text \"tbc\" where a number is needed "
                        + "(expenditure.plan: expenditure plan, Q1 to Q4)\n");
    }
}

package org.openbcf.examples.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Severity;
import org.openbcf.examples.cli.Cli;
import org.openbcf.examples.cli.ExitCode;

/** Issue 14, first bullet: the calculation's findings are in the check report and an ERROR fails the check. */
class FindingsInCheckTest {

    @TempDir
    Path dir;

    private String mapping(String text) throws IOException {
        return Files.writeString(dir.resolve("check.properties"), text).toString();
    }

    /** Norfolk 2015/16 with £354,620.00 agreed in Q4 2014/15: the suggested payment was £0 (G-6). */
    private Path overPaid() {
        return P4pSheet.writeChanged(dir.resolve("overpaid.xlsx"), sheet -> TestWorkbooks.set(sheet, "C19", 354_620));
    }

    @Test
    void norfolksAgreedPaymentOf354620InQ4Of2014To15FailsWithFourR_P4P_14AndOneR_P4P_15() throws IOException {
        CheckReport report = SpreadsheetCheck.run(overPaid(), Path.of(mapping(P4pSheet.MAPPING)));

        assertThat(report.agrees()).isTrue();
        assertThat(report.passes()).isFalse();
        assertThat(report.findings().stream().map(Finding::ruleId))
                .containsExactly("R-P4P-14", "R-P4P-15", "R-P4P-14", "R-P4P-14", "R-P4P-14");          // as the library orders them
        assertThat(report.errors().size()).isEqualTo(5);
        assertThat(report.toString()).startsWith("workbook overpaid.xlsx, p4p: all 32 cells agree, 5 findings (5 errors) (tolerance 0.00)\n  ERROR R-P4P-14");
        assertThatThrownBy(report::assertPasses).isInstanceOf(AssertionError.class)
                .hasMessageContaining("5 findings (5 errors)").hasMessageContaining("ERROR R-P4P-15");
    }

    @Test
    void theCommandExitsOneWithOneLinePerFindingAndTheFindingsInJson() throws IOException {
        Path workbook = overPaid();
        String map = mapping(P4pSheet.MAPPING);

        Cli.Result csv = Cli.run("check", workbook.toString(), "--map", map);
        Cli.Result json = Cli.run("check", workbook.toString(), "--map", map, "--format", "json");

        assertThat(csv.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(csv.err().lines()).hasSize(5).allMatch(l -> l.startsWith("ERROR R-P4P-1"));
        assertThat(csv.err().lines().filter(l -> l.startsWith("ERROR R-P4P-14"))).hasSize(4);
        // issue 28: each quarter's finding at its agreed payment's cell (C19:F19), not p4p.Q4 2014/15.agreedPayment
        assertThat(csv.err().lines().map(l -> l.substring(0, l.indexOf(": ")))).containsExactlyInAnyOrder(
                "ERROR R-P4P-14 '4. P4P'!C19", "ERROR R-P4P-15 '4. P4P'!C19", "ERROR R-P4P-14 '4. P4P'!D19",
                "ERROR R-P4P-14 '4. P4P'!E19", "ERROR R-P4P-14 '4. P4P'!F19");
        assertThat(csv.out().lines().skip(1)).hasSize(32).allMatch(l -> l.endsWith(",true"));
        assertThat(json.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(json.out()).contains("\"findings\":[").contains("R-P4P-15")
                .contains("\"where\":\"'4. P4P'!C19\"").doesNotContain("p4p.Q");
    }

    @Test
    void norfolksSheetAsReturnedPassesWithNoFinding() throws IOException {
        CheckReport report = SpreadsheetCheck.run(P4pSheet.write(dir.resolve("norfolk.xlsx"), sheet -> { }),
                Path.of(mapping(P4pSheet.MAPPING)));

        assertThat(report.findings().isEmpty()).isTrue();
        assertThat(report.assertPasses()).isSameAs(report);
    }

    @Test
    void aMappedBlankCommentMakesR_IE_5AnErrorAndAMappedCommentClearsIt() throws IOException {
        String map = mapping(IncomeAndExpenditureSheet.MAPPING + "input.income.comment = B30\ninput.expenditure.comment = B31\n");
        Path blank = IncomeAndExpenditureSheet.write(dir.resolve("blank.xlsx"), sheet -> { });
        Path commented = IncomeAndExpenditureSheet.write(dir.resolve("commented.xlsx"), sheet -> {
            TestWorkbooks.set(sheet, "B30", "Plan set before the final allocation");
            TestWorkbooks.set(sheet, "B31", "Plan set before the final allocation");
        });

        CheckReport failing = SpreadsheetCheck.run(blank, Path.of(map));
        CheckReport passing = SpreadsheetCheck.run(commented, Path.of(map));

        // issue 28: at the mapped comment cells
        assertThat(failing.errors().stream().map(Finding::where)).containsExactly("'5. I&E'!B30", "'5. I&E'!B31");
        assertThat(failing.passes()).isFalse();
        assertThat(Cli.run("check", blank.toString(), "--map", map).exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(passing.findings().stream().map(Finding::ruleId)).doesNotContain("R-IE-5");
        assertThat(passing.passes()).isTrue();
    }

    @Test
    void anUnmappedCommentLeavesR_IE_5AsANoteThatSaysWhatToMap() throws IOException {
        CheckReport report = SpreadsheetCheck.run(IncomeAndExpenditureSheet.write(dir.resolve("n.xlsx"), sheet -> { }),
                Path.of(mapping(IncomeAndExpenditureSheet.MAPPING)));

        assertThat(report.findings().stream().filter(f -> f.ruleId().equals("R-IE-5")))
                .hasSize(2).allMatch(f -> f.severity() == Severity.INFO)
                .anyMatch(f -> f.message().contains("input.income.comment"));
        assertThat(report.passes()).isTrue();
    }
}

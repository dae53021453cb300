package org.openbcf.examples.check;

import org.openbcf.examples.io.BadInputException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbcf.examples.cli.Cli;
import org.openbcf.examples.cli.ExitCode;

class P4pCheckTest {

    @TempDir
    Path dir;

    private Path mapping(String text) throws IOException {
        return Files.writeString(dir.resolve("p4p.properties"), text);
    }

    private Path mapping() throws IOException {
        return mapping(P4pSheet.MAPPING);
    }

    private static String withoutAgreedPayments() {
        return P4pSheet.MAPPING.lines().filter(l -> !l.contains("agreed")).reduce("", (a, b) -> a + b + "\n");
    }

    private static CellComparison at(CheckReport report, String cell) {
        return report.comparisons().stream().filter(c -> c.cell().address().equals(cell)).findFirst().orElseThrow();
    }

    @Test
    void norfolksQ3SheetAgreesG1ToG9() throws IOException {
        CheckReport report = SpreadsheetCheck.run(P4pSheet.write(dir.resolve("norfolk.xlsx"), sheet -> { }), mapping());

        assertThat(report.disagreements()).isEmpty();
        assertThat(report.comparisons()).hasSize(32);
        assertThat(at(report, "Q8").reference()).isEqualByComparingTo("3266");                       // G-1
        assertThat(at(report, "AF8").reference()).isEqualByComparingTo("3266");                      // G-2
        assertThat(at(report, "AI8").reference()).isEqualByComparingTo("1813330");                   // G-3
        assertThat(at(report, "AB8").reference()).isEqualByComparingTo("4866340");                   // G-4
        assertThat(at(report, "AM8").reference()).isEqualByComparingTo("-1075");                     // G-5
        assertThat(at(report, "AR8").reference()).isEqualByComparingTo("0");                         // G-6
        assertThat(at(report, "F24").reference()).isEqualByComparingTo("1777570");                   // G-7
        assertThat(at(report, "C28").reference()).isEqualByComparingTo("4866340");                   // G-7 total
        assertThat(at(report, "AR10").reference()).isEqualByComparingTo("4866340");                  // G-3 cap
        assertThat(report.toString()).isEqualTo("workbook norfolk.xlsx, p4p: all 32 cells agree (tolerance 0.00)");
    }

    @Test
    void aWrongSuggestedPaymentIsReportedAtItsCell() throws IOException {
        Path workbook = P4pSheet.write(dir.resolve("wrong-payment.xlsx"), sheet -> TestWorkbooks.setSavedResult(sheet, "AR8", 100));

        CheckReport report = SpreadsheetCheck.run(workbook, mapping());

        assertThat(report.disagreements()).extracting(CellComparison::toString).containsExactly(
                "'4. P4P'!AR8 suggestedPayment[4]: spreadsheet 100.00, reference 0.00, difference 100.00");
    }

    @Test
    void aCapThatIsNotCumulativeIsReportedAtEveryQuarterItDiffers() throws IOException {
        Path workbook = P4pSheet.write(dir.resolve("wrong-cap.xlsx"), P4pSheet.ACTUAL, true, sheet -> { });

        CheckReport report = SpreadsheetCheck.run(workbook, mapping());

        assertThat(report.disagreements()).extracting(c -> c.cell().address()).containsExactly("AP10", "AQ10", "AR10");
        assertThat(at(report, "AQ10").spreadsheet()).isEqualByComparingTo("1813330");
        assertThat(at(report, "AQ10").reference()).isEqualByComparingTo("3088770");                  // G-3 cumulative cap
        assertThat(at(report, "AQ10").difference()).isEqualByComparingTo("-1275440");
    }

    @Test
    void catchUpPaymentsAgreeWhenTheCapIsCumulativeG10H2() throws IOException {
        Path workbook = P4pSheet.write(dir.resolve("h2.xlsx"), P4pSheet.ACTUAL_H2, false, sheet -> { });

        CheckReport report = SpreadsheetCheck.run(workbook, mapping(withoutAgreedPayments()));

        assertThat(report.disagreements()).isEmpty();
        assertThat(List.of("AO8", "AP8", "AQ8", "AR8")).extracting(cell -> at(report, cell).reference().stripTrailingZeros().toPlainString())
                .containsExactly("149000", "1043000", "1896770", "1777570");
        assertThat(at(report, "D24").reference()).isEqualByComparingTo("-122180");                    // negative unreleased
    }

    @Test
    void aCapAppliedQuarterByQuarterMisstatesCatchUpPaymentsG10H2() throws IOException {
        Path workbook = P4pSheet.write(dir.resolve("h2-wrong-cap.xlsx"), P4pSheet.ACTUAL_H2, true, sheet -> { });

        CheckReport report = SpreadsheetCheck.run(workbook, mapping(withoutAgreedPayments()));

        assertThat(report.disagreements()).extracting(c -> c.cell().address())
                .contains("AP8", "AQ8", "AR8", "C27").doesNotContain("AO8");
        assertThat(at(report, "AP8")).hasToString(
                "'4. P4P'!AP8 suggestedPayment[2]: spreadsheet 771819.9999999995, reference 1043000.00, difference -271180.0000000005");
        assertThat(at(report, "AR8").spreadsheet()).isEqualByComparingTo("0");
        assertThat(at(report, "AR8").reference()).isEqualByComparingTo("1777570");
    }

    @Test
    void textWhereAnAdmissionsCountBelongsIsRefused() throws IOException {
        Path workbook = P4pSheet.write(dir.resolve("text.xlsx"), sheet -> TestWorkbooks.set(sheet, "O8", "tbc"));

        assertThatThrownBy(() -> SpreadsheetCheck.run(workbook, mapping()))
                .isInstanceOf(BadInputException.class)
                .hasMessage("workbook text.xlsx: '4. P4P'!O8 holds text \"tbc\" where a number is needed "
                        + "(actual: actual non-elective admissions, one per quarter)");
    }

    @Test
    void aFractionOfAnAdmissionIsRefused() throws IOException {
        Path workbook = P4pSheet.write(dir.resolve("half.xlsx"), sheet -> TestWorkbooks.set(sheet, "O8", 23_268.5));

        assertThatThrownBy(() -> SpreadsheetCheck.run(workbook, mapping()))
                .hasMessage("workbook half.xlsx: '4. P4P'!O8 holds the number 23268.5 where a whole number is needed "
                        + "(actual: actual non-elective admissions, one per quarter; a count may differ from a whole "
                        + "number by at most 1E-9, a spreadsheet's rounding noise)");
    }

    @Test
    void anOutputWithoutTheInputItNeedsCannotBeChecked() throws IOException {
        Path workbook = P4pSheet.write(dir.resolve("norfolk.xlsx"), sheet -> { });
        String noShare = P4pSheet.MAPPING.replace("input.localShare = AT8\n", "") + "output.ringFencedFunds = AT8\n";

        assertThatThrownBy(() -> SpreadsheetCheck.run(workbook, mapping(noShare)))
                .hasMessage("mapping p4p.properties: output.ringFencedFunds cannot be checked: "
                        + "local share minus the performance pot (needs input.localShare)");
    }

    @Test
    void everyUnusableP4pWorkbookExitsTwoWithOneLine() throws IOException {
        Path norfolk = P4pSheet.write(dir.resolve("norfolk.xlsx"), sheet -> { });
        Path renamed = TestWorkbooks.write(dir.resolve("renamed.xlsx"), wb -> wb.createSheet("4. Non-Elective and P4P"), wb -> { });
        Path encrypted = TestWorkbooks.encrypt(norfolk, dir.resolve("encrypted.xlsx"));
        byte[] bytes = Files.readAllBytes(norfolk);
        Path corrupt = Files.write(dir.resolve("corrupt.xlsx"), Arrays.copyOf(bytes, bytes.length / 3));
        Path bomb = TestWorkbooks.zipBomb(norfolk, dir.resolve("bomb.xlsx"), 64);
        Path huge = dir.resolve("huge.xlsx");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(200L << 20);
        }
        Path text = P4pSheet.write(dir.resolve("text.xlsx"), sheet -> TestWorkbooks.set(sheet, "G8", "n/a"));
        String map = mapping().toString();

        List<String> expected = List.of("no sheet named '4. P4P'", "encrypted", "corrupt", "zip bomb", "the largest openbcf checks",
                "'4. P4P'!G8 holds text \"n/a\"");
        List<Path> workbooks = List.of(renamed, encrypted, corrupt, bomb, huge, text);
        for (int i = 0; i < workbooks.size(); i++) {
            Cli.Result result = Cli.run("check", workbooks.get(i).toString(), "--map", map);
            assertThat(result.exitCode()).as(workbooks.get(i).toString()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(result.err()).startsWith("check: workbook " + workbooks.get(i).getFileName() + ": ")
                    .contains(expected.get(i)).endsWith("\n").hasLineCount(1);
            assertThat(result.out()).isEmpty();
        }
    }

    @Test
    void theCommandExitsZeroOnNorfolkAndOneOnAWrongPayment() throws IOException {
        Path norfolk = P4pSheet.write(dir.resolve("norfolk.xlsx"), sheet -> { });
        Path wrong = P4pSheet.write(dir.resolve("wrong.xlsx"), sheet -> TestWorkbooks.setSavedResult(sheet, "AR8", 100));

        Cli.Result ok = Cli.run("check", norfolk.toString(), "--map", mapping().toString());
        Cli.Result findings = Cli.run("check", wrong.toString(), "--map", mapping().toString());

        assertThat(ok.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(ok.out().lines()).hasSize(33).contains("'4. P4P'!AB8,performancePot,4866340.00,4866340.00,0.00,true");
        assertThat(findings.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(findings.err()).isEqualTo("'4. P4P'!AR8 suggestedPayment[4]: spreadsheet 100.00, reference 0.00, difference 100.00\n");
    }
}

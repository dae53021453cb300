package org.openbcf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code bcf p4p} contract (issue 3): golden Norfolk run (G-2, G-3, G-5, G-6, G-7), bad input, exit codes. */
class P4pCommandTest {

    static final Path NORFOLK = Path.of("src/main/resources/norfolk-data/datasets/norfolk-2015-16/p4p.csv");

    @TempDir
    Path dir;

    private Path csv(String text) throws IOException {
        Path file = dir.resolve("input.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private Cli.Result p4p(String text) throws IOException {
        return Cli.run("p4p", "--cost-per-admission", "1490", csv(text).toString());
    }

    private static void assertBadInput(Cli.Result result, String... fragments) {
        assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().strip()).doesNotContain("\n").doesNotContain("Exception").contains(fragments);
    }

    @Test
    void norfolkGoldenRun() {
        Cli.Result result = Cli.run("p4p", "--cost-per-admission", "1490", "--local-share", "16295000", NORFOLK.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).isEqualTo("""
                quarter,planned_reduction,cumulative_planned_reduction,actual_reduction,cumulative_actual_reduction,maximum_payment,suggested_payment,unreleased_funds
                Q4 2014/15,238,238,-426,-426,354620.00,0.00,354620.00
                Q1 2015/16,618,856,-15,-441,920820.00,0.00,920820.00
                Q2 2015/16,1217,2073,-1075,-1516,1813330.00,0.00,1813330.00
                Q3 2015/16,1193,3266,567,-949,1777570.00,0.00,1777570.00
                """);
    }

    @Test
    void g10H2ShowsNegativeUnreleasedFundsWithShortQuarterLabels() throws IOException {
        Cli.Result result = p4p("""
                quarter,baseline,plan,actual
                Q4 14/15,22905,22667,22805
                Q1 15/16,23320,22702,22620
                Q2 15/16,23029,21812,21729
                Q3 15/16,23835,22642,22635
                """);
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.out().lines().skip(1)).containsExactly(
                "Q4 2014/15,238,238,100,100,354620.00,149000.00,205620.00",
                "Q1 2015/16,618,856,700,800,920820.00,1043000.00,-122180.00",
                "Q2 2015/16,1217,2073,1300,2100,1813330.00,1896770.00,-83440.00",
                "Q3 2015/16,1193,3266,1200,3300,1777570.00,1777570.00,0.00");
    }

    @Test
    void findingsGoToStandardErrorWithExitOne() throws IOException {
        Cli.Result result = p4p("""
                quarter,baseline,plan,actual,agreed_payment
                Q4 2014/15,22905,22667,23331,1000
                Q1 2015/16,23320,22702,23335,
                """);
        assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(result.out().lines()).hasSize(3);
        assertThat(result.err().lines()).hasSize(3);
        // issue 28: at the row and column a board can correct (no comment column yet: the column to add), not p4p.Q4 2014/15.comment
        Path file = dir.resolve("input.csv");
        assertThat(result.err().lines()).containsExactlyInAnyOrder(
                "ERROR R-P4P-14 " + file + " row 2, column agreed_payment: cumulative agreed payments to the end of "
                        + "Q4 2014/15 exceed cumulative suggested payments: this is not permitted (cumulativeAgreed £1,000.00, "
                        + "cumulativeSuggested £0.00, excess £1,000.00)",
                "ERROR R-P4P-15 " + file + " row 2, column comment: agreed payment for Q4 2014/15 differs from the "
                        + "suggested payment and needs a comment (agreed £1,000.00, suggested £0.00, difference £1,000.00)",
                "ERROR R-P4P-14 " + file + " row 3, column agreed_payment: cumulative agreed payments to the end of "
                        + "Q1 2015/16 exceed cumulative suggested payments: this is not permitted (cumulativeAgreed £1,000.00, "
                        + "cumulativeSuggested £0.00, excess £1,000.00)");
        assertThat(result.err()).doesNotContain("p4p.Q");
    }

    /** Issue 28: in JSON {@code findings} and from standard input too, the place is the input's row and column. */
    @Test
    void aFindingInJsonAndFromStandardInputNamesTheRowAndColumn() {
        String text = "quarter,baseline,plan,actual,agreed_payment,comment\nQ4 2014/15,22905,22667,23331,,\n"
                + "Q1 2015/16,23320,22702,23335,1000,agreed with the CCG\n";
        Cli.Result result = Cli.withInput(text.getBytes(StandardCharsets.UTF_8), "p4p", "--cost-per-admission", "1490",
                "--format", "json", "-");
        assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(result.err().lines()).hasSize(1).allMatch(l -> l.startsWith(
                "ERROR R-P4P-14 standard input row 3, column agreed_payment: cumulative agreed payments to the end of Q1 2015/16"));
        assertThat(result.out()).contains("\"where\":\"standard input row 3, column agreed_payment\"").doesNotContain("p4p.Q");
    }

    @Test
    void tableFormatIsForPeople() {
        Cli.Result result = Cli.run("p4p", "--cost-per-admission", "1,490", "--local-share", "£16,295,000",
                "--format", "table", NORFOLK.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).contains("Q4 2014/15").contains("£354,620.00").contains("22,905")
                .contains("Target reduction:       3,266 (3.5% of the baseline 93,089)")
                .contains("Performance pot:        £4,866,340.00")
                .contains("Ring-fenced funds:      £11,428,660.00 of the local share £16,295,000.00")
                .contains("Total unreleased funds: £4,866,340.00");
    }

    @Test
    void anEmptyFileIsBadInput() throws IOException {
        assertBadInput(p4p(""), "input.csv is empty", "quarter,baseline,plan,actual");
        assertBadInput(p4p("quarter,baseline,plan,actual\n"), "no data rows");
    }

    @Test
    void missingOrExtraColumnsAreBadInput() throws IOException {
        assertBadInput(p4p("quarter,baseline,plan\nQ4 14/15,1,1\n"), "row 1: missing column actual");
        assertBadInput(p4p("quarter,baseline,plan,actuals\nQ4 14/15,1,1,1\n"), "row 1, column 4", "'actuals'");
        assertBadInput(p4p("quarter,baseline,plan,actual,agreed_payment,note\n"), "row 1, column 6", "'note'");
        assertBadInput(p4p("quarter,baseline,plan,actual\nQ4 14/15,1,1\n"), "row 2: has 3 values, but the header has 4 columns (missing actual)");
        assertBadInput(p4p("quarter,baseline,plan,actual\nQ4 14/15,1,1,1,5\n"), "row 2: has 5 values, but the header has 4 columns (extra value '5')");
    }

    @Test
    void nonNumbersAreBadInput() throws IOException {
        assertBadInput(p4p("quarter,baseline,plan,actual\nQ4 14/15,1,1,1\nQ1 15/16,1,abc,1\n"),
                "row 3, column plan", "plan for Q1 2015/16 ('abc') is not a whole number");
        assertBadInput(p4p("quarter,baseline,plan,actual\nQ4 14/15,1.5,1,1\n"), "row 2, column baseline", "'1.5'");
        assertBadInput(p4p("quarter,baseline,plan,actual,agreed_payment\nQ4 14/15,1,1,1,lots\n"),
                "row 2, column agreed_payment", "'lots'");
        assertBadInput(p4p("quarter,baseline,plan,actual\nQ5 14/15,1,1,1\n"), "row 2, column quarter", "Q5 14/15");
    }

    @Test
    void countsOutOfRangeAreBadInput() throws IOException {
        assertBadInput(p4p("quarter,baseline,plan,actual\nQ4 14/15,1,1,1\nQ1 15/16,1,1,1\nQ2 15/16,-5,1,1\n"),
                "row 4, column baseline: baseline for Q2 2015/16 (-5) must be between 0 and 100,000,000");
        assertBadInput(p4p("quarter,baseline,plan,actual\nQ4 14/15,1,1,100000001\n"),
                "row 2, column actual: actual for Q4 2014/15 (100000001)");
        assertBadInput(p4p("quarter,baseline,plan,actual,agreed_payment\nQ4 14/15,1,1,1,-1\n"),
                "row 2, column agreed_payment", "must not be negative");
    }

    @Test
    void repeatedOrNonConsecutiveQuartersAreBadInput() throws IOException {
        assertBadInput(p4p("quarter,baseline,plan,actual\nQ4 14/15,1,1,1\nQ4 2014/15,1,1,1\n"),
                "row 3, column quarter", "Q4 2014/15 is repeated (already on row 2)");
        assertBadInput(p4p("quarter,baseline,plan,actual\nQ4 14/15,1,1,1\nQ2 15/16,1,1,1\n"),
                "row 3, column quarter", "Q2 2015/16 does not follow Q4 2014/15 (row 2)");
    }

    @Test
    void aCostThatIsNotPositiveIsBadInput() {
        assertBadInput(Cli.run("p4p", "--cost-per-admission", "0", NORFOLK.toString()),
                "--cost-per-admission", "must be more than £0.00");
        assertBadInput(Cli.run("p4p", "--cost-per-admission", "-1490", NORFOLK.toString()), "--cost-per-admission");
        assertBadInput(Cli.run("p4p", "--cost-per-admission", "lots", NORFOLK.toString()), "--cost-per-admission", "'lots'");
        assertBadInput(Cli.run("p4p", "--cost-per-admission", "1490", "--local-share", "-1", NORFOLK.toString()),
                "--local-share", "must not be negative");
    }

    @Test
    void aMissingFileOrOptionIsBadInput() {
        assertBadInput(Cli.run("p4p", "--cost-per-admission", "1490", "nowhere.csv"), "nowhere.csv: no such file");
        assertBadInput(Cli.run("p4p", NORFOLK.toString()), "--cost-per-admission");
        assertBadInput(Cli.run("p4p", "--cost-per-admission", "1490", "--format", "pdf", NORFOLK.toString()), "pdf");
    }

    @Test
    void malformedCsvIsBadInput() throws IOException {
        assertBadInput(p4p("quarter,baseline,plan,actual\n\"Q4 14/15,1,1,1\n"), "input.csv");
    }

    @Test
    void aByteOrderMarkAndSurroundingSpacesAreAccepted() throws IOException {
        Cli.Result result = p4p("\uFEFFquarter, baseline, plan, actual\n Q4 14/15 , 10, 5, 5\n\n");
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.out().lines().skip(1)).containsExactly("Q4 2014/15,5,5,5,5,7450.00,7450.00,0.00");
    }
}

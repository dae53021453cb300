package org.openbcf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional {@code case} column of {@code bcf p4p} (issue 7): batches of cases in one run. */
class P4pCasesTest {

    private static final String NORFOLK_ROWS = """
            Q4 2014/15,22905,22667,23331
            Q1 2015/16,23320,22702,23335
            Q2 2015/16,23029,21812,24104
            Q3 2015/16,23835,22642,23268
            """;

    @TempDir
    Path dir;

    private Path csv(String text) throws IOException {
        Path file = dir.resolve("cases.csv");
        Files.writeString(file, text);
        return file;
    }

    private Cli.Result run(String text) throws IOException {
        return Cli.run("p4p", "--cost-per-admission", "1490", csv(text).toString());
    }

    private static String prefixed(String name, String rows) {
        return rows.lines().map(l -> name + "," + l).reduce("", (a, b) -> a + b + "\n");
    }

    @Test
    void eachCaseIsComputedOnItsOwnAndTheOutputStartsWithTheCase() throws IOException {
        // G-10 H2 on Norfolk's plan: actual reductions [100, 700, 1300, 1200] against the baseline
        String h2 = """
                Q4 2014/15,22905,22667,22805
                Q1 2015/16,23320,22702,22620
                Q2 2015/16,23029,21812,21729
                Q3 2015/16,23835,22642,22635
                """;
        Cli.Result batch = run("case,quarter,baseline,plan,actual\n" + prefixed("norfolk", NORFOLK_ROWS) + prefixed("h2", h2));
        Cli.Result alone = run("quarter,baseline,plan,actual\n" + h2);
        assertThat(batch.exitCode()).isEqualTo(ExitCode.OK);
        List<String> lines = batch.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("case,quarter,planned_reduction,cumulative_planned_reduction,actual_reduction,"
                + "cumulative_actual_reduction,maximum_payment,suggested_payment,unreleased_funds");
        assertThat(lines).hasSize(9);
        assertThat(lines.get(1)).isEqualTo("norfolk,Q4 2014/15,238,238,-426,-426,354620.00,0.00,354620.00");
        assertThat(lines.get(6)).isEqualTo("h2,Q1 2015/16,618,856,700,800,920820.00,1043000.00,-122180.00");
        assertThat(lines.subList(5, 9)).containsExactlyElementsOf(
                alone.out().lines().skip(1).map(l -> "h2," + l).toList());
    }

    @Test
    void aCasesRowsAreConsecutiveSoABatchStreamsOneCaseAtATime() throws IOException {
        List<String> rows = NORFOLK_ROWS.lines().toList();
        String text = "case,quarter,baseline,plan,actual\n"
                + "b," + rows.get(0) + "\nb," + rows.get(1) + "\na," + rows.get(0) + "\na," + rows.get(1) + "\n";
        Cli.Result result = run(text);
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.out().lines().skip(1).map(l -> l.substring(0, l.indexOf(',', 2))).toList())
                .containsExactly("b,Q4 2014/15", "b,Q1 2015/16", "a,Q4 2014/15", "a,Q1 2015/16");

        Path interleaved = csv("case,quarter,baseline,plan,actual\n"
                + "b," + rows.get(0) + "\na," + rows.get(0) + "\nb," + rows.get(1) + "\n");
        Cli.Result refused = Cli.run("p4p", "--cost-per-admission", "1490", interleaved.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).isEqualTo("p4p: " + interleaved + " row 4, column case: case 'b' appears again after "
                + "other cases; a case's rows must be consecutive\n");
    }

    @Test
    void findingsNameTheirCase() throws IOException {
        String agreed = "case,quarter,baseline,plan,actual,agreed_payment\n"
                + "ok,Q4 2014/15,22905,22667,23331,0\n"
                + "over,Q4 2014/15,22905,22667,23331,1000\n";
        Cli.Result result = run(agreed);
        assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(result.err().lines().toList()).isNotEmpty().allSatisfy(l -> assertThat(l).startsWith("case over: "));
        assertThat(result.err()).contains("R-P4P-14");
        // issue 28: the case's own row (row 3 of the file), not p4p.Q4 2014/15.agreedPayment
        assertThat(result.err()).contains("case over: ERROR R-P4P-14 ").contains(" row 3, column agreed_payment: ")
                .doesNotContain("p4p.Q4");
    }

    @Test
    void caseNamesThatLookLikeFormulasAreNeutralised() throws IOException {
        Cli.Result result = run("case,quarter,baseline,plan,actual\n=cmd|x,Q4 2014/15,22905,22667,23331\n");
        assertThat(result.out().lines().skip(1).findFirst().orElseThrow()).startsWith("'=cmd|x,Q4 2014/15,");
    }

    @Test
    void badInputNamesRowAndColumnWithinItsCase() throws IOException {
        Cli.Result blank = run("case,quarter,baseline,plan,actual\n ,Q4 2014/15,1,1,1\n");
        assertThat(blank.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(blank.err().strip()).isEqualTo("p4p: " + dir.resolve("cases.csv") + " row 2, column case: the case name is empty");

        Cli.Result gap = run("case,quarter,baseline,plan,actual\na,Q4 2014/15,1,1,1\na,Q2 2015/16,1,1,1\n");
        assertThat(gap.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(gap.err()).contains("row 3, column quarter: Q2 2015/16 does not follow Q4 2014/15 (row 2)");

        Cli.Result repeated = run("case,quarter,baseline,plan,actual\na,Q4 2014/15,1,1,1\na,Q4 2014/15,1,1,1\n");
        assertThat(repeated.err()).contains("row 3, column quarter: Q4 2014/15 is repeated (already on row 2)");

        Cli.Result fifth = run("case,quarter,baseline,plan,actual\n" + prefixed("a", NORFOLK_ROWS) + "a,Q4 2015/16,1,1,1\n");
        assertThat(fifth.err()).contains("row 6: case 'a' has more than 4 rows: at most 4 quarters, the P4P year");

        Cli.Result count = run("case,quarter,baseline,plan,actual\na,Q4 2014/15,-5,1,1\n");
        assertThat(count.err()).contains("row 2, column baseline: baseline for Q4 2014/15 (-5) must be between 0 and 100,000,000");

        Cli.Result header = run("case,quarter,baseline,plan\n");
        assertThat(header.err()).contains("missing column actual");

        Cli.Result extra = run("case,quarter,baseline,plan,actual,agreed_payment,x\n");
        assertThat(extra.err()).contains("row 1, column 7: unknown column 'x'");
    }

    @Test
    void aThousandFourQuarterCasesRunInOneCall() throws IOException {
        StringBuilder text = new StringBuilder("case,quarter,baseline,plan,actual\n");
        for (int i = 0; i < 1000; i++) {
            text.append(prefixed("case-" + i, NORFOLK_ROWS));
        }
        Cli.Result result = run(text.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.out().lines().count()).isEqualTo(4001);
        assertThat(result.out().lines().skip(4000).findFirst().orElseThrow())
                .isEqualTo("case-999,Q3 2015/16,1193,3266,567,-949,1777570.00,0.00,1777570.00");
    }
}

package org.openbcf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbcf.examples.io.BadInputException;
import org.openbcf.examples.io.OutputFailedException;

/**
 * One test per problem users hit on the command line before the common contract (issue 11, "What
 * users hit today"); each failed on the earlier main.
 */
class CommandLineFixesTest {

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static void assertOneLine(Cli.Result result, String... fragments) {
        assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err()).contains(fragments).doesNotContain("Exception");
        assertThat(result.err().strip()).doesNotContain("\n");
    }

    @Test
    void aFailedWriteToStandardOutputIsNeverASuccess() throws Exception {
        File full = new File("/dev/full");
        assumeTrue(full.exists(), "/dev/full exists on Linux");
        Path p4p = file("p4p.csv", "quarter,baseline,plan,actual\nQ4 2014/15,22905,22667,23331\n");
        Path risks = file("risks.csv", "id,likelihood,impact\nA,2,3\n");
        Path bands = file("bands.csv", "age_band,count,population\n65-69,200,60000\n");
        Path reference = file("reference.csv", "age_band,count,population,reference_rate\n65-69,20,1000,0.01\n");
        List<String[]> runs = List.of(
                new String[] {"p4p", "--cost-per-admission", "1490", p4p.toString()},
                new String[] {"dsr", bands.toString()},
                new String[] {"isr", reference.toString()},
                new String[] {"proportion", "--numerator", "65", "--denominator", "100"},
                new String[] {"target", "--base", "1377", "--reduction", "5"},
                new String[] {"profile", "--year", "2016/17", "--annual", "1308"},
                new String[] {"check", "--help"},
                new String[] {"p4p", "--cost-per-admission", "1490", "--format", "table", p4p.toString()},
                new String[] {"risk", "--matrix", "5x5", risks.toString()},
                new String[] {"rate", "--count", "108", "--population", "882569"},
                new String[] {"demo"},
                new String[] {"--version"},
                new String[] {"--help"});
        for (String[] args : runs) {
            Cli.Result result = FreshJvm.run(List.of("-Xshare:auto"), full, args);
            assertThat(result.exitCode()).as(String.join(" ", args)).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(result.err()).as(String.join(" ", args)).contains("cannot write standard output");
            assertThat(result.err().strip()).doesNotContain("\n");
        }
    }

    @Test
    void onlyOpenbcfsOwnBadInputIsExitTwoAndAnyOtherExceptionIsABug() {
        StringWriter text = new StringWriter();
        PrintWriter err = new PrintWriter(text, true);
        assertThat(BcfCommand.failed("x", new BadInputException("f.csv row 2, column a: bad"), err)).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(BcfCommand.failed("x", new OutputFailedException("cannot write standard output", null), err))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(BcfCommand.failed("x", new IllegalArgumentException("a bug"), err)).isEqualTo(ExitCode.INTERNAL_ERROR);
        assertThat(BcfCommand.failed("x", new ArithmeticException("long overflow"), err)).isEqualTo(ExitCode.INTERNAL_ERROR);
        assertThat(text.toString()).contains("x: f.csv row 2, column a: bad\n",
                "x: internal error in openbcf, please report it: IllegalArgumentException: a bug\n");
    }

    @Test
    void aHugeDsrCountIsBadInputNotAnInternalError() throws IOException {
        Path huge = file("huge.csv", "age_band,count,population\n65-69,9223372036854775807,1000\n70-74,5,1000\n");
        assertOneLine(Cli.run("dsr", huge.toString()), huge + " row 2, column count: count (9223372036854775807) must be "
                + "between 0 and 1,000,000,000");
        Path tooLong = file("long.csv", "age_band,count,population\n65-69,99999999999999999999,1000\n");
        assertOneLine(Cli.run("dsr", tooLong.toString()), "row 2, column count", "too large");
    }

    @Test
    void everyNumberOptionReadsThousandsSeparatorsOnlyInGroupsOfThree() {
        Cli.Result grouped = Cli.run("rate", "--count", "108", "--population", "882,569");
        assertThat(grouped.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(grouped.out()).isEqualTo(Cli.run("rate", "--count", "108", "--population", "882569").out());
        assertOneLine(Cli.run("target", "--base", "1,3,7,7", "--reduction", "5%"), "--base ('1,3,7,7') is not a number");
        assertThat(Cli.run("target", "--base", "1,377", "--reduction", "5%").out()).isEqualTo("target,bound\n1308.15,maximum\n");
        assertOneLine(Cli.run("target", "--base", "1377", "--reduction", "5,5%"), "--reduction ('5,5%') is not a number");
    }

    @Test
    void aP4pCommentExplainsADifferentAgreedPaymentAndTheCapColumnsPrintOnRequest() throws IOException {
        String header = "quarter,baseline,plan,actual,agreed_payment,comment\n";
        Path noComment = file("a.csv", header + "Q4 2014/15,22905,22667,22000,500.00,\n");
        Cli.Result flagged = Cli.run("p4p", "--cost-per-admission", "1490", noComment.toString());
        assertThat(flagged.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(flagged.err()).contains("R-P4P-15");

        Path explained = file("b.csv", header + "Q4 2014/15,22905,22667,22000,500.00,agreed locally at the March board\n");
        Cli.Result quiet = Cli.run("p4p", "--cost-per-admission", "1490", explained.toString());
        assertThat(quiet.err()).doesNotContain("R-P4P-15");

        Path essay = file("c.csv", header + "Q4 2014/15,22905,22667,22000,500.00," + "x".repeat(751) + "\n");
        assertThat(Cli.run("p4p", "--cost-per-admission", "1490", essay.toString()).err()).contains("R-IN-5");

        Cli.Result columns = Cli.run("p4p", "--cost-per-admission", "1490", "--columns", "all", explained.toString());
        assertThat(columns.out().lines().findFirst().orElseThrow()).endsWith(
                ",unreleased_funds,cumulative_cap,amount_due,agreed_payment,agreed_unreleased_funds");
        // Q4 2014/15 alone: planned reduction 238 of 238, so the cap is the whole pot 238 x £1,490 = £354,620
        assertThat(columns.out().lines().skip(1).findFirst().orElseThrow()).endsWith(",354620.00,354620.00,500.00,354120.00");
        assertOneLine(Cli.run("p4p", "--cost-per-admission", "1490", "--columns", "colour", explained.toString()),
                "--columns: 'colour' must be one of cumulative_cap, amount_due, agreed_payment, agreed_unreleased_funds or all");
    }

    @Test
    void calculatorCommandsTakeABatchAndGiveTheSameFiguresAsOneCaseAtATime() throws IOException {
        Path proportions = file("p.csv", "case,numerator,denominator\na,65,100\nb,0,10\n");
        Cli.Result batch = Cli.run("proportion", proportions.toString());
        assertThat(batch.out().lines().toList()).containsExactly("case,value,lower,upper",
                "a," + Cli.run("proportion", "--numerator", "65", "--denominator", "100").out().lines().skip(1).findFirst().orElseThrow(),
                "b," + Cli.run("proportion", "--numerator", "0", "--denominator", "10").out().lines().skip(1).findFirst().orElseThrow());

        Path rates = file("r.csv", "count,population\n108,882569\n");
        assertThat(Cli.run("rate", rates.toString()).out()).isEqualTo(Cli.run("rate", "--count", "108", "--population", "882569").out());

        Path targets = file("t.csv", "case,base,reduction,increase,rounding\nadmissions,1377,5%,,half-up\nreablement,80,,2.5,\n");
        assertThat(Cli.run("target", targets.toString()).out()).isEqualTo("case,target,bound\n"
                + "admissions," + Cli.run("target", "--base", "1377", "--reduction", "5%", "--rounding", "half-up").out()
                        .lines().skip(1).findFirst().orElseThrow() + "\n"
                + "reablement," + Cli.run("target", "--base", "80", "--increase", "2.5").out().lines().skip(1).findFirst()
                        .orElseThrow() + "\n");
        assertThat(Cli.run("target", targets.toString()).out()).contains("admissions,1308,maximum\n");

        Path profiles = file("y.csv", "case,year,annual,integer\nnorfolk,2016/17,1308,yes\n");
        Cli.Result profile = Cli.run("profile", profiles.toString());
        Cli.Result alone = Cli.run("profile", "--year", "2016/17", "--annual", "1308", "--integer");
        assertThat(profile.out().lines().skip(1).toList())
                .containsExactlyElementsOf(alone.out().lines().skip(1).map(l -> "norfolk," + l).toList());
        assertOneLine(Cli.run("proportion", proportions.toString(), "--numerator", "1"), "give either --numerator");
    }

    @Test
    void severalConfidenceLevelsPrintSideBySide() {
        Cli.Result both = Cli.run("rate", "--count", "108", "--population", "882569", "--confidence", "95%",
                "--confidence", "99.8%");
        assertThat(both.out().lines().findFirst().orElseThrow()).isEqualTo("value,lower_95,upper_95,lower_99_8,upper_99_8,method");
        String[] values = both.out().lines().skip(1).findFirst().orElseThrow().split(",");
        String[] at95 = Cli.run("rate", "--count", "108", "--population", "882569").out().lines().skip(1).findFirst()
                .orElseThrow().split(",");
        String[] at998 = Cli.run("rate", "--count", "108", "--population", "882569", "--confidence", "0.998").out().lines()
                .skip(1).findFirst().orElseThrow().split(",");
        assertThat(values).containsExactly(at95[0], at95[1], at95[2], at998[1], at998[2], at95[3]);
        assertOneLine(Cli.run("rate", "--count", "1", "--population", "9", "--confidence", "95%", "--confidence", "0.95"),
                "--confidence: 0.95 is given twice");
    }

    @Test
    void isrDividesObservedByExpectedFromTheReferenceRates() throws IOException {
        // expected = 1000 x 0.01 + 1000 x 0.02 = 30; observed 20 + 30 = 50; ratio 50 / 30
        Path bands = file("isr.csv", "age_band,count,population,reference_rate\n65-69,20,1000,0.01\n70-74,30,1000,0.02\n");
        Cli.Result result = Cli.run("isr", bands.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        String[] values = result.out().lines().skip(1).findFirst().orElseThrow().split(",");
        assertThat(values[0]).isEqualTo("50");
        assertThat(Double.parseDouble(values[1])).isCloseTo(30.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(Double.parseDouble(values[2])).isCloseTo(50.0 / 30.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(values[5]).isEqualTo("byars");
        Cli.Result rate = Cli.run("isr", "--reference-rate", "0.015", "--multiplier", "100000", bands.toString());
        assertThat(Double.parseDouble(rate.out().lines().skip(1).findFirst().orElseThrow().split(",")[2]))
                .isCloseTo(50.0 / 30.0 * 0.015 * 100_000, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void aMisspeltOptionalColumnIsNeverIgnored() throws IOException {
        Path misspelt = file("m.csv", "age_band,count,population,standard_populaton\n65-69,4,10,5\n");
        assertOneLine(Cli.run("dsr", misspelt.toString()), misspelt + " row 1, column 4: unknown column 'standard_populaton' "
                + "(did you mean standard_population?)");
        Path twice = file("t.csv", "age_band,count,population,count\n65-69,4,10,5\n");
        assertOneLine(Cli.run("dsr", twice.toString()), "column count is named twice");
        Path ragged = file("r.csv", "age_band,count,population\n65-69,4,10,5\n");
        assertOneLine(Cli.run("dsr", ragged.toString()), "row 2: has 4 values, but the header has 3 columns");
    }

    @Test
    void aFindingQuotingTextWithALineBreakStaysOnOneLine() throws IOException {
        Path risks = file("risks.csv", "id,likelihood,impact,stated_score\n\"A\nB\",2,3,5\n");
        Cli.Result result = Cli.run("risk", "--matrix", "5x5", risks.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(result.err().lines()).hasSize(1).allMatch(l -> l.contains("R-RISK-1"));
    }

    @Test
    void aOneCaseOptionLeftOutIsBadInputNamingItNeverAnInternalError() {
        String[][] runs = {
                {"rate", "--population", "65"},
                {"rate", "--count", "5"},
                {"proportion", "--denominator", "5"},
                {"proportion", "--numerator", "5"},
                {"target", "--reduction", "5"},
                {"profile", "--annual", "1308"},
        };
        String[] missing = {"--count", "--population", "--numerator", "--denominator", "--base", "--year"};
        for (int i = 0; i < runs.length; i++) {
            assertOneLine(Cli.run(runs[i]), missing[i]);
        }
    }
}

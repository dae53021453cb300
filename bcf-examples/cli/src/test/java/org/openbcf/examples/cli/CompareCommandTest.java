package org.openbcf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bcf compare}: golden cases from {@code BenchmarkComparisonTest} (bcf-metrics), the falls
 * example of issue 15 first.
 */
class CompareCommandTest {

    @TempDir
    Path dir;

    private static void assertBadInput(Cli.Result result, String... fragments) {
        assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().strip()).doesNotContain("\n").contains(fragments);
        assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void fallsAt1980AgainstEngland1933IsSimilar() {
        // issue 15 / BenchmarkComparisonTest.fallsAt1980...: 396 in 20,000, 95% 1,789.8 to 2,185.0
        Cli.Result result = Cli.run("compare", "--value", "1,980", "--lower", "1789.8", "--upper", "2185.0",
                "--benchmark", "1933", "--direction", "lower-is-better");
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).isEqualTo("value,benchmark,comparison,judgement\n1980,1933,similar,similar\n");
    }

    @Test
    void bothLevelsFromOptions() {
        // docs/analysts.md: BenchmarkComparison.of(1940, 2020, 1910, 2050, 1933) is higher at 95%, similar at 99.8%
        Cli.Result result = Cli.run("compare", "--value", "1980", "--lower-95", "1940", "--upper-95", "2020",
                "--lower-99-8", "1910", "--upper-99-8", "2050", "--benchmark", "1933", "--direction", "HIGHER-IS-BETTER");
        assertThat(result.out()).isEqualTo("value,benchmark,comparison_95,comparison_99_8,judgement_95,judgement_99_8\n"
                + "1980,1933,higher,similar,better,similar\n");
        assertThat(Cli.run("compare", "--lower", "1800", "--upper", "1932.9", "--benchmark", "1933").out())
                .isEqualTo("value,benchmark,comparison\n,1933,lower\n");
    }

    @Test
    void theOutputOfRateAtBothLevelsPipesIn() throws IOException {
        // BenchmarkComparisonTest: 396/20,000 similar; 39,600/2,000,000 higher (worse when lower is better);
        // 37,000/2,000,000 lower (better); 7,920/400,000 higher at 95% but similar at 99.8%
        Path cases = Files.writeString(dir.resolve("falls.csv"), "case,count,population\n"
                + "falls,396,20000\nnarrow,39600,2000000\nlow,37000,2000000\nmid,7920,400000\n");
        Cli.Result rates = Cli.run("rate", "--confidence", "95%", "--confidence", "99.8%", cases.toString());
        assertThat(rates.exitCode()).isEqualTo(ExitCode.OK);
        Cli.Result result = Cli.withInput(rates.out().getBytes(StandardCharsets.UTF_8), "compare", "--benchmark", "1933",
                "--direction", "lower-is-better", "-");
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        List<String> lines = result.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("case,value,benchmark,comparison_95,comparison_99_8,judgement_95,judgement_99_8,note");
        assertThat(lines.subList(1, 5)).containsExactly(
                "falls,1980.0000000000002,1933,similar,similar,similar,similar,",
                "narrow,1980.0000000000002,1933,higher,higher,worse,worse,",
                "low,1850,1933,lower,lower,better,better,",
                "mid,1980.0000000000002,1933,higher,similar,worse,similar,");
    }

    @Test
    void aSuppressedDsrIsNotComparedAndABenchmarkMayComeFromTheFile() throws IOException {
        Path dsr = Files.writeString(dir.resolve("dsr.csv"), "case,age_band,count,population\n"
                + "few,65-69,4,1000\nfew,90+,5,500\nmany,65-69,200,60000\nmany,70-74,260,55000\n");
        Cli.Result rates = Cli.run("dsr", dsr.toString());
        Cli.Result result = Cli.withInput(rates.out().getBytes(StandardCharsets.UTF_8), "compare", "--benchmark", "200", "-");
        assertThat(result.out()).isEqualTo("case,value,benchmark,comparison,note\nfew,,200,not compared,no value; no interval\n"
                + "many," + rates.out().lines().skip(2).findFirst().orElseThrow().split(",")[1] + ",200,higher,\n");
        Path own = Files.writeString(dir.resolve("own.csv"), "value,lower,upper,benchmark\n10,8,12,7\n10,8,12,13\n10,8,12,9\n");
        assertThat(Cli.run("compare", own.toString()).out())
                .isEqualTo("value,benchmark,comparison,note\n10,7,higher,\n10,13,lower,\n10,9,similar,\n");
    }

    @Test
    void theOutputOfIsrPipesIn() throws IOException {
        // a ratio of 50 observed on 30 expected: Byar's 95% interval wholly above 1
        Path bands = Files.writeString(dir.resolve("isr.csv"), "age_band,count,population,reference_rate\n"
                + "65-69,20,1000,0.01\n70-74,30,1000,0.02\n");
        Cli.Result ratio = Cli.run("isr", bands.toString());
        Cli.Result result = Cli.withInput(ratio.out().getBytes(StandardCharsets.UTF_8), "compare", "--benchmark", "1", "-");
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).startsWith("value,benchmark,comparison,note\n1.666666666666").endsWith(",1,higher,\n");
    }

    @Test
    void rowsThatCannotBeComparedAreNotComparedWithANoteAndTheBatchGoesOn() throws IOException {
        // issue 24 section 2: no benchmark, only 95% limits, an empty value
        Path rows = Files.writeString(dir.resolve("rows.csv"), "case,value,lower_95,upper_95,lower_99_8,upper_99_8,benchmark\n"
                + "fine,10,8,12,7,13,9\nnobench,10,8,12,7,13,\nonly95,10,8,12,,,9\nnovalue,,8,12,7,13,9\n");
        Cli.Result result = Cli.run("compare", rows.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).isEqualTo("case,value,benchmark,comparison_95,comparison_99_8,note\n"
                + "fine,10,9,similar,similar,\n"
                + "nobench,10,,not compared,not compared,no benchmark\n"
                + "only95,10,9,similar,not compared,no interval at 99.8%\n"
                + "novalue,,9,not compared,not compared,no value\n");
        // a file of 95% limits only: 99.8% is not compared, with its reason
        Path only95 = Files.writeString(dir.resolve("only95.csv"), "value,lower_95,upper_95\n10,11,12\n");
        assertThat(Cli.run("compare", "--benchmark", "9", "--direction", "higher-is-better", only95.toString()).out())
                .isEqualTo("value,benchmark,comparison_95,comparison_99_8,judgement_95,judgement_99_8,note\n"
                        + "10,9,higher,not compared,better,not compared,no interval at 99.8%\n");
    }

    @Test
    void badInputIsOneLineNamingTheOptionOrCell() throws IOException {
        assertBadInput(Cli.run("compare", "--value", "1980", "--lower", "1789.8", "--benchmark", "1933"), "--upper");
        assertBadInput(Cli.run("compare", "--value", "1980", "--lower", "2189.8", "--upper", "2000", "--benchmark", "1933"),
                "lower limit (2189.8) must not be above the upper limit (2000.0)");
        assertBadInput(Cli.run("compare", "--lower", "1", "--upper", "2"), "--benchmark");
        assertBadInput(Cli.run("compare", "--lower", "1", "--upper", "2", "--lower-95", "1", "--benchmark", "3"),
                "--lower and --upper", "not both");
        assertBadInput(Cli.run("compare", "--lower", "1", "--upper", "2", "--benchmark", "x"), "--benchmark", "'x'");
        assertBadInput(Cli.run("compare", "--lower", "1", "--upper", "2", "--benchmark", "3", "--direction", "up"),
                "--direction ('up') must be higher-is-better or lower-is-better");
        assertBadInput(Cli.run("compare"), "give --value with --lower/--upper");
        Path mixed = Files.writeString(dir.resolve("mixed.csv"), "value,lower,upper,lower_95\n1,2,3,4\n");
        assertBadInput(Cli.run("compare", "--benchmark", "1", mixed.toString()), "mixed.csv row 1: give either the columns lower,upper");
        Path half = Files.writeString(dir.resolve("half.csv"), "value,lower_95,lower_99_8\n1,2,3\n");
        assertBadInput(Cli.run("compare", "--benchmark", "1", half.toString()), "half.csv row 1: missing column upper_95");
        Path both = Files.writeString(dir.resolve("both.csv"), "value,lower,upper,benchmark\n1,0,2,1\n");
        assertBadInput(Cli.run("compare", "--benchmark", "1", both.toString()), "both.csv has a benchmark column and --benchmark");
        assertBadInput(Cli.run("compare", both.toString().replace("both", "none")), "no such file");
        Path one = Files.writeString(dir.resolve("one.csv"), "value,lower,upper\n1,0,\n");
        assertBadInput(Cli.run("compare", "--benchmark", "1", one.toString()), "one.csv row 2, column lower",
                "must both be finite numbers, or both be missing");
        Path nobench = Files.writeString(dir.resolve("nobench.csv"), "value,lower,upper\n1,0,2\n");
        assertBadInput(Cli.run("compare", nobench.toString()), "give --benchmark, or a benchmark column");
    }
}

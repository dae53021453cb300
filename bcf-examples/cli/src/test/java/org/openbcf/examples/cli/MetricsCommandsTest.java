package org.openbcf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsCommandsTest {

    @TempDir
    Path dir;

    private static void assertBadInput(Cli.Result result, String... fragments) {
        assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err().strip()).doesNotContain("\n").contains(fragments);
        assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void proportionPrintsWilsonReferenceValues() {
        Cli.Result result = Cli.run("proportion", "--numerator", "65", "--denominator", "100");
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).isEqualTo("value,lower,upper\n0.65,0.5525444329688797,0.7363575175690247\n");
    }

    @Test
    void proportionAsAPercentageAtAnotherLevel() {
        Cli.Result result = Cli.run("proportion", "--numerator", "10", "--denominator", "10",
                "--multiplier", "100", "--confidence", "99.8%");
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).startsWith("value,lower,upper\n100,").endsWith(",100\n");
    }

    @Test
    void proportionRejectsBadInput() {
        assertBadInput(Cli.run("proportion", "--numerator", "11", "--denominator", "10"), "numerator (11)");
        assertBadInput(Cli.run("proportion", "--numerator", "-1", "--denominator", "10"), "numerator (-1)");
        assertBadInput(Cli.run("proportion", "--numerator", "1", "--denominator", "10", "--confidence", "1.5"),
                "--confidence", "confidence level (1.5)");
        assertBadInput(Cli.run("proportion", "--numerator", "x", "--denominator", "10"), "--numerator", "x");
    }

    @Test
    void ratePrintsThePhbRateWithByarsLimits() {
        // G-15: 108 / 882,569 × 100,000 = 12.24
        Cli.Result result = Cli.run("rate", "--count", "108", "--population", "882569");
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        String[] lines = result.out().split("\n");
        assertThat(lines[0]).isEqualTo("value,lower,upper,method");
        assertThat(lines[1]).startsWith("12.23700356572").endsWith(",byars");
    }

    @Test
    void rateBelowTenEventsIsExact() {
        Cli.Result result = Cli.run("rate", "--count", "0", "--population", "1000", "--multiplier", "1000");
        assertThat(result.out()).startsWith("value,lower,upper,method\n0,0,3.68887945411").endsWith(",exact\n");
    }

    @Test
    void rateRejectsBadInput() {
        assertBadInput(Cli.run("rate", "--count", "-3", "--population", "10"), "count (-3)");
        assertBadInput(Cli.run("rate", "--count", "3", "--population", "0"), "population (0)");
        assertBadInput(Cli.run("rate", "--count", "3", "--population", "10", "--confidence", "0"), "confidence level (0");
    }

    @Test
    void targetReproducesG16AndG17() {
        assertThat(Cli.run("target", "--base", "1377", "--reduction", "5%", "--rounding", "half-up").out())
                .isEqualTo("target,bound\n1308,maximum\n");
        assertThat(Cli.run("target", "--base", "1377", "--reduction", "5%", "--rounding", "ceiling").out())
                .isEqualTo("target,bound\n1309,maximum\n");
        assertThat(Cli.run("target", "--base", "28388", "--reduction", "4%").out())
                .isEqualTo("target,bound\n27252.48,maximum\n");
        assertThat(Cli.run("target", "--base", "80", "--increase", "10").out()).isEqualTo("target,bound\n88,minimum\n");
    }

    @Test
    void targetRejectsBadInput() {
        assertBadInput(Cli.run("target", "--base", "lots", "--reduction", "5%"), "--base", "'lots'");
        assertBadInput(Cli.run("target", "--base", "10", "--reduction", "5%", "--rounding", "up"), "rounding 'up'");
        assertBadInput(Cli.run("target", "--base", "10", "--reduction", "150%"), "reduction (150%)");
        assertBadInput(Cli.run("target", "--base", "10"), "--reduction");
    }

    @Test
    void profileReproducesG22() {
        Cli.Result result = Cli.run("profile", "--annual", "1308", "--year", "2016/17", "--integer");
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).startsWith("month,working_days,target\n2016-04,21,108\n2016-05,20,102\n")
                .endsWith("2017-03,23,118\n");
        assertThat(result.out().split("\n")).hasSize(13);
        Cli.Result exact = Cli.run("profile", "--annual", "1308", "--year", "16/17");
        assertThat(exact.out().split("\n")[1]).isEqualTo("2016-04,21," + (1308.0 * 21 / 255));
    }

    @Test
    void profileCoversFinancialYearsPastTheShippedHolidaysTo2039To40() {
        // 2035/36: Easter Sunday is 25 March 2035, so April 2035 has no bank holiday: its 30 days less
        // 4 Saturdays and 5 Sundays (1 April 2035 is a Sunday) are 21 working days; May 2035 (1 May a
        // Tuesday) has 23 weekdays less the Early May (7th) and Spring (28th) bank holidays, 21.
        Cli.Result result = Cli.run("profile", "--annual", "1200", "--year", "2035/36", "--integer");
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).startsWith("month,working_days,target\n2035-04,21,").contains("\n2035-05,21,");
        assertThat(result.out().split("\n")).hasSize(13);
        assertThat(Cli.run("profile", "--annual", "1200", "--year", "2039/40").exitCode()).isEqualTo(ExitCode.OK);
        // 2016/17 is profiled on the shipped list as before (G-22 above)
        assertThat(Cli.run("profile", "--annual", "1308", "--year", "2016/17", "--integer").out())
                .startsWith("month,working_days,target\n2016-04,21,108\n");
    }

    @Test
    void profileRejectsBadInput() {
        assertBadInput(Cli.run("profile", "--annual", "1308", "--year", "2016"), "--year", "2016");
        assertBadInput(Cli.run("profile", "--annual", "1308.5", "--year", "2016/17", "--integer"),
                "--annual (1308.5) must be a whole number");
        assertBadInput(Cli.run("profile", "--annual", "-1", "--year", "2016/17"), "annual target (-1.0)");
        assertBadInput(Cli.run("profile", "--annual", "1", "--year", "2040/41"), "outside calendar England and Wales (2010 to 2040)");
    }

    @Test
    void dsrReproducesTheFallsExampleWithEsp2013() throws IOException {
        // G10 (2023-25 pack): DSR 1050.37 per 100,000
        Path csv = Files.writeString(dir.resolve("falls.csv"), "age_band,count,population\n"
                + "65-69,200,60000\n70-74,260,55000\n75-79,330,40000\n80-84,420,28000\n85-89,480,17000\n90+,450,9000\n");
        Cli.Result result = Cli.run("dsr", csv.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).startsWith("value,lower,upper,note\n1050.37250331").endsWith(",\n");
    }

    @Test
    void dsrTakesItsOwnStandardAndMissingCountsAsZero() throws IOException {
        Path csv = Files.writeString(dir.resolve("own.csv"), "age_band,count,population,standard_population\n"
                + "young,,1000,1\nold,20,1000,1\n");
        Cli.Result result = Cli.run("dsr", csv.toString(), "--multiplier", "1000");
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).startsWith("value,lower,upper,note\n10,");
    }

    @Test
    void aSuppressedDsrIsARowWithItsReasonNotAFinding() throws IOException {
        Path csv = Files.writeString(dir.resolve("few.csv"), "age_band,count,population\n65-69,4,1000\n90+,5,500\n");
        Cli.Result result = Cli.run("dsr", csv.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).startsWith("value,lower,upper,note\n,,,suppressed: ").contains("total count (9) is below 10");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void dsrRejectsBadFiles() throws IOException {
        Path unknown = Files.writeString(dir.resolve("unknown.csv"), "age_band,count,population\n65-70,4,1000\n");
        assertBadInput(Cli.run("dsr", unknown.toString()), "row 2, column age_band", "age band '65-70' is not in ESP2013");
        Path zero = Files.writeString(dir.resolve("zero.csv"), "age_band,count,population\n65-69,4,0\n");
        assertBadInput(Cli.run("dsr", zero.toString()), "row 2, column population", "population (0) must be between 1 and 1,000,000,000");
        Path negative = Files.writeString(dir.resolve("negative.csv"), "age_band,count,population\n65-69,-4,10\n");
        assertBadInput(Cli.run("dsr", negative.toString()), "row 2, column count: count (-4) must be between 0 and 1,000,000,000");
        Path text = Files.writeString(dir.resolve("text.csv"), "age_band,count,population\n65-69,4,many\n");
        assertBadInput(Cli.run("dsr", text.toString()), "row 2, column population: population ('many') is not a whole number");
        Path header = Files.writeString(dir.resolve("header.csv"), "band,count,population\n65-69,4,10\n");
        assertBadInput(Cli.run("dsr", header.toString()), "row 1, column 1: unknown column 'band'", "expected age_band,population[,count,frequency,people,standard_population,case]");
        Path missing = Files.writeString(dir.resolve("missing.csv"), "age_band,count,population\n65-69,4\n");
        assertBadInput(Cli.run("dsr", missing.toString()), "row 2: has 2 values, but the header has 3 columns (missing population)");
        Path weight = Files.writeString(dir.resolve("weight.csv"),
                "age_band,count,population,standard_population\na,4,10,heavy\n");
        assertBadInput(Cli.run("dsr", weight.toString()), "row 2, column standard_population: standard_population ('heavy') is not a number");
        assertBadInput(Cli.run("dsr", dir.resolve("absent.csv").toString()), dir.resolve("absent.csv") + ": no such file");
    }
}

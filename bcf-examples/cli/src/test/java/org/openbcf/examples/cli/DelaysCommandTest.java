package org.openbcf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bcf delays}: the constructed months of {@code DischargeDelaysTest} (bcf-metrics): April 2024
 * (1,000 discharges, 820 on the ready date, 1,083 bed days) and May 2024 (900, 700, 900), and a May
 * whose figures do not add up (800 + 180 ≠ 1,000, R-DRD-1).
 */
class DelaysCommandTest {

    private static final String HEADER = "month,discharges,on_ready_date,delayed_1,delayed_2_3,delayed_4_6,delayed_7_13,"
            + "delayed_14_20,delayed_21_plus,bed_days_lost\n";
    private static final String APRIL = "2024-04,1000,820,60,50,30,20,12,8,1083\n";

    @TempDir
    Path dir;

    /** Wilson score interval in percent, written out independently of the library. */
    private static double wilson(long x, long n, double z, boolean upper) {
        double p = (double) x / n;
        double centre = 2 * x + z * z;
        double spread = z * Math.sqrt(z * z + 4 * x * (1 - p));
        return (centre + (upper ? spread : -spread)) / (2 * (n + z * z)) * 100;
    }

    private static String[] row(Cli.Result result, int line) {
        return result.out().lines().skip(line).findFirst().orElseThrow().split(",", -1);
    }

    @Test
    void aTableRoundsPercentagesToOnePlaceAndDaysToTwo() throws IOException {
        // issue 24: tables for people; the CSV of the same file keeps full precision
        Path csv = Files.writeString(dir.resolve("drd.csv"), HEADER + APRIL + "2024-05,900,700,100,50,20,20,5,5,900\n");
        Cli.Result table = Cli.run("delays", "--format", "table", csv.toString());
        assertThat(table.exitCode()).as(table.err()).isEqualTo(ExitCode.OK);
        List<String> lines = table.out().lines().toList();
        assertThat(lines.get(2).split("\\s+")).containsExactly("month", "2024-04", "2024-04", "1,000", "820", "1,083", "82.0",
                "79.5", "84.3", "1.08", "6.02");
        assertThat(lines.get(4).split("\\s+")).containsExactly("year", "to", "date", "2024-04", "2024-05", "1,900", "1,520",
                "1,983", "80.0", "78.1", "81.7", "1.04", "5.22");
    }

    @Test
    void monthsAndTheYearToDate() throws IOException {
        Path csv = Files.writeString(dir.resolve("drd.csv"), HEADER + APRIL + "2024-05,900,700,100,50,20,20,5,5,900\n");
        Cli.Result result = Cli.run("delays", csv.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).startsWith("period,from,to,discharges,on_ready_date,bed_days_lost,percent_on_ready_date,"
                + "lower,upper,average_delay_per_discharge,average_delay_per_delayed_discharge,note\n"
                + "month,2024-04,2024-04,1000,820,1083,82,");
        String[] april = row(result, 1);
        double z = 1.959963984540054;
        assertThat(Double.parseDouble(april[7])).isCloseTo(wilson(820, 1000, z, false), within(1e-9));
        assertThat(Double.parseDouble(april[8])).isCloseTo(wilson(820, 1000, z, true), within(1e-9));
        assertThat(april[9]).isEqualTo("1.083");
        assertThat(Double.parseDouble(april[10])).isCloseTo(1083.0 / 180, within(1e-15));
        String[] ytd = row(result, 3);
        assertThat(List.of(ytd).subList(0, 7)).containsExactly("year to date", "2024-04", "2024-05", "1900", "1520", "1983",
                "80");
        assertThat(Double.parseDouble(ytd[9])).isCloseTo(1983.0 / 1900, within(1e-15));
        assertThat(Double.parseDouble(ytd[10])).isCloseTo(1983.0 / 380, within(1e-15));
        assertThat(result.out().lines()).hasSize(4);
    }

    @Test
    void aMonthThatDoesNotAddUpIsAFindingWithEmptyMeasures() throws IOException {
        Path csv = Files.writeString(dir.resolve("drd.csv"), HEADER + APRIL + "2024-05,1000,800,60,50,30,20,12,8,1083\n");
        Cli.Result result = Cli.run("delays", "--confidence", "95%", "--confidence", "99.8%", csv.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(result.err().lines()).hasSize(1).allMatch(l -> l.startsWith("ERROR R-DRD-1 " + csv + " row 3, column discharges: ")
                && l.contains("(980) differs from the 1000 discharges"));
        assertThat(result.out().lines().toList()).containsExactly(
                "period,from,to,discharges,on_ready_date,bed_days_lost,percent_on_ready_date,lower_95,upper_95,lower_99_8,"
                        + "upper_99_8,average_delay_per_discharge,average_delay_per_delayed_discharge,note",
                result.out().lines().skip(1).findFirst().orElseThrow(),
                "month,2024-05,2024-05,,,,,,,,,,,not measured: R-DRD-1",
                "year to date,2024-04,2024-05,,,,,,,,,,,not measured: R-DRD-1 in a month of the period");
        assertThat(row(result, 1)[6]).isEqualTo("82");
    }

    @Test
    void bedDaysOutsideTheBandsAreAWarningAndTheMeasuresStay() throws IOException {
        // 180 delayed discharges imply at least 60 + 100 + 120 + 140 + 168 + 168 = 756 bed days
        Path csv = Files.writeString(dir.resolve("drd.csv"), HEADER + "2024-04,1000,820,60,50,30,20,12,8,700\n");
        Cli.Result result = Cli.run("delays", csv.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(result.err()).startsWith("WARNING R-DRD-2 " + csv + " row 2, column bed_days_lost: bed days lost (700)");
        assertThat(row(result, 1)[9]).isEqualTo("0.7");
    }

    @Test
    void aYearToDateFollowsEachFinancialYearAndCasesAreSeparate() throws IOException {
        Path csv = Files.writeString(dir.resolve("drd.csv"), "case," + HEADER
                + "A,2025-02,10,10,0,0,0,0,0,0,0\nA,2025-03,10,5,5,0,0,0,0,0,5\nA,2025-04,4,4,0,0,0,0,0,0,0\n"
                + "B,2024-04,10,10,0,0,0,0,0,0,0\n");
        Cli.Result result = Cli.run("delays", csv.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        assertThat(result.out().lines().map(l -> String.join(",", List.of(l.split(",", -1)).subList(0, 7))).toList())
                .containsExactly("case,period,from,to,discharges,on_ready_date,bed_days_lost",
                        "A,month,2025-02,2025-02,10,10,0", "A,month,2025-03,2025-03,10,5,5",
                        "A,year to date,2025-02,2025-03,20,15,5", "A,month,2025-04,2025-04,4,4,0",
                        "A,year to date,2025-04,2025-04,4,4,0", "B,month,2024-04,2024-04,10,10,0",
                        "B,year to date,2024-04,2024-04,10,10,0");
        assertThat(result.out()).contains("A,month,2025-02,2025-02,10,10,0,100,").contains(",0,,no delayed discharges\n");
    }

    /**
     * Issue 28: a month's finding names its row and column of the input (in a case, the file's row, and
     * from standard input as the error messages name it), on standard error and in JSON {@code findings},
     * not the library's {@code discharge.2024-05.discharges}.
     */
    @Test
    void aFindingNamesTheRowAndColumnOfItsMonth() {
        String text = "case," + HEADER + "A," + APRIL + "B," + APRIL + "B,2024-05,1000,800,60,50,30,20,12,8,1083\n";
        Cli.Result result = Cli.withInput(text.getBytes(StandardCharsets.UTF_8), "delays", "--format", "json", "-");
        assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(result.err().lines()).hasSize(1).allMatch(l -> l.startsWith(
                "case B: ERROR R-DRD-1 standard input row 4, column discharges: discharged on the ready date plus delayed (980)"));
        assertThat(result.out()).contains("\"where\":\"standard input row 4, column discharges\"")
                .doesNotContain("discharge.2024");
    }

    @Test
    void noDischargesIsAFinding() throws IOException {
        Path csv = Files.writeString(dir.resolve("drd.csv"), HEADER + "2024-04,0,0,0,0,0,0,0,0,0\n");
        Cli.Result result = Cli.run("delays", csv.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(result.err()).contains("R-DRD-3");
        assertThat(result.out()).contains("month,2024-04,2024-04,,,,,,,,,not measured: R-DRD-3\n");
    }

    @Test
    void badInputIsOneLineNamingTheCell() throws IOException {
        Path month = Files.writeString(dir.resolve("m.csv"), HEADER + "April 2024,1000,820,60,50,30,20,12,8,1083\n");
        assertBadInput(Cli.run("delays", month.toString()), "m.csv row 2, column month: month ('April 2024') must be a year "
                + "and month such as 2024-04");
        Path negative = Files.writeString(dir.resolve("n.csv"), HEADER + "2024-04,1000,-820,60,50,30,20,12,8,1083\n");
        assertBadInput(Cli.run("delays", negative.toString()), "n.csv row 2, column on_ready_date: on_ready_date (-820)");
        Path gap = Files.writeString(dir.resolve("g.csv"), HEADER + APRIL + "2024-06,1,1,0,0,0,0,0,0,0\n");
        assertBadInput(Cli.run("delays", gap.toString()), "g.csv row 3, column month: month 2024-06 must follow 2024-04");
        Path missing = Files.writeString(dir.resolve("x.csv"), "month,discharges\n2024-04,3\n");
        assertBadInput(Cli.run("delays", missing.toString()), "x.csv row 1: missing column on_ready_date");
    }

    private static void assertBadInput(Cli.Result result, String... fragments) {
        assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().strip()).doesNotContain("\n").contains(fragments);
        assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}

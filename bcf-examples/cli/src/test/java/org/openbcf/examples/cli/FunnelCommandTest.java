package org.openbcf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.openbcf.examples.chart.PngAssertions.assertDrawnPng;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bcf funnel}: the golden limits of {@code FunnelTest} (bcf-metrics): a proportion funnel
 * around 92.2% at 1,000 people, a ratio funnel at 100 expected, a crude-rate funnel around 1,933 per
 * 100,000 at 20,000 people, DSR points at their equivalent population, and the positions of issue 24
 * (the exact Poisson test).
 */
class FunnelCommandTest {

    @TempDir
    Path dir;

    private static String[] row(Cli.Result result, int line) {
        return result.out().lines().skip(line).findFirst().orElseThrow().split(",", -1);
    }

    private static double close(double expected) {
        return Math.abs(expected) * 1e-12;
    }

    @Test
    void proportionLimitsAndPositions() throws IOException {
        // FunnelTest.proportionGolden922At1000: 95% lower 90.53788582657798, 99.8% upper 94.82061902961625;
        // docs/analysts.md: Norfolk 865 of 1,000 is below 99.8%
        Path csv = Files.writeString(dir.resolve("areas.csv"), "area,numerator,denominator\nNorfolk,865,1000\nA,930,1000\n");
        Cli.Result result = Cli.run("funnel", "--statistic", "proportion", "--target", "92.2%", "--multiplier", "100",
                csv.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).startsWith("area,numerator,denominator,value,lower_95,upper_95,lower_99_8,upper_99_8,"
                + "position,note\nNorfolk,865,1000,86.5,");
        String[] norfolk = row(result, 1);
        assertThat(Double.parseDouble(norfolk[4])).isCloseTo(90.53788582657798, within(close(90.53788582657798)));
        assertThat(Double.parseDouble(norfolk[7])).isCloseTo(94.82061902961625, within(close(94.82061902961625)));
        assertThat(norfolk[8]).isEqualTo("below 99.8%");
        assertThat(row(result, 2)[8]).isEqualTo("within 95%");
        // the same target as a fraction gives the same limits
        Cli.Result fraction = Cli.run("funnel", "--statistic", "proportion", "--target", "0.922", "--multiplier", "100",
                csv.toString());
        assertThat(fraction.out()).isEqualTo(result.out());
    }

    @Test
    void ratioLimitsHonourTheMultiplier() throws IOException {
        // FunnelTest.ratioGoldenAt100ExpectedAndTheMultiplierIsHonoured: 80.39055069593428 to 120.55796545537753
        Path csv = Files.writeString(dir.resolve("ratio.csv"), "area,numerator,denominator\nA,120,100\n");
        Cli.Result result = Cli.run("funnel", "--statistic", "ratio", "--multiplier", "100", csv.toString());
        String[] a = row(result, 1);
        assertThat(a[3]).isEqualTo("120");
        assertThat(Double.parseDouble(a[4])).isCloseTo(80.39055069593428, within(close(80.39055069593428)));
        assertThat(Double.parseDouble(a[5])).isCloseTo(120.55796545537753, within(close(120.55796545537753)));
        assertThat(a[8]).isEqualTo("within 95%");
    }

    @Test
    void ratioPositionsAreTheExactPoissonTestIssue24() throws IOException {
        // issue 24: 0 at E = 0.1 (P(X = 0) = 0.90) is within; 10 at 4.675 (P(X >= 10) = 0.021) above 95%;
        // 72 at 90.53 (P(X <= 72) = 0.026) within; and the two check values on their limits
        double lowerEdge = ChiSquaredDistribution.of(4).inverseSurvivalProbability(0.025) / 2;
        double upperEdge = ChiSquaredDistribution.of(20).inverseCumulativeProbability(0.025) / 2;
        Path csv = Files.writeString(dir.resolve("issue.csv"), "area,numerator,denominator\nnone,0,0.1\nten,10,4.675\n"
                + "seventy-two,72,90.53\nlower edge,1," + lowerEdge + "\nupper edge,10," + upperEdge + "\n");
        Cli.Result result = Cli.run("funnel", "--statistic", "ratio", csv.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        assertThat(row(result, 1)[8]).isEqualTo("within 95%");
        assertThat(Double.parseDouble(row(result, 1)[6])).isZero();
        assertThat(row(result, 2)[8]).isEqualTo("above 95%");
        assertThat(row(result, 3)[8]).isEqualTo("within 95%");
        assertThat(Double.parseDouble(row(result, 4)[4])).isCloseTo(0.17948025920436488, within(1e-9 * 0.17948));
        assertThat(Double.parseDouble(row(result, 5)[5])).isCloseTo(2.085336691906785, within(1e-9 * 2.0853));
    }

    @Test
    void crudeRateLimitsUseTheGivenPopulation() throws IOException {
        // FunnelTest.crudeRateLimitsUseTheGivenPopulation: expected 386.6 events; mpmath at 40 digits
        Path csv = Files.writeString(dir.resolve("rate.csv"), "area,numerator,denominator\nNorfolk,396,20000\n");
        Cli.Result result = Cli.run("funnel", "--statistic", "crude-rate", "--target", "1933", csv.toString());
        String[] norfolk = row(result, 1);
        assertThat(Double.parseDouble(norfolk[4])).isCloseTo(1740.2237267844285, within(1e-9 * 1740.2237267844285));
        assertThat(Double.parseDouble(norfolk[7])).isCloseTo(2246.306473383312, within(1e-9 * 2246.306473383312));
        assertThat(norfolk[8]).isEqualTo("within 95%");
    }

    @Test
    void dsrPointsAtTheEquivalentPopulationAndFewerThanTenEventsNotPlottedWithAChart() throws IOException {
        // FunnelTest.dsrPoints...: 210 falls at 1,050.37 → 19,992.954863524283, below 99.8%; Rutland's 9 not plotted
        Path csv = Files.writeString(dir.resolve("dsr.csv"), "area,count,value\nNorfolk,210,1050.37\nRutland,9,1500\n"
                + "Tiny,3,\n");
        Path png = dir.resolve("funnel.png");
        Cli.Result result = Cli.run("funnel", "--statistic", "dsr", "--target", "1933", "--chart", png.toString(),
                "--title", "Falls 65+ (illustrative)", csv.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        String[] norfolk = row(result, 1);
        assertThat(Double.parseDouble(norfolk[2])).isCloseTo(19_992.954863524283, within(close(19_992.954863524283)));
        assertThat(norfolk[3]).isEqualTo("1050.37");
        assertThat(norfolk[8]).isEqualTo("below 99.8%");
        assertThat(result.out()).contains("\nRutland,9,,,,,,,,not plotted: fewer than 10 events\n")
                .endsWith("\nTiny,3,,,,,,,,not plotted: fewer than 10 events\n");
        assertDrawnPng(png);
    }

    @Test
    void aChartWithNothingPlottedOrAnUnwritableChartIsBadInput() throws IOException {
        Path csv = Files.writeString(dir.resolve("few.csv"), "area,count,value\nTiny,3,\n");
        Path png = dir.resolve("none.png");
        assertBadInput(Cli.run("funnel", "--statistic", "dsr", "--target", "1933", "--chart", png.toString(), csv.toString()),
                "needs at least one plotted point");
        assertThat(png).doesNotExist();
        Path areas = Files.writeString(dir.resolve("areas.csv"), "area,numerator,denominator\nA,1,2\n");
        assertBadInput(Cli.run("funnel", "--statistic", "proportion", "--target", "0.5", "--chart",
                dir.resolve("missing/dir/f.png").toString(), areas.toString()), "the folder", "missing/dir does not exist");
    }

    @Test
    void aChartIsWrittenCompletelyOrNotAtAll() throws IOException {
        Path png = Files.writeString(dir.resolve("kept.png"), "kept");
        Path bad = Files.writeString(dir.resolve("bad.csv"), "area,numerator,denominator\nA,1,2\nB,x,2\n");
        assertBadInput(Cli.run("funnel", "--statistic", "proportion", "--target", "0.5", "--chart", png.toString(),
                bad.toString()), "bad.csv row 3, column numerator");
        assertThat(png).hasContent("kept");
        Path good = Files.writeString(dir.resolve("good.csv"), "area,numerator,denominator\nA,1,2\nB,30,40\n");
        assertThat(Cli.run("funnel", "--statistic", "proportion", "--target", "0.5", "--chart", png.toString(),
                good.toString()).exitCode()).isEqualTo(ExitCode.OK);
        assertDrawnPng(png);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void badInputIsOneLineNamingTheOptionOrCell() throws IOException {
        Path areas = Files.writeString(dir.resolve("areas.csv"), "area,numerator,denominator\nA,120,100\n");
        assertBadInput(Cli.run("funnel", "--statistic", "wedge", "--target", "1", areas.toString()),
                "--statistic: funnel statistic 'wedge' must be one of proportion, ratio, crude-rate, dsr");
        assertBadInput(Cli.run("funnel", "--statistic", "ratio", "--target", "2", areas.toString()), "target ratio (2.0) must be 1");
        // issue 25: a percentage target out of range names the option and shows the value as given
        assertBadInput(Cli.run("funnel", "--statistic", "proportion", "--target", "192.2%", areas.toString()),
                "--target ('192.2%'): target proportion (1.922) must be between 0 and 1");
        assertBadInput(Cli.run("funnel", "--statistic", "proportion", "--target", "150%", areas.toString()),
                "target proportion (1.5) must be between 0 and 1");
        assertBadInput(Cli.run("funnel", "--statistic", "proportion", areas.toString()), "give --target");
        assertBadInput(Cli.run("funnel", "--statistic", "proportion", "--target", "0.9", areas.toString()),
                "areas.csv row 2, column numerator: numerator of A (120) must not exceed its denominator (100.0)");
        assertBadInput(Cli.run("funnel", "--statistic", "dsr", "--target", "1933", areas.toString()),
                "areas.csv row 1: column numerator is not read by a dsr funnel; expected area,count,value");
        Path half = Files.writeString(dir.resolve("half.csv"), "area,numerator\nA,1\n");
        assertBadInput(Cli.run("funnel", "--statistic", "crude-rate", "--target", "1", half.toString()),
                "half.csv row 1: missing column denominator");
        Path zero = Files.writeString(dir.resolve("zero.csv"), "area,numerator,denominator\nA,1,0\n");
        assertBadInput(Cli.run("funnel", "--statistic", "crude-rate", "--target", "1", zero.toString()),
                "zero.csv row 2, column denominator: denominator of A (0.0) must be a positive number");
        Path dsr = Files.writeString(dir.resolve("dsr.csv"), "area,count,value\nA,20,\n");
        assertBadInput(Cli.run("funnel", "--statistic", "dsr", "--target", "1933", dsr.toString()),
                "dsr.csv row 2, column value: the value is missing");
    }

    private static void assertBadInput(Cli.Result result, String... fragments) {
        assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().strip()).doesNotContain("\n").contains(fragments);
        assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}

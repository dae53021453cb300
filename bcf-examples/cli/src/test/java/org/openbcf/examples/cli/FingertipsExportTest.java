package org.openbcf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 24 section 4: {@code compare} and {@code funnel} read the Fingertips "all data" CSV export as it
 * is downloaded, pick one indicator, area type, sex, age and period, name each area, and say where
 * openbcf's judgement differs from the file's own label.
 */
class FingertipsExportTest {

    /** The export's header, as downloaded (comparator: England). */
    static final String HEADER = "Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,Area Name,Area Type,Sex,Age,"
            + "Category Type,Category,Time period,Value,Lower CI 95.0 limit,Upper CI 95.0 limit,Lower CI 99.8 limit,"
            + "Upper CI 99.8 limit,Count,Denominator,Value note,Recent Trend,Compared to England value or percentiles,"
            + "Compared to percentiles,Time period Sortable,New data,Compared to goal,Time period range\n";

    @TempDir
    Path dir;

    private static String row(String code, String name, String type, String period, String value, String l95, String u95,
                              String l998, String u998, String count, String denominator, String note, String label,
                              String category) {
        return String.join(",", "22401", "Emergency hospital admissions due to falls in people aged 65 and over",
                "E92000001", "England", code, "\"" + name + "\"", "\"" + type + "\"", "Persons", "65+ yrs", category, "",
                period, value, l95, u95, l998, u998, count, denominator, note, "", label, "", "20220000", "", "", "1y") + "\n";
    }

    private Path export() throws IOException {
        String counties = "Counties & UAs (from Apr 2023)";
        return Files.writeString(dir.resolve("indicators-CountyUA.data.csv"), HEADER
                + row("E92000001", "England", "England", "2022/23", "1933", "1929", "1937", "1926", "1940", "210000",
                "10863000", "", "", "")
                + row("E10000020", "Norfolk", counties, "2022/23", "2185.0", "2140.1", "2230.6", "2110.2", "2261.3", "4500",
                "205900", "", "Worse", "")
                + row("E06000001", "Hartlepool", counties, "2022/23", "1980", "1789.8", "2185.0", "1700", "2280", "396",
                "20000", "", "Similar", "")
                + row("E06000002", "Middlesbrough", counties, "2022/23", "1850", "1800", "1900", "1780", "1940", "370",
                "20000", "", "Better", "")
                + row("E06000003", "Redcar", counties, "2022/23", "", "", "", "", "", "", "", "Value suppressed", "Not compared", "")
                + row("E10000020", "Norfolk", counties, "2022/23", "2000", "1900", "2100", "1850", "2150", "400", "20000", "",
                "Similar", "County & UA deprivation deciles")
                + row("E10000020", "Norfolk", counties, "2021/22", "2100", "2050", "2150", "2020", "2180", "4300", "204000", "",
                "Worse", ""));
    }

    @Test
    void compareReadsTheExportAndSaysWhereItsJudgementDiffers() throws IOException {
        Cli.Result result = Cli.run("compare", "--fingertips", "--period", "2022/23", "--direction", "lower-is-better",
                export().toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        List<String> lines = result.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("area_code,area,value,benchmark,comparison_95,comparison_99_8,judgement_95,"
                + "judgement_99_8,fingertips,differs,note");
        assertThat(lines.subList(1, lines.size())).containsExactly(
                "E10000020,Norfolk,2185.0,1933,higher,higher,worse,worse,Worse,,",
                "E06000001,Hartlepool,1980,1933,similar,similar,similar,similar,Similar,,",
                // 1,800 to 1,900 is wholly below 1,933: better, though the file says so too; at 99.8% similar
                "E06000002,Middlesbrough,1850,1933,lower,similar,better,similar,Better,,",
                "E06000003,Redcar,,1933,not compared,not compared,not compared,not compared,Not compared,,"
                        + "no value (Value suppressed); no interval at 95%; no interval at 99.8%");
    }

    @Test
    void aLabelThatDisagreesIsMarked() throws IOException {
        Path file = Files.writeString(dir.resolve("export.csv"), HEADER
                + row("E92000001", "England", "England", "2022/23", "1933", "1929", "1937", "1926", "1940", "", "", "", "", "")
                + row("E06000001", "Hartlepool", "UA", "2022/23", "1980", "1940", "2020", "1910", "2050", "", "", "", "Higher", "")
                + row("E06000002", "Stockton", "UA", "2022/23", "1980", "1940", "2020", "1910", "2050", "", "", "", "Similar", ""));
        Cli.Result result = Cli.run("compare", "--fingertips", file.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        List<String> lines = result.out().lines().toList();
        assertThat(lines.get(1)).isEqualTo("E06000001,Hartlepool,1980,1933,higher,similar,Higher,,");
        assertThat(lines.get(2)).isEqualTo("E06000002,Stockton,1980,1933,higher,similar,Similar,yes,"
                + "the file's label agrees at 99.8%: the indicator may be judged at 99.8%");
    }

    @Test
    void moreThanOnePeriodIsRefusedNamingTheChoices() throws IOException {
        Cli.Result result = Cli.run("compare", "--fingertips", export().toString());
        assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err()).contains("holds 2 periods (2022/23; 2021/22): pick one with --period");
        assertThat(Cli.run("compare", "--period", "2022/23", "--benchmark", "1", "x.csv").err())
                .contains("give --fingertips too");
    }

    @Test
    void theFunnelReadsTheExportAndNamesEachArea() throws IOException {
        Cli.Result result = Cli.run("funnel", "--fingertips", "--period", "2022/23", "--statistic", "crude-rate",
                "--target", "1933", export().toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        List<String> lines = result.out().lines().toList();
        assertThat(lines.get(1)).startsWith("Norfolk,4500,205900,");
        assertThat(lines.get(2)).startsWith("Hartlepool,396,20000,");
        assertThat(lines.get(4)).startsWith("Redcar,,,").contains("not plotted: no count or denominator");
    }

    @Test
    void theFunnelChartIsTitledWithTheStatisticItsLevelAndTheAreaType() throws IOException {
        Path png = dir.resolve("funnel.png");
        Cli.Result result = Cli.run("funnel", "--fingertips", "--period", "2022/23", "--area-type",
                "Counties & UAs (from Apr 2023)", "--statistic", "crude-rate", "--target", "1933", "--chart", png.toString(),
                "--highlight", "Norfolk", export().toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        assertThat(png).exists();
        FunnelCommand command = new FunnelCommand();
        command.fingertips.areaType = "Counties & UAs (from Apr 2023)";
        command.fingertips.period = "2022/23";
        assertThat(FunnelPlots.title(command, org.openbcf.metrics.funnel.FunnelStatistic.CRUDE_RATE,
                org.openbcf.metrics.funnel.Funnel.of(org.openbcf.metrics.funnel.FunnelStatistic.CRUDE_RATE, 1933, 100_000),
                100_000)).isEqualTo("Crude rate per 100,000 funnel around 1,933.0: 95% and 99.8% limits; "
                + "Counties & UAs (from Apr 2023), 2022/23");
    }
}

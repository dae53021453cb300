package org.openbcf.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbcf.examples.chart.PngAssertions.assertDrawnPng;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbcf.examples.cli.Cli;
import org.openbcf.examples.cli.ExitCode;

class DemoChartsTest {

    @TempDir
    Path dir;

    @Test
    void demoWithChartsWritesEveryChartAsADrawnPng() throws Exception {
        Path charts = dir.resolve("charts");
        Cli.Result result = Cli.run("demo", "--charts", charts.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).contains("Charts:").contains("income-and-expenditure-2015-16.png");
        try (var files = Files.list(charts)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("non-elective-admissions-2015-16.png",
                    "p4p-payments-against-cap-2015-16.png", "residential-admissions-profile-2016-17.png", "risk-heat-map-2016.png", "income-and-expenditure-2015-16.png",
                    "illustrative-funnel-discharge-to-usual-residence.png");
        }
        for (Path file : DemoCharts.write(charts)) {
            assertDrawnPng(file);
        }
    }

    @Test
    void aChartDirectoryThatCannotBeCreatedIsBadInput() throws Exception {
        Path file = Files.writeString(dir.resolve("taken"), "a file, not a directory");
        Cli.Result result = Cli.run("demo", "--charts", file.resolve("sub").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err()).startsWith("demo: cannot create chart directory ").doesNotContain("\n\t");
    }
}

package org.openbcf.examples.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openbcf.examples.chart.PngAssertions.assertDrawnPng;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartsTest {

    @TempDir
    Path dir;

    private static final List<String> QUARTERS = List.of("Q4 2014/15", "Q1 2015/16", "Q2 2015/16", "Q3 2015/16");

    @Test
    void drawsLinesAsAPngOfTheStatedSize() throws IOException {
        Chart chart = Charts.lines("Admissions", "admissions", QUARTERS, List.of(
                Charts.Series.of("Baseline", List.of(22_905, 23_320, 23_029, 23_835)),
                Charts.Series.of("Plan", List.of(22_667, 22_702, 21_812, 22_642))));
        Path file = Charts.writePng(chart, dir.resolve("admissions.png"));

        assertDrawnPng(file);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(480);
    }

    @Test
    void drawsBarsAgainstALine() throws IOException {
        Chart chart = Charts.barsAndLines("Payments", "£", QUARTERS, List.of(
                Charts.Series.of("Paid", List.of(149_000, 1_192_000, 3_088_770, 4_866_340)),
                Charts.Series.of("Cap", List.of(354_620, 1_275_440, 3_088_770, 4_866_340))));
        assertDrawnPng(Charts.writePng(chart, dir.resolve("payments.png")));
    }

    @Test
    void drawsAHeatMap() throws IOException {
        assertDrawnPng(Charts.writePng(Charts.heatMap("Risks", List.of("1", "2"), List.of("1", "2", "3"),
                new int[][] {{0, 1, 2}, {3, 0, 5}}), dir.resolve("heat.png")));
    }

    @Test
    void refusesSeriesThatDoNotFitTheCategories() {
        assertThatThrownBy(() -> Charts.lines("t", "y", QUARTERS, List.of(Charts.Series.of("Plan", List.of(1, 2)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("series Plan has 2 values; it needs one per category (4)");
        assertThatThrownBy(() -> Charts.lines("t", "y", List.of(), List.of(Charts.Series.of("Plan", List.of()))))
                .hasMessage("a chart needs at least one category and one series");
        assertThatThrownBy(() -> Charts.heatMap("t", List.of("1"), List.of("1", "2"), new int[][] {{1}}))
                .hasMessage("counts[0] has 1 values; it needs 2");
        assertThatThrownBy(() -> Charts.heatMap("t", List.of("1", "2"), List.of("1"), new int[][] {{1}}))
                .hasMessage("counts has 1 columns; it needs 2");
    }

    @Test
    void aFileThatCannotBeWrittenIsOneReadableError() {
        Path png = dir.resolve("missing").resolve("x.png");
        assertThatThrownBy(() -> Charts.writePng(Charts.heatMap("t", List.of("1"), List.of("1"), new int[][] {{1}}), png))
                .hasMessage("cannot write " + png + ": the folder " + png.getParent() + " does not exist");
    }
}

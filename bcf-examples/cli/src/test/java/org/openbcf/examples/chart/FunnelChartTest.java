package org.openbcf.examples.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler;
import org.openbcf.metrics.funnel.Funnel;
import org.openbcf.metrics.funnel.FunnelChart;
import org.openbcf.metrics.funnel.FunnelPoint;
import org.openbcf.metrics.funnel.FunnelStatistic;

/**
 * Issue 24 section 4: a funnel plot people can use. Points labelled (at least the highlighted areas),
 * above and below the limits in different colours, a centre line, readable ticks on the log axis (its
 * range runs between powers of ten, so decade ticks are always drawn), a legend that is not clipped.
 */
class FunnelChartTest {

    /** Forty areas of 100 to 80,000 people around 92.2%, some far above and far below. */
    private static FunnelChart many() {
        List<FunnelPoint> points = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            long people = 100 + i * 2_000L;
            double share = i % 3 == 0 ? 0.99 : i % 3 == 1 ? 0.80 : 0.922;
            points.add(FunnelPoint.of(i == 7 ? "Norfolk" : "Area " + i, Math.round(people * share), people));
        }
        return Funnel.of(FunnelStatistic.PROPORTION, 0.922, 100).chart(points, 121);
    }

    private static BufferedImage image(Chart drawn) {
        XYChart chart = (XYChart) drawn.drawing();
        return BitmapEncoder.getBufferedImage(chart);
    }

    private static boolean same(BufferedImage a, BufferedImage b) {
        for (int x = 0; x < a.getWidth(); x++) {
            for (int y = 0; y < a.getHeight(); y++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    void aHighlightedAreaIsLabelledAmongMany() {
        FunnelChart data = many();
        BufferedImage plain = image(Charts.funnel("t", "people", "%", data, Set.of()));
        BufferedImage highlighted = image(Charts.funnel("t", "people", "%", data, Set.of("Norfolk")));
        assertThat(same(plain, highlighted)).isFalse();
        // a name that is not an area draws nothing
        assertThat(same(plain, image(Charts.funnel("t", "people", "%", data, Set.of("Nowhere"))))).isTrue();
    }

    @Test
    void aboveAndBelowHaveDifferentColoursAndTheCentreLineIsDrawn() {
        XYChart chart = (XYChart) Charts.funnel("t", "people", "%", many(), Set.of()).drawing();
        Color above = chart.getSeriesMap().get("above 99.8%").getMarkerColor();
        Color below = chart.getSeriesMap().get("below 99.8%").getMarkerColor();
        assertThat(above).isNotEqualTo(below);
        assertThat(chart.getSeriesMap()).containsKey("Target (centre line)");
    }

    @Test
    void theLogAxisRunsBetweenPowersOfTenSoItsTicksAreLabelled() {
        XYChart chart = (XYChart) Charts.funnel("t", "people", "%", many(), Set.of()).drawing();
        double min = chart.getStyler().getXAxisMin();
        double max = chart.getStyler().getXAxisMax();
        assertThat(Math.log10(min)).isEqualTo(Math.rint(Math.log10(min)));
        assertThat(Math.log10(max)).isEqualTo(Math.rint(Math.log10(max)));
        assertThat(min).isLessThanOrEqualTo(100.0);
        assertThat(max).isEqualTo(100_000.0);
        assertThat(Charts.decades(250, 400)).containsExactly(100.0, 1_000.0);
        assertThat(Charts.decades(1_000, 1_000)).containsExactly(1_000.0, 10_000.0);
    }

    @Test
    void theLegendIsWithinTheImage() {
        XYChart chart = (XYChart) Charts.funnel("A long title naming the statistic and its level, as a user would give it",
                "people", "%", many(), Set.of()).drawing();
        assertThat(chart.getStyler().getLegendPosition()).isEqualTo(Styler.LegendPosition.OutsideE);
        BufferedImage image = image(new Chart(chart));
        int white = Color.WHITE.getRGB();
        for (int y = 0; y < image.getHeight(); y++) {
            assertThat(image.getRGB(image.getWidth() - 1, y)).as("right edge at y " + y).isEqualTo(white);
        }
        for (int x = 0; x < image.getWidth(); x++) {
            assertThat(image.getRGB(x, image.getHeight() - 1)).as("bottom edge at x " + x).isEqualTo(white);
        }
    }
}

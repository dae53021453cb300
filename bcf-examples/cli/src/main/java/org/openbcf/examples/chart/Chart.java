package org.openbcf.examples.chart;

import java.util.Objects;

/**
 * A chart drawn by {@link Charts}, ready to be written as a PNG with {@link Charts#writePng}. It keeps
 * the drawing library's chart to itself, so no XChart type is part of openbcf's signatures.
 * Not thread-safe (the drawing library's charts are not).
 *
 * @since 0.1.0
 */
public final class Chart {

    private final org.knowm.xchart.internal.chartpart.Chart<?, ?> drawing;

    Chart(org.knowm.xchart.internal.chartpart.Chart<?, ?> drawing) {
        this.drawing = Objects.requireNonNull(drawing, "drawing");
    }

    org.knowm.xchart.internal.chartpart.Chart<?, ?> drawing() {
        return drawing;
    }

    /**
     * Puts the legend inside the plot, top left, one entry a line, so that it is never cut off.
     *
     * @return this chart
     */
    public Chart legendInside() {
        drawing.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNW);
        drawing.getStyler().setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Vertical);
        return this;
    }

    /**
     * Puts the legend to the right of the plot, one entry a line.
     *
     * @return this chart
     */
    public Chart legendRight() {
        drawing.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);
        drawing.getStyler().setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Vertical);
        return this;
    }

    /**
     * Draws the named series of a category chart as bars side by side from zero, the others as they are
     * (e.g. plans as bars, actuals as lines, so that two equal plans do not hide one another).
     *
     * @param names the series to draw as bars, each a series of this chart
     * @return this chart
     * @throws IllegalStateException when this is not a category chart
     * @throws IllegalArgumentException when a name is not one of its series
     */
    public Chart asBars(String... names) {
        if (!(drawing instanceof org.knowm.xchart.CategoryChart)) {
            throw new IllegalStateException("chart " + this + " is not a category chart");
        }
        org.knowm.xchart.CategoryChart chart = (org.knowm.xchart.CategoryChart) drawing;
        chart.getStyler().setOverlapped(false);
        chart.getStyler().setYAxisMin(0.0);
        for (String name : names) {
            org.knowm.xchart.CategorySeries series = chart.getSeriesMap().get(name);
            if (series == null) {
                throw new IllegalArgumentException("chart " + this + " has no series " + name);
            }
            series.setChartCategorySeriesRenderStyle(org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle.Bar);
        }
        return this;
    }

    /**
     * The chart's title, e.g. {@code Admissions}.
     *
     * @return the title, never null
     */
    @Override
    public String toString() {
        return String.valueOf(drawing.getTitle());
    }
}

package org.openbcf.examples.chart;

import java.awt.Color;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.openbcf.metrics.funnel.FunnelChart;
import org.openbcf.metrics.funnel.FunnelLimits;
import org.openbcf.metrics.funnel.FunnelPosition;
import org.openbcf.metrics.funnel.PlottedPoint;

/**
 * PNG charts of openbcf's figures, drawn with XChart. The figures come in already computed by the
 * library; a chart only draws them (money as pounds, converted to floating point for drawing only).
 * Every chart is 800 × 480 pixels on a white background.
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class Charts {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 480;

    private Charts() {
    }

    /**
     * Quarterly lines, one per series, e.g. non-elective admissions baseline, plan and actual by quarter.
     *
     * @param title      the chart's title, not null
     * @param yAxis      the y axis title, e.g. {@code admissions}, not null
     * @param categories the quarters, e.g. {@code Q4 2014/15}, not empty
     * @param series     the series by name, each with one value per category, not empty
     * @return the chart, never null
     */
    public static Chart lines(String title, String yAxis, List<String> categories, List<Series> series) {
        CategoryChart chart = categoryChart(title, yAxis, categories, series);
        chart.getStyler().setDefaultSeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        return new Chart(chart);
    }

    /**
     * Bars for the first series and lines for the rest, e.g. cumulative suggested payments (bars)
     * against the cumulative cap (line).
     *
     * @param title      the chart's title, not null
     * @param yAxis      the y axis title, not null
     * @param categories the quarters or months, not empty
     * @param series     the series, the first drawn as bars, not empty
     * @return the chart, never null
     */
    public static Chart barsAndLines(String title, String yAxis, List<String> categories, List<Series> series) {
        CategoryChart chart = categoryChart(title, yAxis, categories, series);
        for (int i = 1; i < series.size(); i++) {
            chart.getSeriesMap().get(series.get(i).name()).setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        }
        return new Chart(chart);
    }

    private static CategoryChart categoryChart(String title, String yAxis, List<String> categories, List<Series> series) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(yAxis, "yAxis");
        if (Objects.requireNonNull(categories, "categories").isEmpty() || Objects.requireNonNull(series, "series").isEmpty()) {
            throw new IllegalArgumentException("a chart needs at least one category and one series");
        }
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title).yAxisTitle(yAxis).build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setYAxisDecimalPattern("#,##0");
        chart.getStyler().setOverlapped(true);
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("series " + s.name() + " has " + s.values().size()
                        + " values; it needs one per category (" + categories.size() + ")");
            }
            chart.addSeries(s.name(), categories, s.values());
        }
        return chart;
    }

    /**
     * A heat map of counts, e.g. risks by likelihood (x) and impact (y).
     *
     * @param title   the chart's title, not null
     * @param xLabels the column labels, e.g. likelihood levels, not empty
     * @param yLabels the row labels, e.g. impact levels, not empty
     * @param counts  {@code counts[x][y]}, one row per x label, one column per y label, not null
     * @return the chart, never null
     */
    public static Chart heatMap(String title, List<String> xLabels, List<String> yLabels, int[][] counts) {
        Objects.requireNonNull(title, "title");
        if (counts.length != xLabels.size()) {
            throw new IllegalArgumentException("counts has " + counts.length + " columns; it needs " + xLabels.size());
        }
        HeatMapChart chart = new HeatMapChartBuilder().width(WIDTH).height(HEIGHT).title(title).build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setShowValue(true);
        chart.getStyler().setRangeColors(new Color[] {new Color(0xF4, 0xF8, 0xF0), new Color(0xFF, 0xC0, 0x40), new Color(0xC0, 0x20, 0x20)});
        List<Number[]> cells = new ArrayList<>();
        for (int x = 0; x < counts.length; x++) {
            if (counts[x].length != yLabels.size()) {
                throw new IllegalArgumentException("counts[" + x + "] has " + counts[x].length + " values; it needs " + yLabels.size());
            }
            for (int y = 0; y < counts[x].length; y++) {
                cells.add(new Number[] {x, y, counts[x][y]});
            }
        }
        chart.addSeries("count", xLabels, yLabels, cells);
        return new Chart(chart);
    }

    /** How many areas a funnel plot labels all of; beyond this only the highlighted ones. */
    public static final int LABEL_ALL_UP_TO = 20;

    /** The colour of each position: above the limits in reds, below them in blues, within in grey. */
    static Color colour(FunnelPosition position) {
        return switch (position) {
            case ABOVE_99_8 -> new Color(0xB0, 0x10, 0x10);
            case ABOVE_95 -> new Color(0xF0, 0x70, 0x50);
            case WITHIN_95 -> new Color(0x70, 0x70, 0x70);
            case BELOW_95 -> new Color(0x50, 0x90, 0xE0);
            case BELOW_99_8 -> new Color(0x10, 0x30, 0xA0);
        };
    }

    /**
     * A funnel plot of {@link FunnelChart}'s data, as {@link #funnel(String, String, String, FunnelChart, Set)}
     * with no area highlighted.
     *
     * @param title  the chart's title, not null
     * @param xAxis  the x axis title, not null
     * @param yAxis  the y axis title, not null
     * @param funnel the funnel's data from {@code Funnel.chart}, not null
     * @return the chart, never null
     */
    public static Chart funnel(String title, String xAxis, String yAxis, FunnelChart funnel) {
        return funnel(title, xAxis, yAxis, funnel, Set.of());
    }

    /**
     * A funnel plot of {@link FunnelChart}'s data, drawing only what the library computed: the centre
     * line (the target), the 95% and 99.8% limit curves against a logarithmic denominator axis whose
     * range runs from a power of ten to a power of ten (so it always has labelled ticks, {@code 1,000},
     * {@code 10,000}), and the areas as points, one series per {@link FunnelPosition} that occurs, above
     * the limits in reds and below them in blues. Every area is labelled with its name when there are
     * at most {@value #LABEL_ALL_UP_TO}, else the highlighted ones; the legend sits right of the plot,
     * inside the image.
     *
     * @param title     the chart's title, e.g. {@code Illustrative areas on a proportion funnel around 92.2%}, not null
     * @param xAxis     the x axis title, e.g. {@code people discharged}, not null
     * @param yAxis     the y axis title, e.g. {@code %}, not null
     * @param funnel    the funnel's data from {@code Funnel.chart}, not null
     * @param highlight the areas to label whatever their number, not null
     * @return the chart, never null
     */
    public static Chart funnel(String title, String xAxis, String yAxis, FunnelChart funnel, Set<String> highlight) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(xAxis, "xAxis");
        Objects.requireNonNull(yAxis, "yAxis");
        Objects.requireNonNull(funnel, "funnel");
        Objects.requireNonNull(highlight, "highlight");
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT + 120).title(title).xAxisTitle(xAxis)
                .yAxisTitle(yAxis).build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Vertical);
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setXAxisDecimalPattern("#,##0.##");
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        chart.getStyler().setAnnotationTextFontColor(Color.BLACK);
        List<Double> x = funnel.curve().stream().map(FunnelLimits::denominator).toList();
        double low = x.stream().mapToDouble(Double::doubleValue).min().orElse(1);
        double high = x.stream().mapToDouble(Double::doubleValue).max().orElse(10);
        for (PlottedPoint p : funnel.points()) {
            low = Math.min(low, p.point().denominator());
            high = Math.max(high, p.point().denominator());
        }
        double[] decades = decades(low, high);
        chart.getStyler().setXAxisMin(decades[0]);
        chart.getStyler().setXAxisMax(decades[1]);
        line(chart, "Target (centre line)", x, x.stream().map(d -> funnel.target()).toList(), Color.BLACK, SeriesLines.SOLID);
        Color amber = new Color(0xE0, 0x90, 0x20);
        Color red = new Color(0xC0, 0x20, 0x20);
        line(chart, "95% limits", x, funnel.curve().stream().map(FunnelLimits::upper95).toList(), amber, SeriesLines.DASH_DASH);
        line(chart, " ", x, funnel.curve().stream().map(FunnelLimits::lower95).toList(), amber, SeriesLines.DASH_DASH)
                .setShowInLegend(false);
        line(chart, "99.8% limits", x, funnel.curve().stream().map(FunnelLimits::upper998).toList(), red, SeriesLines.DOT_DOT);
        line(chart, "  ", x, funnel.curve().stream().map(FunnelLimits::lower998).toList(), red, SeriesLines.DOT_DOT)
                .setShowInLegend(false);
        for (FunnelPosition position : FunnelPosition.values()) {
            List<PlottedPoint> points = funnel.points().stream().filter(p -> p.position() == position).toList();
            if (points.isEmpty()) {
                continue;
            }
            XYSeries series = chart.addSeries(position.label(), points.stream().map(p -> p.point().denominator()).toList(),
                    points.stream().map(PlottedPoint::value).toList());
            series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            series.setMarker(SeriesMarkers.CIRCLE);
            series.setMarkerColor(colour(position));
        }
        boolean all = funnel.points().size() <= LABEL_ALL_UP_TO;
        double top = funnel.curve().stream().mapToDouble(FunnelLimits::upper998).filter(Double::isFinite).max().orElse(1);
        double bottom = funnel.curve().stream().mapToDouble(FunnelLimits::lower998).filter(Double::isFinite).min().orElse(0);
        double lift = (top - bottom) * 0.03;
        for (PlottedPoint p : funnel.points()) {
            if (all || highlight.contains(p.point().area())) {
                // the name just above its point
                chart.addAnnotation(new AnnotationText(p.point().area(), p.point().denominator(), p.value() + lift, false));
            }
        }
        return new Chart(chart);
    }

    /** The powers of ten at or below {@code low} and at or above {@code high} (a decade apart at least). */
    static double[] decades(double low, double high) {
        double from = Math.pow(10, Math.floor(Math.log10(Math.max(low, Double.MIN_NORMAL))));
        double to = Math.pow(10, Math.ceil(Math.log10(Math.max(high, Double.MIN_NORMAL))));
        if (to <= from) {
            to = from * 10;
        }
        return new double[] {from, to};
    }

    private static XYSeries line(XYChart chart, String name, List<Double> x, List<Double> y, Color colour,
                                 java.awt.BasicStroke stroke) {
        XYSeries series = chart.addSeries(name, x, y);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(colour);
        series.setLineStyle(stroke);
        return series;
    }

    /**
     * Writes a chart as a PNG file, replacing any file there: completely or not at all (a temporary
     * file beside it, renamed into place), as {@code --output} writes results; a device or pipe is
     * written straight through, never replaced ({@link org.openbcf.examples.io.OutputFile}).
     *
     * @param chart the chart, not null
     * @param file  the file, e.g. {@code charts/admissions.png}, not null
     * @return the file, never null
     * @throws org.openbcf.examples.io.OutputFailedException when the file cannot be written
     */
    public static Path writePng(Chart chart, Path file) {
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(file, "file");
        org.openbcf.examples.io.OutputFile.of(file).write(out -> BitmapEncoder.saveBitmap(chart.drawing(), out, BitmapEncoder.BitmapFormat.PNG));
        return file;
    }

    /**
     * One named series of values, e.g. {@code Series.of("Baseline", List.of(22905, 23320, 23029, 23835))}.
     *
     * @param name   the series' name in the legend, not blank
     * @param values the values, one per category, not null; a null value is a category with no figure (a gap)
     */
    public record Series(String name, List<? extends Number> values) {

        /**
         * Checks and copies the components.
         *
         * @param name   the name
         * @param values the values
         */
        public Series {
            Objects.requireNonNull(name, "name");
            values = java.util.Collections.unmodifiableList(new ArrayList<>(Objects.requireNonNull(values, "values")));
        }

        /**
         * A series.
         *
         * @param name   the name, not blank
         * @param values the values, not null
         * @return the series, never null
         */
        public static Series of(String name, List<? extends Number> values) {
            return new Series(name, values);
        }
    }
}

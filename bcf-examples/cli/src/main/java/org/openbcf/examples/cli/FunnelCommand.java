package org.openbcf.examples.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.openbcf.examples.chart.Charts;
import org.openbcf.examples.io.BadInputException;
import org.openbcf.examples.io.CsvInput;
import org.openbcf.examples.io.Figure;
import org.openbcf.examples.io.RecordWriter;
import org.openbcf.examples.io.InputFile;
import org.openbcf.examples.io.Row;
import org.openbcf.examples.io.Schema;
import org.openbcf.metrics.funnel.Funnel;
import org.openbcf.metrics.funnel.FunnelChart;
import org.openbcf.metrics.funnel.FunnelLimits;
import org.openbcf.metrics.funnel.FunnelPoint;
import org.openbcf.metrics.funnel.FunnelStatistic;
import org.openbcf.metrics.funnel.PlottedPoint;
import org.openbcf.metrics.stats.Rates;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bcf funnel --statistic proportion --target 92.2% areas.csv}: funnel plot control limits at
 * 95% and 99.8% around a target ({@link Funnel}) at each area's denominator, and the area's position
 * against them; with {@code --chart FILE.png} also the funnel plot (XChart, drawing
 * {@link FunnelChart}'s data).
 *
 * <p>Input {@code area,numerator,denominator} (people for a proportion, observed and expected counts
 * for a ratio, events and population for a crude rate), or for a DSR {@code area,count,value} (the
 * DSR's total count and its value on the multiplier's scale, plotted at the equivalent population;
 * fewer than 10 events is not plotted). Output
 * {@code area,numerator,denominator,value,lower_95,upper_95,lower_99_8,upper_99_8,position,note}.
 *
 * @since 0.1.0
 */
@Command(name = "funnel", mixinStandardHelpOptions = true,
        description = {"Funnel plot limits at 95%% and 99.8%% around a target, and each area's position.",
            "The limits are at each area's denominator; the position is above 99.8%%, above 95%%, within 95%%, below 95%% or below 99.8%%. --chart also draws the plot.",
            "FILE columns area,numerator,denominator (proportion: people; ratio: observed and expected; crude-rate: events and population), or for dsr area,count,value (total events and the DSR, plotted at the equivalent population count x multiplier / value; fewer than 10 events is not plotted).",
            "Output: area,numerator,denominator,value,",
            "lower_95,upper_95,lower_99_8,upper_99_8,position,note."},
        footerHeading = "%nExample:%n",
        footer = "  bcf funnel --statistic proportion --target 92.2%% --chart funnel.png areas.csv")
public final class FunnelCommand extends Subcommand {

    /** The columns of the input. */
    static final Schema SCHEMA = Schema.of("area").optional("numerator", "denominator", "count", "value");

    /** How many denominators the chart's limit curves are drawn at. */
    static final int CURVE_STEPS = 121;

    @Parameters(index = "0", paramLabel = "FILE", description = "CSV of areas, or - for standard input.")
    InputFile file;

    @Option(names = "--statistic", required = true, paramLabel = "proportion|ratio|crude-rate|dsr",
            description = "What the funnel plots.")
    FunnelStatistic statistic;

    @Option(names = "--target", paramLabel = "<target>",
            description = "The centre line: a proportion as a fraction or a percentage (0.922 or 92.2%%), a rate on "
                    + "the multiplier's scale (1933); a ratio funnel is always around 1 (the default for ratio).")
    String target;

    @Option(names = "--multiplier", paramLabel = "<scale>",
            description = "The display scale: default 1 for a proportion (100 for a percentage) and a ratio "
                    + "(100 for SMR-style figures), 100000 for a rate.")
    BigDecimal multiplier;

    @Option(names = "--chart", paramLabel = "FILE.png", description = "Also draw the funnel plot as a PNG file.")
    Path chart;

    @Option(names = "--title", paramLabel = "<title>",
            description = "The chart's title (default: the statistic, its centre line, the limits and the area type).")
    String title;

    @Option(names = "--highlight", paramLabel = "<area>",
            description = "An area to label on the chart (repeat for more); up to 20 areas are all labelled.")
    List<String> highlight;

    @Mixin
    FingertipsExport.Selection fingertips = new FingertipsExport.Selection();

    @Mixin
    OutputOptions output = new OutputOptions();

    @Override
    public Integer call() {
        FunnelStatistic kind = statistic;
        boolean rate = kind == FunnelStatistic.CRUDE_RATE || kind == FunnelStatistic.DSR;
        double scale = multiplier != null ? Options.multiplier(multiplier, "--multiplier") : rate ? Rates.PER_100_000 : 1;
        double centre = target(kind);
        Funnel funnel = Options.named(() -> funnel(kind, centre, scale));
        Streams streams = streams();
        fingertips.check();
        if (fingertips.fingertips) {
            return fingertips(streams, kind, funnel, scale);
        }
        try (CsvInput in = CsvInput.open(file, streams.in(), SCHEMA)) {
            List<String> needed = kind == FunnelStatistic.DSR ? List.of("count", "value") : List.of("numerator", "denominator");
            for (String column : SCHEMA.optional()) {
                if (in.has(column) && !needed.contains(column)) {
                    throw new BadInputException(in.source() + " row 1: column " + column + " is not read by a " + kind
                            + " funnel; expected area," + String.join(",", needed));
                }
            }
            for (String column : needed) {
                if (!in.has(column)) {
                    throw new BadInputException(in.source() + " row 1: missing column " + column + "; expected area,"
                            + String.join(",", needed) + " for a " + kind + " funnel");
                }
            }
            List<FunnelPoint> points = new ArrayList<>();
            try (Results results = new Results(streams, output, COLUMNS)) {
                for (Row row : in) {
                    FunnelPoint point = point(kind, row, scale);
                    if (point == null) {
                        results.row(notPlotted(row.required("area"), Options.statistic(row, "count", 0)));
                        continue;
                    }
                    write(results, funnel, kind, scale, point, points, row, needed.get(0));
                }
                return finish(results, funnel, kind, scale, points);
            }
        }
    }

    /** The output columns. */
    private static final List<String> COLUMNS = List.of("area", "numerator", "denominator", "value", "lower_95",
            "upper_95", "lower_99_8", "upper_99_8", "position", "note");

    /** Writes one area's row (and keeps its point for the chart). */
    private void write(Results results, Funnel funnel, FunnelStatistic kind, double scale, FunnelPoint point,
                       List<FunnelPoint> points, Row row, String column) {
        if (chart != null) {
            points.add(point);
        }
        if (!funnel.isPlotted(point)) {
            results.row(notPlotted(point.area(), point.numerator()));
            return;
        }
        PlottedPoint placed = row.at(column, () -> funnel.place(point));
        FunnelLimits limits = placed.limits();
        int places = published(kind).places(scale);
        results.row(java.util.Arrays.asList(point.area(), point.numerator(),
                Figure.of(point.denominator(), kind == FunnelStatistic.RATIO ? 2 : 0),
                Figure.of(placed.value(), places), Figure.of(limits.lower95(), places),
                Figure.of(limits.upper95(), places), Figure.of(limits.lower998(), places),
                Figure.of(limits.upper998(), places), placed.position().label(), ""));
    }

    /** Draws the chart when asked, and commits the results. */
    private int finish(Results results, Funnel funnel, FunnelStatistic kind, double scale, List<FunnelPoint> points) {
        if (chart != null) {
            FunnelChart data = Options.named(() -> funnel.chart(points, CURVE_STEPS));
            Charts.writePng(Charts.funnel(title != null ? title : title(kind, funnel, scale), xAxis(kind),
                    "value (multiplier " + BigDecimal.valueOf(scale).stripTrailingZeros().toPlainString() + ")",
                    data, highlight == null ? java.util.Set.of() : java.util.Set.copyOf(highlight)), chart);
        }
        return results.commit();
    }

    /**
     * A Fingertips export: each area's Count and Denominator (for a DSR, its Count and Value), named by
     * its Area Name; an area without them is not plotted, with the reason.
     */
    private int fingertips(Streams streams, FunnelStatistic kind, Funnel funnel, double scale) {
        FingertipsExport.Picked picked = FingertipsExport.read(file, streams.in(), fingertips);
        List<FunnelPoint> points = new ArrayList<>();
        try (Results results = new Results(streams, output, COLUMNS)) {
            for (FingertipsExport.Area area : picked.areas()) {
                String name = area.name().isEmpty() ? area.code() : area.name();
                BigDecimal second = kind == FunnelStatistic.DSR ? area.value() : area.denominator();
                if (area.count() == null || second == null) {
                    results.row(java.util.Arrays.asList(name, area.count() == null ? null : whole(area, area.count()),
                            null, null, null, null, null, null, null, "not plotted: no count or "
                                    + (kind == FunnelStatistic.DSR ? "value" : "denominator")
                                    + (area.note().isEmpty() ? "" : " (" + area.note() + ")")));
                    continue;
                }
                long count = whole(area, area.count());
                if (kind == FunnelStatistic.DSR && count < Funnel.DSR_MINIMUM_COUNT) {
                    results.row(notPlotted(name, count));
                    continue;
                }
                Row row = area.row();
                FunnelPoint point = kind == FunnelStatistic.DSR
                        ? row.at("value", () -> FunnelPoint.dsr(name, count, second.doubleValue(), scale))
                        : row.at("denominator", () -> FunnelPoint.of(name, count, second.doubleValue()));
                write(results, funnel, kind, scale, point, points, row, "count");
            }
            return finish(results, funnel, kind, scale, points);
        }
    }

    /** The export's Count as a whole number (Fingertips prints counts such as 4500 or 4500.0). */
    private static long whole(FingertipsExport.Area area, BigDecimal count) {
        try {
            long value = count.stripTrailingZeros().longValueExact();
            return org.openbcf.core.internal.Checks.inRange(value, 0,
                    org.openbcf.metrics.stats.StatisticsLimits.MAX_COUNT, "count");
        } catch (ArithmeticException e) {
            throw area.row().error("count", "count (" + count.toPlainString() + ") must be a whole number");
        } catch (IllegalArgumentException e) {
            throw area.row().error("count", e.getMessage());
        }
    }

    /** The funnel; a target the library refuses is named as the user gave it ({@code --target ('192.2%'): ...}). */
    private Funnel funnel(FunnelStatistic kind, double centre, double scale) {
        try {
            return Funnel.of(kind, centre, scale);
        } catch (IllegalArgumentException e) {
            if (target != null && e.getMessage() != null && e.getMessage().startsWith("target")) {
                throw new IllegalArgumentException("--target (" + Row.quote(target.strip()) + "): " + e.getMessage(), e);
            }
            throw e;
        }
    }

    private double target(FunnelStatistic kind) {
        if (target == null) {
            if (kind == FunnelStatistic.RATIO) {
                return 1.0;
            }
            throw new BadInputException("give --target, the centre line of the " + kind + " funnel");
        }
        if (kind == FunnelStatistic.PROPORTION && target.strip().endsWith("%")) {
            return Options.percent(target, "--target").movePointLeft(2).doubleValue();
        }
        return Options.decimal(target, "--target").doubleValue();
    }

    /** The area as a point, or null for a DSR row whose count is too small to have a value. */
    private static FunnelPoint point(FunnelStatistic kind, Row row, double scale) {
        String area = row.required("area");
        if (kind == FunnelStatistic.DSR) {
            long count = Options.statistic(row, "count", 0);
            if (count < Funnel.DSR_MINIMUM_COUNT && (row.optional("value").isEmpty() || count == 0)) {
                // a DSR of 0 events (value 0, or none) has no equivalent population: not plotted, with its reason
                return null;
            }
            double value = row.decimal("value").doubleValue();
            return row.at("value", () -> FunnelPoint.dsr(area, count, value, scale));
        }
        long numerator = Options.statistic(row, "numerator", 0);
        double denominator = row.decimal("denominator").doubleValue();
        return row.at("denominator", () -> FunnelPoint.of(area, numerator, denominator));
    }

    private static List<Object> notPlotted(String area, long count) {
        return java.util.Arrays.asList(area, count, null, null, null, null, null, null, null,
                "not plotted: fewer than " + Funnel.DSR_MINIMUM_COUNT + " events"
                        + (count == 0 ? " (0 events: a DSR of 0 has no equivalent population)" : ""));
    }

    /**
     * The chart's default title, naming the statistic, its centre line, the limits' levels and (from a
     * Fingertips export) the indicator, area type and period, e.g. {@code Crude rate per 100,000 funnel
     * around 1,933: 95% and 99.8% limits; Counties & UAs (from Apr 2023), 2022/23}.
     */
    String title(FunnelStatistic kind, Funnel funnel, double scale) {
        String statistic = switch (kind) {
            case PROPORTION -> scale == 100 ? "Percentage" : "Proportion";
            case RATIO -> "Ratio";
            case CRUDE_RATE -> "Crude rate";
            case DSR -> "Directly standardised rate";
        };
        String per = kind == FunnelStatistic.CRUDE_RATE || kind == FunnelStatistic.DSR
                ? " per " + Figure.count((long) scale).forPeople() : kind == FunnelStatistic.RATIO && scale != 1 ? " x "
                + Figure.count((long) scale).forPeople() : "";
        String centre = RecordWriter.forPeople(Figure.of(funnel.target(),
                published(kind).places(scale)));
        String unit = kind == FunnelStatistic.PROPORTION && scale == 100 ? "%" : "";
        StringBuilder text = new StringBuilder(statistic + per + " funnel around " + centre + unit + ": 95% and 99.8% limits");
        List<String> level = new ArrayList<>();
        for (String part : new String[] {fingertips.indicator, fingertips.areaType, fingertips.sex, fingertips.age,
            fingertips.period}) {
            if (part != null) {
                level.add(part);
            }
        }
        if (!level.isEmpty()) {
            text.append("; ").append(String.join(", ", level));
        }
        return text.toString();
    }

    /** The kind of figure the funnel plots, for the places a table shows. */
    private static Options.Published published(FunnelStatistic kind) {
        return switch (kind) {
            case PROPORTION -> Options.Published.PROPORTION;
            case RATIO -> Options.Published.RATIO;
            case CRUDE_RATE, DSR -> Options.Published.RATE;
        };
    }

    private static String xAxis(FunnelStatistic kind) {
        return switch (kind) {
            case PROPORTION -> "denominator";
            case RATIO -> "expected count";
            case CRUDE_RATE -> "population";
            case DSR -> "equivalent population (count x multiplier / DSR)";
        };
    }
}

package org.openbcf.examples.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.openbcf.core.internal.Checks;
import org.openbcf.examples.chart.Charts;
import org.openbcf.examples.io.BadInputException;
import org.openbcf.examples.io.CsvInput;
import org.openbcf.examples.io.Figure;
import org.openbcf.examples.io.RecordWriter;
import org.openbcf.examples.io.Row;
import org.openbcf.examples.io.Schema;
import org.openbcf.metrics.funnel.Funnel;
import org.openbcf.metrics.funnel.FunnelChart;
import org.openbcf.metrics.funnel.FunnelLimits;
import org.openbcf.metrics.funnel.FunnelPoint;
import org.openbcf.metrics.funnel.FunnelStatistic;
import org.openbcf.metrics.funnel.PlottedPoint;
import org.openbcf.metrics.stats.Rates;
import org.openbcf.metrics.stats.StatisticsLimits;

/**
 * {@code bcf funnel}: funnel plot control limits at 95% and 99.8% around a target at each area's
 * denominator and the area's position against them, computed by {@link Funnel#place(FunnelPoint)}
 * for the funnel {@link Funnel#of(FunnelStatistic, double, double)}; with {@code --chart} also the
 * plot of {@link Funnel#chart(List, int)}'s data, drawn by {@link Charts#funnel}. The areas are a row
 * each of a file or those picked from a Fingertips export ({@link FingertipsExport}); an area the
 * funnel does not plot (a DSR of fewer than {@link Funnel#DSR_MINIMUM_COUNT} events) is a row with
 * the reason in {@code note}.
 */
final class FunnelPlots {

    /** The columns of the input. */
    static final Schema SCHEMA = Schema.of("area").optional("numerator", "denominator", "count", "value");

    /** How many denominators the chart's limit curves are drawn at. */
    static final int CURVE_STEPS = 121;

    /** The output columns. */
    private static final List<String> COLUMNS = List.of("area", "numerator", "denominator", "value", "lower_95",
            "upper_95", "lower_99_8", "upper_99_8", "position", "note");

    private FunnelPlots() {
    }

    /**
     * Runs {@code bcf funnel}.
     *
     * @param command the command's options
     * @return the exit code
     */
    static int run(FunnelCommand command) {
        FunnelStatistic kind = command.statistic;
        boolean rate = kind == FunnelStatistic.CRUDE_RATE || kind == FunnelStatistic.DSR;
        double scale = command.multiplier != null ? Options.multiplier(command.multiplier, "--multiplier")
                : rate ? Rates.PER_100_000 : 1;
        double centre = target(command.target, kind);
        Funnel funnel = Options.named(() -> funnel(command.target, kind, centre, scale));
        Streams streams = command.streams();
        command.fingertips.check();
        if (command.fingertips.fingertips) {
            return fingertips(command, streams, kind, funnel, scale);
        }
        try (CsvInput in = CsvInput.open(command.file, streams.in(), SCHEMA)) {
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
            try (Results results = new Results(streams, command.output, COLUMNS)) {
                for (Row row : in) {
                    FunnelPoint point = point(kind, row, scale);
                    if (point == null) {
                        results.row(notPlotted(row.required("area"), Options.statistic(row, "count", 0)));
                        continue;
                    }
                    write(command, results, funnel, kind, scale, point, points, row, needed.get(0));
                }
                return finish(command, results, funnel, kind, scale, points);
            }
        }
    }

    /** Writes one area's row (and keeps its point for the chart). */
    private static void write(FunnelCommand command, Results results, Funnel funnel, FunnelStatistic kind, double scale,
                              FunnelPoint point, List<FunnelPoint> points, Row row, String column) {
        if (command.chart != null) {
            points.add(point);
        }
        if (!funnel.isPlotted(point)) {
            results.row(notPlotted(point.area(), point.numerator()));
            return;
        }
        PlottedPoint placed = row.at(column, () -> funnel.place(point));
        FunnelLimits limits = placed.limits();
        int places = published(kind).places(scale);
        results.row(Arrays.asList(point.area(), point.numerator(),
                Figure.of(point.denominator(), kind == FunnelStatistic.RATIO ? 2 : 0),
                Figure.of(placed.value(), places), Figure.of(limits.lower95(), places),
                Figure.of(limits.upper95(), places), Figure.of(limits.lower998(), places),
                Figure.of(limits.upper998(), places), placed.position().label(), ""));
    }

    /** Draws the chart when asked, and commits the results. */
    private static int finish(FunnelCommand command, Results results, Funnel funnel, FunnelStatistic kind, double scale,
                              List<FunnelPoint> points) {
        if (command.chart != null) {
            FunnelChart data = Options.named(() -> funnel.chart(points, CURVE_STEPS));
            Charts.writePng(Charts.funnel(command.title != null ? command.title : title(command, kind, funnel, scale),
                    xAxis(kind), "value (multiplier " + BigDecimal.valueOf(scale).stripTrailingZeros().toPlainString() + ")",
                    data, command.highlight == null ? Set.of() : Set.copyOf(command.highlight)), command.chart);
        }
        return results.commit();
    }

    /**
     * A Fingertips export: each area's Count and Denominator (for a DSR, its Count and Value), named by
     * its Area Name; an area without them is not plotted, with the reason.
     */
    private static int fingertips(FunnelCommand command, Streams streams, FunnelStatistic kind, Funnel funnel,
                                  double scale) {
        FingertipsExport.Picked picked = FingertipsExport.read(command.file, streams.in(), command.fingertips);
        List<FunnelPoint> points = new ArrayList<>();
        try (Results results = new Results(streams, command.output, COLUMNS)) {
            for (FingertipsExport.Area area : picked.areas()) {
                String name = area.name().isEmpty() ? area.code() : area.name();
                BigDecimal second = kind == FunnelStatistic.DSR ? area.value() : area.denominator();
                if (area.count() == null || second == null) {
                    results.row(Arrays.asList(name, area.count() == null ? null : whole(area, area.count()),
                            null, null, null, null, null, null, null, "not plotted: no count or "
                                    + (kind == FunnelStatistic.DSR ? "value" : "denominator")
                                    + (area.note().isEmpty() ? "" : " (" + area.note() + ")")));
                    continue;
                }
                long count = whole(area, area.count());
                if (!Funnel.isPlotted(kind, count)) {
                    results.row(notPlotted(name, count));
                    continue;
                }
                Row row = area.row();
                FunnelPoint point = kind == FunnelStatistic.DSR
                        ? row.at("value", () -> FunnelPoint.dsr(name, count, second.doubleValue(), scale))
                        : row.at("denominator", () -> FunnelPoint.of(name, count, second.doubleValue()));
                write(command, results, funnel, kind, scale, point, points, row, "count");
            }
            return finish(command, results, funnel, kind, scale, points);
        }
    }

    /** The export's Count as a whole number (Fingertips prints counts such as 4500 or 4500.0). */
    private static long whole(FingertipsExport.Area area, BigDecimal count) {
        try {
            long value = count.stripTrailingZeros().longValueExact();
            return Checks.inRange(value, 0, StatisticsLimits.MAX_COUNT, "count");
        } catch (ArithmeticException e) {
            throw area.row().error("count", "count (" + count.toPlainString() + ") must be a whole number");
        } catch (IllegalArgumentException e) {
            throw area.row().error("count", e.getMessage());
        }
    }

    /** The funnel; a target the library refuses is named as the user gave it ({@code --target ('192.2%'): ...}). */
    private static Funnel funnel(String target, FunnelStatistic kind, double centre, double scale) {
        try {
            return Funnel.of(kind, centre, scale);
        } catch (IllegalArgumentException e) {
            if (target != null && e.getMessage() != null && e.getMessage().startsWith("target")) {
                throw new IllegalArgumentException("--target (" + Row.quote(target.strip()) + "): " + e.getMessage(), e);
            }
            throw e;
        }
    }

    private static double target(String target, FunnelStatistic kind) {
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
            if (!Funnel.isPlotted(kind, count) && (row.optional("value").isEmpty() || count == 0)) {
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
        return Arrays.asList(area, count, null, null, null, null, null, null, null,
                "not plotted: fewer than " + Funnel.DSR_MINIMUM_COUNT + " events"
                        + (count == 0 ? " (0 events: a DSR of 0 has no equivalent population)" : ""));
    }

    /**
     * The chart's default title, naming the statistic, its centre line, the limits' levels and (from a
     * Fingertips export) the indicator, area type and period, e.g. {@code Crude rate per 100,000 funnel
     * around 1,933: 95% and 99.8% limits; Counties & UAs (from Apr 2023), 2022/23}.
     */
    static String title(FunnelCommand command, FunnelStatistic kind, Funnel funnel, double scale) {
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
        FingertipsExport.Selection fingertips = command.fingertips;
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

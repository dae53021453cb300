package org.openbcf.examples.cli;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Severity;
import org.openbcf.examples.io.CaseGroups;
import org.openbcf.examples.io.CsvInput;
import org.openbcf.examples.io.Figure;
import org.openbcf.examples.io.InputFile;
import org.openbcf.examples.io.Row;
import org.openbcf.examples.io.Schema;
import org.openbcf.metrics.discharge.DelayMeasures;
import org.openbcf.metrics.discharge.DelayReport;
import org.openbcf.metrics.discharge.DischargeDelays;
import org.openbcf.metrics.discharge.DischargeMonth;
import org.openbcf.metrics.stats.ConfidenceLevel;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bcf delays drd.csv}: the discharge-ready-date measures of 2024-25 onwards
 * ({@link DischargeDelays}) from a CSV of months, one row per month and a year-to-date row after the
 * last month of each financial year in the file: the percentage discharged on the ready date with its
 * Wilson interval, the average delay per discharge (NHS England's "including 0-day delays") and per
 * delayed discharge ("excluding 0-day delays").
 *
 * <p>A month whose figures do not add up ({@code R-DRD-1}) or has no discharges ({@code R-DRD-3})
 * gives its finding (exit 1) and a row with empty measures and a {@code note}, and so does the year to
 * date it belongs to: never a silent number. Bed days outside what the bands imply ({@code R-DRD-2})
 * is a warning; the measures stay.
 *
 * @since 0.1.0
 */
@Command(name = "delays", mixinStandardHelpOptions = true,
        description = {"Discharge ready date measures (2024-25 onwards) per month and year to date.",
            "The measures are the percentage discharged on the ready date with its Wilson interval, and the average delay per discharge and per delayed discharge.",
            "FILE columns: month (e.g. 2024-04), discharges, on_ready_date, delayed_1, delayed_2_3, delayed_4_6, delayed_7_13, delayed_14_20, delayed_21_plus, bed_days_lost, optionally case (each case's months on consecutive rows). Months are consecutive; a year-to-date row follows the last month of each financial year (April to March). A month that does not add up is a finding (exit 1) and its measures are empty, with the reason in note."},
        footerHeading = "%nExample:%n",
        footer = "  bcf delays --confidence 95%% --confidence 99.8%% drd-2024-25.csv")
public final class DelaysCommand extends Subcommand {

    /** The count columns, in the order of {@link DischargeMonth}'s components. */
    static final List<String> COUNTS = List.of("discharges", "on_ready_date", "delayed_1", "delayed_2_3", "delayed_4_6",
            "delayed_7_13", "delayed_14_20", "delayed_21_plus", "bed_days_lost");

    /** The columns of the input. */
    static final Schema SCHEMA = schema();

    /** The most months a case may have (a century). */
    static final int MAX_MONTHS = 1_200;

    @Parameters(index = "0", paramLabel = "FILE", description = "CSV of months, or - for standard input.")
    InputFile file;

    @Option(names = "--confidence", paramLabel = "<level>",
            description = "The level of the Wilson interval, e.g. 0.95 or 99.8%%; repeat for several side by side "
                    + "(default 95%%).")
    List<ConfidenceLevel> confidence;

    @Mixin
    OutputOptions output = new OutputOptions();

    private static Schema schema() {
        List<String> required = new ArrayList<>(List.of("month"));
        required.addAll(COUNTS);
        return new Schema(required, List.of("case"));
    }

    @Override
    public Integer call() {
        List<ConfidenceLevel> levels = Options.confidences(confidence);
        Streams streams = streams();
        try (CaseGroups cases = new CaseGroups(CsvInput.open(file, streams.in(), SCHEMA), MAX_MONTHS,
                "months")) {
            List<String> columns = new ArrayList<>();
            if (cases.batch()) {
                columns.add("case");
            }
            columns.addAll(List.of("period", "from", "to", "discharges", "on_ready_date", "bed_days_lost"));
            List<String> estimate = new ArrayList<>(Options.estimateColumns(levels));
            estimate.set(0, "percent_on_ready_date");
            columns.addAll(estimate);
            columns.addAll(List.of("average_delay_per_discharge", "average_delay_per_delayed_discharge", "note"));
            try (Results results = new Results(streams, output, columns)) {
                for (CaseGroups.Group group = cases.next(); group != null; group = cases.next()) {
                    String label = cases.batch() ? group.name() : null;
                    List<DischargeMonth> year = new ArrayList<>();
                    Row yearStart = null;
                    for (Row row : group.rows()) {
                        DischargeMonth month = month(row);
                        if (!year.isEmpty()) {
                            YearMonth previous = year.get(year.size() - 1).month();
                            if (!month.month().equals(previous.plusMonths(1))) {
                                throw row.error("month", "month " + month.month() + " must follow " + previous
                                        + ": the months of a case are consecutive");
                            }
                            if (month.month().getMonth() == Month.APRIL) {
                                results.row(values(label, "year to date", year, levels, yearStart));
                                year.clear();
                            }
                        }
                        if (year.isEmpty()) {
                            yearStart = row;
                        }
                        year.add(month);
                        List<DelayReport> reports = new ArrayList<>();
                        for (ConfidenceLevel level : levels) {
                            reports.add(DischargeDelays.month(month, level));
                        }
                        results.findings(label, reports.get(0).findings());
                        results.row(values(label, "month", reports));
                    }
                    results.row(values(label, "year to date", year, levels, yearStart));
                }
                return results.commit();
            }
        }
    }

    private static List<Object> values(String label, String period, List<DischargeMonth> months,
                                       List<ConfidenceLevel> levels, Row first) {
        List<DelayReport> reports = new ArrayList<>();
        for (ConfidenceLevel level : levels) {
            reports.add(first.at("month", () -> DischargeDelays.yearToDate(months, level)));
        }
        return values(label, period, reports);
    }

    private static List<Object> values(String label, String period, List<DelayReport> reports) {
        DelayReport report = reports.get(0);
        List<Object> values = new ArrayList<>();
        if (label != null) {
            values.add(label);
        }
        values.addAll(List.of(period, report.from().toString(), report.to().toString()));
        if (report.measures().isEmpty()) {
            for (int i = 0; i < 6 + 2 * reports.size(); i++) {
                values.add(null);
            }
            values.add("not measured: " + report.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                    .map(Finding::ruleId).distinct().collect(Collectors.joining(", "))
                    + ("month".equals(period) ? "" : " in a month of the period"));
            return values;
        }
        DelayMeasures m = report.measures().orElseThrow();
        // a table shows percentages to 1 place and average days to 2 (Figure); CSV and JSON full precision
        values.addAll(List.of(m.discharges(), m.onReadyDate(), m.bedDaysLost(), Figure.of(m.percentOnReadyDate().value(), 1)));
        for (DelayReport r : reports) {
            values.add(Figure.of(r.measures().orElseThrow().percentOnReadyDate().lower(), 1));
            values.add(Figure.of(r.measures().orElseThrow().percentOnReadyDate().upper(), 1));
        }
        values.add(Figure.of(m.averageDelayPerDischarge(), 2));
        values.add(m.averageDelayPerDelayedDischarge().isPresent()
                ? Figure.of(m.averageDelayPerDelayedDischarge().getAsDouble(), 2) : null);
        values.add(m.averageDelayPerDelayedDischarge().isPresent() ? "" : "no delayed discharges");
        return values;
    }

    private static DischargeMonth month(Row row) {
        YearMonth month = row.get("month", t -> {
            try {
                return YearMonth.parse(t);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("month (" + Row.quote(t) + ") must be a year and month such as 2024-04",
                        e);
            }
        });
        long[] counts = new long[COUNTS.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = Options.count(row, COUNTS.get(i), 0);
        }
        return row.at("month", () -> new DischargeMonth(month, counts[0], counts[1], counts[2], counts[3], counts[4],
                counts[5], counts[6], counts[7], counts[8]));
    }
}

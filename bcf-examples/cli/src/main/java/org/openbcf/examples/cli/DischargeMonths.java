package org.openbcf.examples.cli;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Severity;
import org.openbcf.examples.io.Figure;
import org.openbcf.examples.io.Row;
import org.openbcf.examples.io.Schema;
import org.openbcf.metrics.discharge.DelayMeasures;
import org.openbcf.metrics.discharge.DelayReport;
import org.openbcf.metrics.discharge.DischargeDelays;
import org.openbcf.metrics.discharge.DischargeMonth;
import org.openbcf.metrics.stats.ConfidenceLevel;
import org.openbcf.review.FindingPlaces;

/**
 * {@code bcf delays}: the discharge-ready-date measures of each month, computed by
 * {@link DischargeDelays#month(DischargeMonth, ConfidenceLevel)}, and of each financial year to date
 * (a row after the last month of each year in the file), by
 * {@link DischargeDelays#yearToDate(List, ConfidenceLevel)}, at each confidence level of the Wilson
 * interval; a case is a run of consecutive months ({@link Cases#groups}). A month the library finds
 * does not add up gives its findings and a row with empty measures and a note.
 */
final class DischargeMonths {

    /** The count columns, in the order of {@link DischargeMonth}'s components. */
    static final List<String> COUNTS = List.of("discharges", "on_ready_date", "delayed_1", "delayed_2_3", "delayed_4_6",
            "delayed_7_13", "delayed_14_20", "delayed_21_plus", "bed_days_lost");

    /** The columns of the input. */
    static final Schema SCHEMA = schema();

    /** The most months a case may have (a century). */
    static final int MAX_MONTHS = 1_200;

    private DischargeMonths() {
    }

    private static Schema schema() {
        List<String> required = new ArrayList<>(List.of("month"));
        required.addAll(COUNTS);
        return new Schema(required, List.of("case"));
    }

    /**
     * Runs {@code bcf delays}.
     *
     * @param command the command's options
     * @return the exit code
     */
    static int run(DelaysCommand command) {
        List<ConfidenceLevel> levels = Options.confidences(command.confidence);
        List<String> columns = new ArrayList<>(List.of("period", "from", "to", "discharges", "on_ready_date",
                "bed_days_lost"));
        List<String> estimate = new ArrayList<>(Options.estimateColumns(levels));
        estimate.set(0, "percent_on_ready_date");
        columns.addAll(estimate);
        columns.addAll(List.of("average_delay_per_discharge", "average_delay_per_delayed_discharge", "note"));
        Cases.Groups groups = new Cases.Groups(columns, group -> months(group.rows(), levels));
        return Cases.groups(command.streams(), command.output, command.file, SCHEMA, MAX_MONTHS, "months", in -> groups);
    }

    /** A case's rows: a row a month, and a year-to-date row after the last month of each financial year. */
    private static Cases.Computed months(List<Row> rows, List<ConfidenceLevel> levels) {
        List<List<Object>> out = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<DischargeMonth> year = new ArrayList<>();
        Row yearStart = null;
        for (Row row : rows) {
            DischargeMonth month = month(row);
            if (!year.isEmpty()) {
                YearMonth previous = year.get(year.size() - 1).month();
                if (!month.month().equals(previous.plusMonths(1))) {
                    throw row.error("month", "month " + month.month() + " must follow " + previous
                            + ": the months of a case are consecutive");
                }
                if (month.month().getMonth() == Month.APRIL) {
                    out.add(values("year to date", year, levels, yearStart));
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
            // the library names a month's figures discharge.2024-04.discharges; the board acts on the row and column
            String path = "discharge." + month.month();
            Map<String, String> places = Map.of(path, row.where("month"), path + ".discharges", row.where("discharges"),
                    path + ".bedDaysLost", row.where("bed_days_lost"));
            findings.addAll(FindingPlaces.locate(reports.get(0).findings(), places));
            out.add(values("month", reports));
        }
        out.add(values("year to date", year, levels, yearStart));
        return new Cases.Computed(out, findings);
    }

    private static List<Object> values(String period, List<DischargeMonth> months, List<ConfidenceLevel> levels,
                                       Row first) {
        List<DelayReport> reports = new ArrayList<>();
        for (ConfidenceLevel level : levels) {
            reports.add(first.at("month", () -> DischargeDelays.yearToDate(months, level)));
        }
        return values(period, reports);
    }

    private static List<Object> values(String period, List<DelayReport> reports) {
        DelayReport report = reports.get(0);
        List<Object> values = new ArrayList<>(List.of(period, report.from().toString(), report.to().toString()));
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

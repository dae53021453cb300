package org.openbcf.examples.p4p;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.openbcf.core.internal.Checks;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.p4p.AdmissionsQuarter;
import org.openbcf.core.p4p.AdmissionsSeries;
import org.openbcf.core.p4p.PerformanceResult;
import org.openbcf.core.p4p.QuarterPayment;
import org.openbcf.core.time.FinancialQuarter;
import org.openbcf.examples.cli.BadInputException;

/**
 * The CSV contract of {@code bcf p4p}. Input: header {@code quarter,baseline,plan,actual} with an
 * optional fifth column {@code agreed_payment} (pounds, may be empty), one row per consecutive
 * quarter, quarters as {@code Q4 2014/15} or {@code Q4 14/15}. Output: {@link #OUTPUT_HEADER}, then
 * one row per quarter with counts as integers and money as {@code 354620.00}.
 *
 * <p>Rows are numbered as in a spreadsheet: the header is row 1. Every problem is a
 * {@link BadInputException} whose one-line message names the row and column. Stateless and thread-safe.
 */
public final class P4pCsv {

    /** The input columns, in order; {@code agreed_payment} is optional. */
    public static final List<String> INPUT_COLUMNS = List.of("quarter", "baseline", "plan", "actual", "agreed_payment");

    /** The output header, a contract: {@code quarter,planned_reduction,...,unreleased_funds}. */
    public static final String OUTPUT_HEADER = "quarter,planned_reduction,cumulative_planned_reduction,actual_reduction,"
            + "cumulative_actual_reduction,maximum_payment,suggested_payment,unreleased_funds";

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).setRecordSeparator('\n').get();

    private P4pCsv() {
    }

    /**
     * Reads a series.
     *
     * @param in     the CSV text, not null
     * @param source the file's name for messages, e.g. {@code p4p-2015-16.csv}, not null
     * @return the series, never null
     * @throws BadInputException naming the row and column of the first problem
     */
    public static AdmissionsSeries read(Reader in, String source) {
        Checks.notNull(in, "in");
        Checks.notNull(source, "source");
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(FORMAT).get()) {
            records = parser.getRecords();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            throw new BadInputException(source + ": not valid CSV: " + oneLine(cause.getMessage()), e);
        }
        if (records.isEmpty()) {
            throw new BadInputException(source + " is empty: expected the header " + String.join(",", INPUT_COLUMNS.subList(0, 4)));
        }
        int columns = header(records.get(0), source);
        if (records.size() == 1) {
            throw new BadInputException(source + " has no data rows after the header (row 1)");
        }
        List<AdmissionsQuarter> quarters = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            quarters.add(row(records.get(i), i + 1, columns, quarters, source));
        }
        return AdmissionsSeries.of(quarters);
    }

    private static int header(CSVRecord record, String source) {
        List<String> names = new ArrayList<>(record.toList());
        names.set(0, names.get(0).replace("\uFEFF", "").strip());
        for (int c = 0; c < names.size(); c++) {
            if (c >= INPUT_COLUMNS.size()) {
                throw new BadInputException(source + " row 1, column " + (c + 1) + ": unexpected column '" + names.get(c)
                        + "' (expected quarter,baseline,plan,actual[,agreed_payment])");
            }
            if (!INPUT_COLUMNS.get(c).equals(names.get(c))) {
                throw new BadInputException(source + " row 1, column " + (c + 1) + ": expected '" + INPUT_COLUMNS.get(c)
                        + "', found '" + names.get(c) + "' (expected quarter,baseline,plan,actual[,agreed_payment])");
            }
        }
        if (names.size() < 4) {
            throw new BadInputException(source + " row 1: missing column '" + INPUT_COLUMNS.get(names.size())
                    + "' (expected quarter,baseline,plan,actual[,agreed_payment])");
        }
        return names.size();
    }

    private static AdmissionsQuarter row(CSVRecord record, int row, int columns, List<AdmissionsQuarter> before,
                                         String source) {
        String at = source + " row " + row;
        if (record.size() < columns) {
            throw new BadInputException(at + ": missing column '" + INPUT_COLUMNS.get(record.size())
                    + "' (the header has " + columns + " columns, this row " + record.size() + ")");
        }
        if (record.size() > columns) {
            throw new BadInputException(at + ", column " + (columns + 1) + ": extra value '" + record.get(columns)
                    + "' (the header has " + columns + " columns)");
        }
        FinancialQuarter quarter;
        try {
            quarter = FinancialQuarter.parse(record.get(0));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(at + ", column quarter: " + e.getMessage(), e);
        }
        if (!before.isEmpty()) {
            FinancialQuarter previous = before.get(before.size() - 1).quarter();
            for (int i = 0; i < before.size(); i++) {
                if (before.get(i).quarter().equals(quarter)) {
                    throw new BadInputException(at + ", column quarter: " + quarter + " is repeated (already on row "
                            + (i + 2) + ")");
                }
            }
            if (previous.quartersUntil(quarter) != 1) {
                throw new BadInputException(at + ", column quarter: " + quarter + " does not follow " + previous
                        + " (row " + (row - 1) + "); quarters must be consecutive");
            }
        }
        long baseline = count(record, 1, quarter, at);
        long plan = count(record, 2, quarter, at);
        long actual = count(record, 3, quarter, at);
        AdmissionsQuarter figures = AdmissionsQuarter.of(quarter, baseline, plan, actual);
        if (columns == 5 && !record.get(4).isEmpty()) {
            try {
                figures = figures.withAgreedPayment(Gbp.parse(record.get(4)));
            } catch (IllegalArgumentException e) {
                throw new BadInputException(at + ", column agreed_payment: " + e.getMessage(), e);
            }
        }
        return figures;
    }

    private static long count(CSVRecord record, int column, FinancialQuarter quarter, String at) {
        String name = INPUT_COLUMNS.get(column);
        String text = record.get(column);
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new BadInputException(at + ", column " + name + ": '" + text + "' is not a whole number", e);
        }
        try {
            return Checks.inRange(value, 0, AdmissionsQuarter.MAX_COUNT, name + " for " + quarter);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(at + ", column " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the result: {@link #OUTPUT_HEADER}, then one row per quarter in order, lines ending {@code \n}.
     *
     * @param result the result, not null
     * @param out    where to write, not null
     * @throws UncheckedIOException when writing fails
     */
    public static void write(PerformanceResult result, Appendable out) {
        Checks.notNull(result, "result");
        Checks.notNull(out, "out");
        try {
            out.append(OUTPUT_HEADER).append('\n');
            CSVPrinter printer = new CSVPrinter(out, FORMAT);
            for (QuarterPayment q : result.quarters()) {
                printer.printRecord(q.quarter(), q.plannedReduction(), q.cumulativePlannedReduction(), q.actualReduction(),
                        q.cumulativeActualReduction(), Gbp.formatPlain(q.maximumPayment()),
                        Gbp.formatPlain(q.suggestedPayment()), Gbp.formatPlain(q.unreleasedFunds()));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String oneLine(String message) {
        return message == null ? "unreadable" : message.replace('\n', ' ').replace('\r', ' ');
    }
}

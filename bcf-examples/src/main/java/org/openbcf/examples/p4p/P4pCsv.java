package org.openbcf.examples.p4p;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.openbcf.examples.cli.CsvSafety;

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

    /** The optional first column that names a case of a batch. */
    public static final String CASE_COLUMN = "case";

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
     * @throws BadInputException naming the row and column of the first problem, or when the input
     *                           has a {@code case} column (use {@link #readCases(Reader, String)})
     */
    public static AdmissionsSeries read(Reader in, String source) {
        Input input = readCases(in, source);
        if (input.caseColumn()) {
            throw new BadInputException(source + " row 1, column 1: a 'case' column needs readCases");
        }
        return input.cases().get(0).series();
    }

    /**
     * Reads one series, or several when the first column is {@code case}: rows are grouped by case
     * (in the order cases first appear) and each case's quarters must be consecutive on their own.
     *
     * @param in     the CSV text, not null
     * @param source the file's name for messages, not null
     * @return the cases, never null, at least one
     * @throws BadInputException naming the row and column of the first problem
     */
    public static Input readCases(Reader in, String source) {
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
        boolean caseColumn = firstName(records.get(0)).equals(CASE_COLUMN);
        int offset = caseColumn ? 1 : 0;
        int columns = header(records.get(0), offset, source);
        if (records.size() == 1) {
            throw new BadInputException(source + " has no data rows after the header (row 1)");
        }
        Map<String, List<AdmissionsQuarter>> quarters = new LinkedHashMap<>();
        Map<String, List<Integer>> rows = new HashMap<>();
        for (int i = 1; i < records.size(); i++) {
            CSVRecord record = records.get(i);
            String name = "";
            if (caseColumn) {
                name = record.get(0);
                if (name.isBlank()) {
                    throw new BadInputException(source + " row " + (i + 1) + ", column case: the case name is empty");
                }
            }
            List<AdmissionsQuarter> before = quarters.computeIfAbsent(name, k -> new ArrayList<>());
            List<Integer> rowsBefore = rows.computeIfAbsent(name, k -> new ArrayList<>());
            before.add(row(record, i + 1, columns, offset, before, rowsBefore, source));
            rowsBefore.add(i + 1);
        }
        List<Case> cases = new ArrayList<>();
        quarters.forEach((name, list) -> cases.add(new Case(name, AdmissionsSeries.of(list))));
        return new Input(caseColumn, cases);
    }

    /**
     * What {@link #readCases(Reader, String)} read.
     *
     * @param caseColumn whether the input had a {@code case} column (and the output gets one)
     * @param cases      the cases in the order they first appear; one unnamed case without the column
     */
    public record Input(boolean caseColumn, List<Case> cases) {

        /**
         * Copies the cases.
         *
         * @param caseColumn whether the input had a case column
         * @param cases      the cases
         */
        public Input {
            cases = List.copyOf(cases);
        }
    }

    /**
     * One case of a batch: its name (empty without a case column) and its quarters.
     *
     * @param name   the case name, not null
     * @param series the quarters, not null
     */
    public record Case(String name, AdmissionsSeries series) {
    }

    private static String firstName(CSVRecord record) {
        return record.get(0).replace("\uFEFF", "").strip();
    }

    private static int header(CSVRecord record, int offset, String source) {
        List<String> all = new ArrayList<>(record.toList());
        all.set(0, firstName(record));
        List<String> names = all.subList(offset, all.size());
        for (int c = 0; c < names.size(); c++) {
            if (c >= INPUT_COLUMNS.size()) {
                throw new BadInputException(source + " row 1, column " + (c + 1 + offset) + ": unexpected column '" + names.get(c)
                        + "' (expected quarter,baseline,plan,actual[,agreed_payment])");
            }
            if (!INPUT_COLUMNS.get(c).equals(names.get(c))) {
                throw new BadInputException(source + " row 1, column " + (c + 1 + offset) + ": expected '" + INPUT_COLUMNS.get(c)
                        + "', found '" + names.get(c) + "' (expected quarter,baseline,plan,actual[,agreed_payment])");
            }
        }
        if (names.size() < 4) {
            throw new BadInputException(source + " row 1: missing column '" + INPUT_COLUMNS.get(names.size())
                    + "' (expected quarter,baseline,plan,actual[,agreed_payment])");
        }
        return all.size();
    }

    private static AdmissionsQuarter row(CSVRecord record, int row, int columns, int offset, List<AdmissionsQuarter> before,
                                         List<Integer> rowsBefore, String source) {
        String at = source + " row " + row;
        if (record.size() < columns) {
            throw new BadInputException(at + ": missing column '" + INPUT_COLUMNS.get(record.size() - offset)
                    + "' (the header has " + columns + " columns, this row " + record.size() + ")");
        }
        if (record.size() > columns) {
            throw new BadInputException(at + ", column " + (columns + 1) + ": extra value '" + record.get(columns)
                    + "' (the header has " + columns + " columns)");
        }
        FinancialQuarter quarter;
        try {
            quarter = FinancialQuarter.parse(record.get(offset));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(at + ", column quarter: " + e.getMessage(), e);
        }
        if (!before.isEmpty()) {
            FinancialQuarter previous = before.get(before.size() - 1).quarter();
            for (int i = 0; i < before.size(); i++) {
                if (before.get(i).quarter().equals(quarter)) {
                    throw new BadInputException(at + ", column quarter: " + quarter + " is repeated (already on row "
                            + rowsBefore.get(i) + ")");
                }
            }
            if (previous.quartersUntil(quarter) != 1) {
                throw new BadInputException(at + ", column quarter: " + quarter + " does not follow " + previous
                        + " (row " + rowsBefore.get(rowsBefore.size() - 1) + "); quarters must be consecutive");
            }
        }
        long baseline = count(record, 1, offset, quarter, at);
        long plan = count(record, 2, offset, quarter, at);
        long actual = count(record, 3, offset, quarter, at);
        AdmissionsQuarter figures = AdmissionsQuarter.of(quarter, baseline, plan, actual);
        if (columns - offset == 5 && !record.get(4 + offset).isEmpty()) {
            try {
                String field = "agreed payment for " + quarter;
                figures = figures.withAgreedPaymentPence(Gbp.pence(Gbp.parsePounds(record.get(4 + offset)), field));
            } catch (IllegalArgumentException e) {
                throw new BadInputException(at + ", column agreed_payment: " + e.getMessage(), e);
            }
        }
        return figures;
    }

    private static long count(CSVRecord record, int column, int offset, FinancialQuarter quarter, String at) {
        String name = INPUT_COLUMNS.get(column);
        String text = record.get(column + offset);
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
            printRows(printer, null, result);
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the results of a batch: {@code case,} followed by {@link #OUTPUT_HEADER}, then each case's
     * rows in order, the case name first (neutralised for spreadsheets, see {@code CsvSafety}).
     *
     * @param results the case names and their results, in order, not null
     * @param out     where to write, not null
     * @throws UncheckedIOException when writing fails
     */
    public static void writeCases(Map<String, PerformanceResult> results, Appendable out) {
        Checks.notNull(results, "results");
        Checks.notNull(out, "out");
        try {
            out.append(CASE_COLUMN).append(',').append(OUTPUT_HEADER).append('\n');
            CSVPrinter printer = new CSVPrinter(out, FORMAT);
            for (Map.Entry<String, PerformanceResult> entry : results.entrySet()) {
                printRows(printer, CsvSafety.neutralise(entry.getKey()), entry.getValue());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void printRows(CSVPrinter printer, String name, PerformanceResult result) throws IOException {
        for (QuarterPayment q : result.quarters()) {
            List<Object> cells = new ArrayList<>(9);
            if (name != null) {
                cells.add(name);
            }
            cells.addAll(List.of(q.quarter(), q.plannedReduction(), q.cumulativePlannedReduction(), q.actualReduction(),
                    q.cumulativeActualReduction(), Gbp.formatPlainPence(q.maximumPaymentPence()),
                    Gbp.formatPlainPence(q.suggestedPaymentPence()), Gbp.formatPlainPence(q.unreleasedFundsPence())));
            printer.printRecord(cells);
        }
    }

    private static String oneLine(String message) {
        return message == null ? "unreadable" : message.replace('\n', ' ').replace('\r', ' ');
    }
}

package org.openbcf.examples.format;

import java.io.Closeable;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openbcf.core.internal.Checks;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.number.Numbers;
import org.openbcf.core.p4p.AdmissionsQuarter;
import org.openbcf.core.p4p.AdmissionsSeries;
import org.openbcf.core.p4p.QuarterPayment;
import org.openbcf.core.time.FinancialQuarter;
import org.openbcf.examples.io.BadInputException;
import org.openbcf.examples.io.CaseGroups;
import org.openbcf.examples.io.CsvInput;
import org.openbcf.examples.io.Row;
import org.openbcf.examples.io.Schema;

/**
 * The CSV contract of {@code bcf p4p}.
 *
 * <p>Input: the columns {@code quarter,baseline,plan,actual}, optionally {@code agreed_payment}
 * (pounds, may be empty), {@code comment} (why an agreed payment differs from the suggested one) and
 * {@code case} (names a case of a batch), in any order; one row per consecutive quarter, quarters as
 * {@code Q4 2014/15} or {@code Q4 14/15}. In a batch a case's rows are consecutive, and each case is
 * computed on its own. Output: {@link #COLUMNS} (after {@code case} in a batch), optionally followed
 * by {@link #EXTRA_COLUMNS}, one row per quarter; counts as integers and money as {@code 354620.00}.
 *
 * <p>Cases are read one at a time ({@link Cases}), so a batch of a million cases needs the memory of
 * one. Every problem is a {@link BadInputException} naming row and column. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class P4pCsv {

    /** The optional column that names a case of a batch. */
    public static final String CASE = CaseGroups.CASE;

    /** The columns {@code bcf p4p} reads. */
    public static final Schema SCHEMA = Schema.of("quarter", "baseline", "plan", "actual")
            .optional("agreed_payment", "comment", CASE);

    /** The figures of the output, in order: {@code quarter,planned_reduction,...,unreleased_funds}. */
    public static final List<P4pFigure> FIGURES = List.of(P4pFigure.QUARTER, P4pFigure.PLANNED_REDUCTION,
            P4pFigure.CUMULATIVE_PLANNED_REDUCTION, P4pFigure.ACTUAL_REDUCTION, P4pFigure.CUMULATIVE_ACTUAL_REDUCTION,
            P4pFigure.MAXIMUM_PAYMENT, P4pFigure.SUGGESTED_PAYMENT, P4pFigure.UNRELEASED_FUNDS);

    /** The output columns, a contract: {@code quarter,planned_reduction,...,unreleased_funds}. */
    public static final List<String> COLUMNS = P4pFigure.columns(FIGURES);

    /**
     * The figures printed on request ({@code --columns}): the cumulative cap, the cumulative amount due,
     * the locally agreed payment and the agreed unreleased funds (maximum payment less the agreed
     * payment; empty where no payment was agreed).
     */
    public static final List<P4pFigure> EXTRA_FIGURES = List.of(P4pFigure.CUMULATIVE_CAP, P4pFigure.AMOUNT_DUE,
            P4pFigure.AGREED_PAYMENT, P4pFigure.AGREED_UNRELEASED_FUNDS);

    /** The output columns printed on request, the columns of {@link #EXTRA_FIGURES}. */
    public static final List<String> EXTRA_COLUMNS = P4pFigure.columns(EXTRA_FIGURES);

    /** The most quarters a case may have: the P4P year Q4 2014/15 … Q3 2015/16 has four. */
    public static final int MAX_QUARTERS = 4;

    private P4pCsv() {
    }

    /**
     * Reads one series (a file without a {@code case} column), e.g. Norfolk's embedded return.
     *
     * @param in     the CSV text, not null; closed
     * @param source the file's name for messages, not null
     * @return the series, never null
     * @throws BadInputException naming the row and column of the first problem, or when the file has a
     *                           {@code case} column
     */
    public static AdmissionsSeries read(Reader in, String source) {
        try (Cases cases = new Cases(CsvInput.read(in, source, SCHEMA))) {
            if (cases.batch()) {
                throw new BadInputException(source + " row 1: a file with a case column is a batch; read it with Cases");
            }
            return cases.next().series();
        }
    }

    /**
     * One case of a batch: its name (empty without a {@code case} column), its quarters and the row
     * its first quarter is on.
     *
     * @param name     the case name, not null
     * @param series   the quarters, not null
     * @param firstRow the row of the first quarter
     */
    public record Case(String name, AdmissionsSeries series, long firstRow) {
    }

    /**
     * The value of one output column for a quarter, e.g. {@code maximum_payment} is {@code 354620.00}
     * as a {@link BigDecimal}: {@link P4pFigure#value} of the column's figure.
     *
     * @param column a name of {@link #COLUMNS} or {@link #EXTRA_COLUMNS}
     * @param q      the quarter's payment, not null
     * @return the value: a {@link FinancialQuarter}'s text, a {@link Long}, a {@link BigDecimal} of pounds,
     *         or null (an empty cell)
     * @throws IllegalArgumentException for an unknown column
     */
    public static Object value(String column, QuarterPayment q) {
        Checks.notNull(column, "column");
        if (!COLUMNS.contains(column) && !EXTRA_COLUMNS.contains(column)) {
            throw new IllegalArgumentException("p4p output column '" + column + "' must be one of "
                    + String.join(", ", COLUMNS) + ", " + String.join(", ", EXTRA_COLUMNS));
        }
        return P4pFigure.ofColumn(column).value(q);
    }

    /**
     * Reads the cases of a file one at a time, in input order ({@link CaseGroups}): a case is the run of
     * consecutive rows with one name (the whole file without a {@code case} column); its quarters must
     * follow one another, at most {@value #MAX_QUARTERS}. Not thread-safe.
     */
    public static final class Cases implements Closeable {
        private final CaseGroups groups;
        private Map<String, String> places = Map.of();

        /**
         * Reads the cases of an open file.
         *
         * @param in the file, positioned after its header, not null; closed by {@link #close()}
         */
        public Cases(CsvInput in) {
            this.groups = new CaseGroups(in, MAX_QUARTERS, "quarters, the P4P year Q4 2014/15 to Q3 2015/16");
        }

        /**
         * Whether the file names its cases (and the output gets a {@code case} column).
         *
         * @return true when the header has a {@code case} column
         */
        public boolean batch() {
            return groups.batch();
        }

        /**
         * The next case, or null after the last one.
         *
         * @return the case, or null
         * @throws BadInputException naming the row and column of a problem
         */
        public Case next() {
            CaseGroups.Group group = groups.next();
            if (group == null) {
                return null;
            }
            List<AdmissionsQuarter> quarters = new ArrayList<>(MAX_QUARTERS);
            List<Row> rows = group.rows();
            for (Row row : group.rows()) {
                quarters.add(quarter(row, quarters, group.rows()));
            }
            try {
                Case c = new Case(group.name(), AdmissionsSeries.of(quarters), group.firstRow());
                Map<String, String> at = new LinkedHashMap<>();
                at.put("p4p", groups.source());
                for (int i = 0; i < rows.size(); i++) {
                    String path = "p4p." + quarters.get(i).quarter();
                    at.put(path, rows.get(i).where("quarter"));
                    at.put(path + ".agreedPayment", rows.get(i).where("agreed_payment"));
                    at.put(path + ".comment", rows.get(i).where("comment"));
                }
                places = Collections.unmodifiableMap(at);
                return c;
            } catch (IllegalArgumentException e) {
                throw new BadInputException(groups.source() + " row " + group.firstRow()
                        + (group.name().isEmpty() ? "" : " (" + group.label() + ")") + ": " + e.getMessage(), e);
            }
        }

        /**
         * The places of the figures of the case {@link #next()} returned last, by the paths the library's
         * findings name them ({@code p4p.Q1 2015/16.agreedPayment} at {@code p4p.csv row 3, column
         * agreed_payment}; {@code p4p} at the file), for {@link org.openbcf.review.FindingPlaces}.
         *
         * @return the places, never null; empty before the first case
         */
        public Map<String, String> places() {
            return places;
        }

        /**
         * Closes the file.
         */
        @Override
        public void close() {
            groups.close();
        }

        private static AdmissionsQuarter quarter(Row row, List<AdmissionsQuarter> before, List<Row> rows) {
            FinancialQuarter quarter = row.get("quarter", FinancialQuarter::parse);
            if (!before.isEmpty()) {
                FinancialQuarter previous = before.get(before.size() - 1).quarter();
                for (int i = 0; i < before.size(); i++) {
                    if (before.get(i).quarter().equals(quarter)) {
                        throw row.error("quarter", quarter + " is repeated (already on row " + rows.get(i).number() + ")");
                    }
                }
                if (previous.quartersUntil(quarter) != 1) {
                    throw row.error("quarter", quarter + " does not follow " + previous + " (row "
                            + rows.get(before.size() - 1).number() + "); quarters must be consecutive");
                }
            }
            AdmissionsQuarter figures = AdmissionsQuarter.of(quarter, count(row, "baseline", quarter),
                    count(row, "plan", quarter), count(row, "actual", quarter));
            if (!row.text("agreed_payment").isEmpty()) {
                AdmissionsQuarter withoutPayment = figures;
                figures = row.get("agreed_payment", text -> withoutPayment.withAgreedPaymentPence(
                        Gbp.pence(Gbp.parsePounds(text), "agreed payment for " + quarter)));
            }
            if (row.optional("comment").isPresent()) {
                figures = row.get("comment", figures::withComment);
            }
            return figures;
        }

        private static long count(Row row, String column, FinancialQuarter quarter) {
            // the field's name is joined only when a value is refused: nothing is built for a good row
            return row.get(column, text -> Checks.inRange(Numbers.parseWhole(text, column + " for ", quarter), 0,
                    AdmissionsQuarter.MAX_COUNT, column + " for ", quarter));
        }
    }
}

package org.openbcf.examples.format;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.openbcf.core.finding.Finding;
import org.openbcf.core.internal.Checks;
import org.openbcf.core.number.Numbers;
import org.openbcf.core.risk.Risk;
import org.openbcf.core.risk.ScoredRisk;
import org.openbcf.examples.io.BadInputException;
import org.openbcf.examples.io.CsvInput;
import org.openbcf.examples.io.FirstRows;
import org.openbcf.examples.io.Row;
import org.openbcf.examples.io.Schema;

/**
 * The CSV files of {@code bcf risk}: input {@code id,likelihood,impact[,stated_score]} and any other
 * columns a register carries (description, owner, mitigation, ...), output {@link #COLUMNS} followed by
 * those other columns as they were ({@link #otherColumns}).
 *
 * <p>A level or stated score that is not a whole number, a level below 1, a missing column, a column
 * named like a known one (a likely misspelling) or like an output column, a blank or repeated id is bad input ({@link BadInputException}, one line naming row and
 * column). A level above the matrix's scale is not bad input: the register reports it as a finding
 * (BCF reference, "Risk scores").
 *
 * @since 0.1.0
 */
public final class RiskCsv {

    /** The input columns; {@code stated_score} is optional, and other columns are kept to be passed through. */
    public static final Schema SCHEMA = Schema.of("id", "likelihood", "impact").optional("stated_score").keepingOthers();

    /** The output columns, exactly. */
    public static final List<String> COLUMNS = List.of("id", "likelihood", "impact", "score", "band", "finding");

    private RiskCsv() {
    }

    /**
     * Reads risks from CSV text.
     *
     * @param in     the CSV text, not null; closed
     * @param source the file's name for messages, e.g. {@code risks.csv}; not null
     * @return the risks in input order, never null
     * @throws BadInputException when the CSV is not of that form, naming row and column
     */
    public static List<Risk> read(Reader in, String source) {
        try (CsvInput csv = CsvInput.read(in, source, SCHEMA)) {
            return read(csv);
        }
    }

    /**
     * Reads the risks of an open file.
     *
     * @param csv the file, positioned after its header, not null
     * @return the risks in input order, never null
     * @throws BadInputException naming row and column
     */
    public static List<Risk> read(CsvInput csv) {
        Checks.notNull(csv, "csv");
        Risks reader = new Risks(csv);
        List<Risk> risks = new ArrayList<>();
        for (Risk risk = reader.next(); risk != null; risk = reader.next()) {
            risks.add(risk);
        }
        return risks;
    }

    /**
     * The risks of an open file, one at a time, so a command reads, scores and writes one risk before
     * the next is read and memory never holds the register: only the ids seen, as {@link FirstRows}
     * (at most 32 bytes a risk), so that a repeated id is still refused naming the row of its first use.
     * Not thread-safe.
     */
    public static final class Risks {
        private final CsvInput csv;
        private final FirstRows ids = new FirstRows();
        private final List<String> otherColumns;
        private List<String> others = List.of();
        private Row row;
        private java.util.Map<String, String> places = java.util.Map.of();

        /**
         * Reads the risks of an open file.
         *
         * @param csv the file, positioned after its header, not null; its caller closes it
         */
        public Risks(CsvInput csv) {
            this.csv = Checks.notNull(csv, "csv");
            this.otherColumns = otherColumns(csv);
        }

        /**
         * The row of the risk {@link #next()} returned last, for the places of findings about it
         * (e.g. {@code risks.csv row 3, column likelihood}).
         *
         * @return the row, or null before the first risk
         */
        public Row row() {
            return row;
        }

        /**
         * The places of the figures of the risk {@link #next()} returned last, by the paths the library's
         * findings name them ({@code risks.A.statedScore} at {@code risks.csv row 3, column stated_score};
         * {@code risks.A} at its id), for {@link org.openbcf.review.FindingPlaces}.
         *
         * @return the places, never null; empty before the first risk and after the last
         */
        public java.util.Map<String, String> places() {
            return places;
        }

        /**
         * The values of the file's other columns ({@link RiskCsv#otherColumns}) in the row of the risk
         * {@link #next()} returned last, as they were.
         *
         * @return the values, never null
         */
        public List<String> others() {
            return others;
        }

        /**
         * The next risk, or null after the last one.
         *
         * @return the risk, or null
         * @throws BadInputException naming row and column, e.g. {@code risks.csv row 3, column id: 'A' repeats the id of row 2}
         */
        public Risk next() {
            Row row = csv.next();
            if (row == null) {
                others = List.of();
                places = java.util.Map.of();
                return null;
            }
            this.row = row;
            others = otherColumns.stream().map(row::text).toList();
            String id = row.required("id");
            long earlier = ids.add(id, row.number());
            if (earlier != FirstRows.NEW) {
                throw row.error("id", Row.quote(id) + " repeats the id of "
                        + (earlier == FirstRows.UNKNOWN_ROW ? "an earlier row" : "row " + earlier));
            }
            Risk risk = Risk.of(id, level(row, "likelihood", Risk.MAX_LEVEL), level(row, "impact", Risk.MAX_LEVEL));
            if (!row.text("stated_score").isEmpty()) {
                risk = risk.withStatedScore(level(row, "stated_score", Risk.MAX_SCORE));
            }
            String path = "risks." + risk.id();
            java.util.Map<String, String> at = new java.util.LinkedHashMap<>();
            at.put(path, row.where("id"));
            for (String[] figure : new String[][] {{"likelihood", "likelihood"}, {"impact", "impact"},
                {"statedScore", "stated_score"}}) {
                at.put(path + "." + figure[0], row.where(figure[1]));
            }
            places = java.util.Collections.unmodifiableMap(at);
            return risk;
        }
    }

    /**
     * The columns of an open file beyond the schema's, in file order: a register's own columns, which
     * {@code bcf risk} writes after {@link #COLUMNS}.
     *
     * @param csv the file, not null
     * @return the names, never null
     * @throws BadInputException when one is named like an output column, e.g. {@code score}
     */
    public static List<String> otherColumns(CsvInput csv) {
        Checks.notNull(csv, "csv");
        List<String> others = new ArrayList<>();
        for (String column : csv.columns()) {
            if (!SCHEMA.knows(column)) {
                if (COLUMNS.contains(column)) {
                    throw new BadInputException(csv.source() + ": column " + column + " is one bcf risk writes; rename it"
                            + " to keep it (the output's columns are " + String.join(",", COLUMNS) + ")");
                }
                others.add(column);
            }
        }
        return others;
    }

    private static int level(Row row, String column, int max) {
        return (int) (long) row.get(column, text -> Checks.inRange(Numbers.parseWhole(text, column), 1, max, column));
    }

    /**
     * The output values of one scored risk: id, likelihood, impact, score, band (null when none) and
     * finding (empty, or the findings' messages joined by {@code "; "}).
     *
     * @param scored the scored risk, not null
     * @return the values, in the order of {@link #COLUMNS}
     */
    public static List<Object> values(ScoredRisk scored) {
        return values(scored, List.of());
    }

    /**
     * The output columns for a file with other columns: {@link #COLUMNS}, then those.
     *
     * @param others the file's other columns, from {@link #otherColumns}; not null
     * @return the names, never null
     */
    public static List<String> columns(List<String> others) {
        List<String> all = new ArrayList<>(COLUMNS);
        all.addAll(Checks.notNull(others, "others"));
        return List.copyOf(all);
    }

    /**
     * The output values of one scored risk followed by its row's other values, as they were.
     *
     * @param scored the scored risk, not null
     * @param others the row's values of the file's other columns, from {@link Risks#others()}; not null
     * @return the values, in the order of {@link #columns(List)}
     */
    public static List<Object> values(ScoredRisk scored, List<String> others) {
        Checks.notNull(others, "others");
        Risk risk = scored.risk();
        List<Object> values = new ArrayList<>(java.util.Arrays.asList(risk.id(), (long) risk.likelihood(), (long) risk.impact(),
                (long) scored.score(), scored.bandName(),
                scored.findings().stream().map(Finding::message).collect(Collectors.joining("; "))));
        values.addAll(others);
        return values;
    }
}

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
 * The CSV files of {@code bcf risk}: input {@code id,likelihood,impact[,stated_score]}, output
 * {@link #COLUMNS}.
 *
 * <p>A level or stated score that is not a whole number, a level below 1, a missing, extra or unknown
 * column, a blank or repeated id is bad input ({@link BadInputException}, one line naming row and
 * column). A level above the matrix's scale is not bad input: the register reports it as a finding
 * (BCF reference, "Risk scores").
 *
 * @since 0.1.0
 */
public final class RiskCsv {

    /** The input columns; {@code stated_score} is optional. */
    public static final Schema SCHEMA = Schema.of("id", "likelihood", "impact").optional("stated_score");

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

        /**
         * Reads the risks of an open file.
         *
         * @param csv the file, positioned after its header, not null; its caller closes it
         */
        public Risks(CsvInput csv) {
            this.csv = Checks.notNull(csv, "csv");
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
                return null;
            }
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
            return risk;
        }
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
        Risk risk = scored.risk();
        return java.util.Arrays.asList(risk.id(), (long) risk.likelihood(), (long) risk.impact(), (long) scored.score(),
                scored.bandName(), scored.findings().stream().map(Finding::message).collect(Collectors.joining("; ")));
    }
}

package org.openbcf.examples.io;

import java.io.Closeable;
import java.util.ArrayList;
import java.util.List;

import org.openbcf.core.internal.Checks;

/**
 * The cases of a batch file, one at a time: a case is the run of consecutive rows with the same value
 * in the {@code case} column (the whole file when there is no such column). Memory holds one case,
 * never the file.
 *
 * <p>A case's rows must be together: a name that comes back after another case is refused. Names are
 * remembered as 64-bit fingerprints ({@link FirstRows}, at most 32 bytes a case); two different names
 * with the same fingerprint, a chance below one in 10^10 for a million cases, would be refused as a
 * repeat. A case with more rows than the command allows (four quarters, a thousand age bands) is
 * refused at the row that is one too many. Not thread-safe.
 *
 * @since 0.1.0
 */
public final class CaseGroups implements Closeable {

    /** The column that names a case of a batch. */
    public static final String CASE = "case";

    private final CsvInput in;
    private final boolean batch;
    private final int maxRows;
    private final String what;
    private final FirstRows seen = new FirstRows();
    private Row pending;
    private boolean started;

    /**
     * Reads the cases of an open file.
     *
     * @param in      the file, positioned after its header, not null; closed by {@link #close()}
     * @param maxRows the most rows a case may have, at least 1
     * @param what    what those rows are, for the message, e.g. {@code "quarters (the P4P year)"}, not null
     */
    public CaseGroups(CsvInput in, int maxRows, String what) {
        this.in = Checks.notNull(in, "in");
        this.batch = in.has(CASE);
        this.maxRows = (int) Checks.inRange(maxRows, 1, Integer.MAX_VALUE, "maxRows");
        this.what = Checks.notNull(what, "what");
    }

    /**
     * One case: its name (empty without a {@code case} column) and its rows, in order.
     *
     * @param name the case name, not null
     * @param rows the rows, at least one
     */
    public record Group(String name, List<Row> rows) {

        /**
         * Copies the rows.
         *
         * @param name the case name
         * @param rows the rows
         */
        public Group {
            rows = List.copyOf(rows);
        }

        /**
         * The row of the case's first value.
         *
         * @return the row number
         */
        public long firstRow() {
            return rows.get(0).number();
        }

        /**
         * The case as messages name it, e.g. {@code case 'Leeds'}, or empty outside a batch.
         *
         * @return the text, never null
         */
        public String label() {
            return name.isEmpty() ? "" : "case " + Row.quote(name);
        }
    }

    /**
     * Whether the file names its cases (and the output gets a {@code case} column).
     *
     * @return true when the header has a {@code case} column
     */
    public boolean batch() {
        return batch;
    }

    /**
     * The file's name.
     *
     * @return the name, never null
     */
    public String source() {
        return in.source();
    }

    /**
     * The next case, or null after the last one.
     *
     * @return the case, or null
     * @throws BadInputException when the file has no rows, a case name is empty or repeats, or a case has
     *                           too many rows
     */
    public Group next() {
        Row first = pending != null ? pending : in.next();
        pending = null;
        if (first == null) {
            if (!started) {
                throw new BadInputException(in.source() + " has no data rows after the header (row 1)");
            }
            return null;
        }
        started = true;
        String name = batch ? first.text(CASE) : "";
        if (batch && name.isEmpty()) {
            throw first.error(CASE, "the case name is empty");
        }
        if (batch && seen.add(name, first.number()) != FirstRows.NEW) {
            throw first.error(CASE, "case " + Row.quote(name) + " appears again after other cases; "
                    + "a case's rows must be consecutive");
        }
        List<Row> rows = new ArrayList<>();
        for (Row row = first; row != null; row = in.next()) {
            if (batch && !row.text(CASE).equals(name)) {
                pending = row;
                break;
            }
            if (rows.size() == maxRows) {
                throw new BadInputException(in.source() + " row " + row.number() + ": "
                        + (batch ? "case " + Row.quote(name) + " has" : "the file has") + " more than " + maxRows
                        + " rows: at most " + maxRows + " " + what);
            }
            rows.add(row);
        }
        return new Group(name, rows);
    }

    /**
     * Closes the file.
     */
    @Override
    public void close() {
        in.close();
    }
}

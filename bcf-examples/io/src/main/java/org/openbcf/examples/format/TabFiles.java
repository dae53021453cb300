package org.openbcf.examples.format;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.openbcf.core.discharge.DischargeFundReturn;
import org.openbcf.core.discharge.DischargeFundTable;
import org.openbcf.core.internal.Checks;
import org.openbcf.core.scheme.PriorityTable;
import org.openbcf.core.scheme.SchemeRegister;
import org.openbcf.core.scheme.SchemeTable;
import org.openbcf.examples.io.BadInputException;
import org.openbcf.examples.io.TextRows;

/**
 * The tab-separated Norfolk extracts (the 2016 scheme register, the 2022-23 priorities table and ASC
 * Discharge Fund tab, and the small key-value files of the demo), read through the one input layer
 * ({@link TextRows}) into bcf-core's builders, which hold the rules of each row. A refused row is a
 * {@link BadInputException} naming the file and row, e.g.
 * {@code discharge-fund-2022-23.tsv row 9: column 8: 'Maybe' must be Yes or No}. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class TabFiles {

    private TabFiles() {
    }

    /**
     * A scheme register ({@link SchemeTable}'s records).
     *
     * @param rows the file, not null; read to its end and closed
     * @return the register, never null
     */
    public static SchemeRegister schemes(TextRows rows) {
        SchemeTable.Builder builder = SchemeTable.builder();
        each(rows, builder::record);
        return build(rows, builder::build);
    }

    /**
     * A priorities table ({@link PriorityTable}'s rows).
     *
     * @param rows the file, not null; read to its end and closed
     * @return the table, never null
     */
    public static PriorityTable priorities(TextRows rows) {
        PriorityTable.Builder builder = PriorityTable.builder();
        each(rows, builder::row);
        return build(rows, builder::build);
    }

    /**
     * An ASC Discharge Fund tab ({@link DischargeFundTable}'s rows).
     *
     * @param rows the file, not null; read to its end and closed
     * @return the return, never null
     */
    public static DischargeFundReturn dischargeFund(TextRows rows) {
        DischargeFundTable.Builder builder = DischargeFundTable.builder();
        each(rows, builder::row);
        return build(rows, builder::build);
    }

    /**
     * Every record's fields, e.g. the key-value files of the demo.
     *
     * @param rows the file, not null; read to its end and closed
     * @return the records' fields, never null
     */
    public static List<List<String>> fields(TextRows rows) {
        List<List<String>> all = new ArrayList<>();
        each(rows, all::add);
        return all;
    }

    private static void each(TextRows rows, Consumer<List<String>> action) {
        Checks.notNull(rows, "rows");
        try (rows) {
            for (TextRows.Record record = rows.next(); record != null; record = rows.next()) {
                try {
                    action.accept(record.fields());
                } catch (IllegalArgumentException e) {
                    throw record.error(e);
                }
            }
        }
    }

    private static <T> T build(TextRows rows, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new BadInputException(rows.source() + ": " + e.getMessage(), e);
        }
    }
}

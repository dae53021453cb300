package org.openbcf.examples.io;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.openbcf.core.internal.Checks;

/**
 * CSV text of rows that openbcf writes itself, e.g. the empty dataset of {@code bcf init}: every
 * value written as given (quoted where CSV needs it, an empty first value as {@code ""}), rows
 * ended by LF. Results computed from a user's input go through {@link RecordWriter} instead, which
 * also neutralises text a spreadsheet would run as a formula. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class CsvText {

    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private CsvText() {
    }

    /**
     * The rows as CSV text, e.g. {@code [[field, value], [year, 2025/26]]} as {@code field,value\nyear,2025/26\n}.
     *
     * @param rows the rows, not null, no null value
     * @return the text, never null
     */
    public static String of(List<? extends List<String>> rows) {
        Checks.notNull(rows, "rows");
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, CSV)) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}

package org.openbcf.examples.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.openbcf.core.internal.Checks;

/**
 * The one CSV reader of openbcf's command line and dataset reader: Commons CSV underneath, one row at
 * a time (memory does not grow with the file), with the input rules of the command-line contract.
 *
 * <ul>
 *   <li>Strict UTF-8, byte-order mark removed, CRLF or LF line ends ({@link InputFile}).</li>
 *   <li>The first row is the header; its names are matched to the {@link Schema} ignoring case and
 *       surrounding spaces; a missing, repeated or unknown column is refused.</li>
 *   <li>Rows are numbered as a spreadsheet numbers them: the header is row 1, and blank lines count
 *       but are skipped. A row with fewer or more values than the header is refused.</li>
 *   <li>Values are stripped of surrounding white space, inside quotes too: a quoted blank ({@code " "})
 *       is a missing value, as an empty one is.</li>
 * </ul>
 *
 * <p>Every problem is a {@link BadInputException} in one shape:
 * {@code <file> row N, column <name>: <what> (<value>) <rule>}. Not thread-safe: one reader, one thread.
 *
 * @since 0.1.0
 */
public final class CsvInput implements Closeable, Iterable<Row> {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setIgnoreEmptyLines(false).setIgnoreSurroundingSpaces(true).get();

    /** {@link #FORMAT} with lines starting with {@code #} as comments: the worked examples embedded in the jar. */
    private static final CSVFormat COMMENTED = FORMAT.builder().setCommentMarker('#').get();

    private final String source;
    private final Schema schema;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Iterator<SheetRow> sheetRows;
    private final Map<String, Integer> index;
    private final List<String> columns;
    private long row;
    private Row pending;

    private CsvInput(String source, Schema schema, Reader in, CSVFormat format) {
        this.source = source;
        this.schema = schema;
        try {
            this.parser = CSVParser.builder().setReader(in).setFormat(format).get();
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(e, 1);
        }
        this.records = parser.iterator();
        this.sheetRows = null;
        this.index = new HashMap<>();
        this.columns = new ArrayList<>();
        readHeader();
    }

    private CsvInput(String source, Schema schema, Iterator<SheetRow> rows) {
        this.source = source;
        this.schema = schema;
        this.parser = null;
        this.records = null;
        this.sheetRows = rows;
        this.index = new HashMap<>();
        this.columns = new ArrayList<>();
        readHeader();
    }

    private void readHeader() {
        String[] header = nextValues();
        while (header != null && isBlank(header)) {
            header = nextValues();
        }
        if (header == null) {
            throw new BadInputException(source + " is empty: expected the header " + schema.describe());
        }
        for (int c = 0; c < header.length; c++) {
            String name = Schema.canonical(header[c]);
            String at = source + " row " + row + ", column " + (c + 1);
            if (name.isEmpty()) {
                throw new BadInputException(at + ": the header cell is empty; expected " + schema.describe());
            }
            if (!schema.accepts(name)) {
                throw new BadInputException(at + ": unknown column " + Row.quote(header[c].strip())
                        + schema.nearest(name).map(n -> " (did you mean " + n + "?)").orElse("") + "; expected "
                        + schema.describe());
            }
            Integer earlier = index.putIfAbsent(name, c);
            if (earlier != null) {
                throw new BadInputException(at + ": column " + name + " is named twice (also column " + (earlier + 1) + ")");
            }
            columns.add(name);
        }
        for (String required : schema.required()) {
            if (!index.containsKey(required)) {
                throw new BadInputException(source + " row " + row + ": missing column " + required + "; expected "
                        + schema.describe());
            }
        }
    }

    /**
     * Opens a file and reads its header.
     *
     * @param file   the file, not null
     * @param stdin  standard input, read when the file is {@code -}; not null
     * @param schema the columns the file may have, not null
     * @return the reader, positioned after the header; the caller closes it
     * @throws BadInputException when the file cannot be opened or its header does not fit the schema
     */
    public static CsvInput open(InputFile file, InputStream stdin, Schema schema) {
        Checks.notNull(file, "file");
        Checks.notNull(schema, "schema");
        Reader reader = file.open(stdin);
        try {
            return new CsvInput(file.name(), schema, reader, FORMAT);
        } catch (RuntimeException e) {
            closeQuietly(reader);
            throw e;
        }
    }

    /**
     * Reads CSV text already open, e.g. an embedded file or a test's string.
     *
     * @param in     the text, not null; closed by {@link #close()}
     * @param source the file's name for messages, not null
     * @param schema the columns the file may have, not null
     * @return the reader, positioned after the header
     * @throws BadInputException when the header does not fit the schema
     */
    public static CsvInput read(Reader in, String source, Schema schema) {
        Checks.notNull(in, "in");
        Checks.notNull(source, "source");
        Checks.notNull(schema, "schema");
        return new CsvInput(source, schema, in, FORMAT);
    }

    /**
     * Opens a file whose lines starting with {@code #} are comments, e.g. the worked examples embedded in
     * the jar, which say where their figures come from above the header. Comment lines are skipped but
     * counted, so rows keep the numbers a text editor shows; otherwise the rules are those of
     * {@link #open}.
     *
     * @param file   the file, not null
     * @param stdin  standard input, read when the file is {@code -}; not null
     * @param schema the columns the file may have, not null
     * @return the reader, positioned after the header; the caller closes it
     * @throws BadInputException when the file cannot be opened or its header does not fit the schema
     */
    public static CsvInput openCommented(InputFile file, InputStream stdin, Schema schema) {
        Checks.notNull(file, "file");
        Checks.notNull(schema, "schema");
        Reader reader = file.open(stdin);
        try {
            return new CsvInput(file.name(), schema, reader, COMMENTED);
        } catch (RuntimeException e) {
            closeQuietly(reader);
            throw e;
        }
    }

    /**
     * Reads rows already split into values, e.g. a workbook sheet: the first non-blank row is the
     * header, and each row keeps the number it was given (the sheet's own row number), so messages
     * name the row a user sees. Trailing empty values of a row are ignored, as a sheet has no ragged
     * edge; the same header and row rules apply as to a CSV file.
     *
     * @param rows   the rows in order, not null; numbers increasing
     * @param source the sheet's name for messages, e.g. {@code plan.xlsx sheet contributions}; not null
     * @param schema the columns the sheet may have, not null
     * @return the reader, positioned after the header
     * @throws BadInputException when the header does not fit the schema
     */
    public static CsvInput of(Iterable<SheetRow> rows, String source, Schema schema) {
        Checks.notNull(rows, "rows");
        Checks.notNull(source, "source");
        Checks.notNull(schema, "schema");
        return new CsvInput(source, schema, trimmed(rows.iterator()));
    }

    private static Iterator<SheetRow> trimmed(Iterator<SheetRow> rows) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public SheetRow next() {
                SheetRow r = rows.next();
                List<String> values = r.values();
                int end = values.size();
                while (end > 0 && values.get(end - 1).isBlank()) {
                    end--;
                }
                return end == values.size() ? r : new SheetRow(r.number(), values.subList(0, end));
            }
        };
    }

    /**
     * One row of a sheet: its number as the sheet shows it and its values as text, in column order
     * from column A (an empty cell is an empty string).
     *
     * @param number the row number, 1 for the first row
     * @param values the values, not null
     */
    public record SheetRow(long number, List<String> values) {

        /**
         * Checks and copies the values.
         *
         * @param number the row number
         * @param values the values
         */
        public SheetRow {
            Checks.notNull(values, "values");
            values = List.copyOf(values);
        }
    }

    /**
     * The file's name as messages give it.
     *
     * @return the name, never null
     */
    public String source() {
        return source;
    }

    /**
     * Whether the file has a column (required columns always are).
     *
     * @param column a column of the schema
     * @return true when the header names it
     */
    public boolean has(String column) {
        return index.containsKey(column);
    }

    /**
     * The header's columns, in file order, by their canonical names.
     *
     * @return the names, never null
     */
    public List<String> columns() {
        return List.copyOf(columns);
    }

    /**
     * The next row, or null at the end of the file.
     *
     * @return the row, or null
     * @throws BadInputException when the row is not valid CSV, not UTF-8, or has the wrong number of values
     */
    public Row next() {
        if (pending != null) {
            Row r = pending;
            pending = null;
            return r;
        }
        while (true) {
            String[] record = nextValues();
            if (record == null) {
                return null;
            }
            if (isBlank(record)) {
                continue;
            }
            if (sheetRows != null && record.length < columns.size()) {
                int given = record.length;
                record = java.util.Arrays.copyOf(record, columns.size());
                java.util.Arrays.fill(record, given, columns.size(), "");
            }
            if (record.length != columns.size()) {
                String what = record.length < columns.size()
                        ? "has " + record.length + " values, but the header has " + columns.size() + " columns (missing "
                        + columns.get(record.length) + ")"
                        : "has " + record.length + " values, but the header has " + columns.size() + " columns (extra value "
                        + Row.quote(record[columns.size()]) + ")";
                throw new BadInputException(source + " row " + row + ": " + what);
            }
            return new Row(source, row, index, record, sheetRows != null);
        }
    }

    /**
     * Calls the action on each remaining row, in order.
     *
     * @param action what to do with a row, not null
     */
    @Override
    public void forEach(Consumer<? super Row> action) {
        Checks.notNull(action, "action");
        for (Row r = next(); r != null; r = next()) {
            action.accept(r);
        }
    }

    /**
     * The remaining rows, one at a time.
     *
     * @return an iterator over the rows, never null
     */
    @Override
    public Iterator<Row> iterator() {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                if (pending == null) {
                    pending = CsvInput.this.next();
                }
                return pending != null;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Row r = pending;
                pending = null;
                return r;
            }
        };
    }

    /**
     * Closes the file.
     */
    @Override
    public void close() {
        if (parser == null) {
            return;
        }
        try {
            parser.close();
        } catch (IOException e) {
            // a reader that cannot be closed has already been read to its end or failed: nothing is lost
        }
    }

    /** The next record's values, stripped, with {@link #row} set to its row number; null at the end. */
    private String[] nextValues() {
        if (sheetRows != null) {
            if (!sheetRows.hasNext()) {
                return null;
            }
            SheetRow next = sheetRows.next();
            row = next.number();
            String[] values = next.values().toArray(String[]::new);
            for (int i = 0; i < values.length; i++) {
                values[i] = values[i].strip();
            }
            return values;
        }
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            row++;
            if (record.hasComment()) {
                // the comment lines above this record, joined with line feeds
                row += record.getComment().chars().filter(c -> c == '\n').count() + 1;
            }
            String[] values = record.values();
            for (int i = 0; i < values.length; i++) {
                values[i] = values[i].strip(); // a quoted blank (" ") is missing too, not a value
            }
            return values;
        } catch (UncheckedIOException | IllegalStateException e) {
            throw unreadable(e, row + 1);
        }
    }

    private BadInputException unreadable(Exception e, long at) {
        Throwable cause = e;
        while (cause.getCause() != null && cause != cause.getCause()) {
            if (cause instanceof CharacterCodingException) {
                break;
            }
            cause = cause.getCause();
        }
        if (cause instanceof CharacterCodingException) {
            return new BadInputException(source + " row " + at + ": not UTF-8 text (save the file as CSV UTF-8)", e);
        }
        String reason = cause.getMessage() == null ? "" : cause.getMessage();
        String what = reason.contains("EOF") || reason.contains("encapsulated")
                ? "a quoted value is not closed" : "not valid CSV";
        return new BadInputException(source + " row " + at + ": " + what, e);
    }

    private static boolean isBlank(String[] record) {
        for (String value : record) {
            if (!value.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static void closeQuietly(Reader reader) {
        try {
            reader.close();
        } catch (IOException e) {
            // nothing was read from it
        }
    }
}

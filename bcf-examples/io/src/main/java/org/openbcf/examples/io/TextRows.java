package org.openbcf.examples.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.openbcf.core.internal.Checks;

/**
 * Tab-separated files without a fixed header, as the Norfolk extracts are laid out (the scheme
 * register, the priorities table, the ASC Discharge Fund tab): one record per line, fields split on
 * tabs with no quoting, blank lines and lines starting with {@code #} skipped. Read the same way as
 * every other file ({@link InputFile}: strict UTF-8, byte-order mark, CRLF), one row at a time, with
 * rows numbered as a spreadsheet numbers them. Commons CSV underneath. Not thread-safe.
 *
 * @since 0.1.0
 */
public final class TextRows implements Closeable {

    private static final CSVFormat TABS = CSVFormat.DEFAULT.builder().setDelimiter('\t').setQuote(null)
            .setIgnoreEmptyLines(false).setIgnoreSurroundingSpaces(false).setRecordSeparator('\n').get();

    private final String source;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private long row;

    private TextRows(Reader in, String source) {
        this.source = source;
        try {
            this.parser = CSVParser.builder().setReader(in).setFormat(TABS).get();
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(e);
        }
        this.records = parser.iterator();
    }

    /**
     * One record: its row number and its fields.
     *
     * @param number the row, the first line of the file being row 1
     * @param fields the tab-separated fields, as written
     * @param source the file's name
     */
    public record Record(long number, List<String> fields, String source) {

        /**
         * Copies the fields.
         *
         * @param number the row
         * @param fields the fields
         * @param source the file's name
         */
        public Record {
            fields = List.copyOf(fields);
        }

        /**
         * A bad-input error at this row, with the message of what refused it.
         *
         * @param e the refusal, e.g. a library's {@link IllegalArgumentException}
         * @return the exception, to throw
         */
        public BadInputException error(RuntimeException e) {
            return new BadInputException(source + " row " + number + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens a file.
     *
     * @param file  the file, not null
     * @param stdin standard input, read when the file is {@code -}; not null
     * @return the rows; the caller closes them
     * @throws BadInputException when the file cannot be opened
     */
    public static TextRows open(InputFile file, InputStream stdin) {
        Checks.notNull(file, "file");
        return new TextRows(file.open(stdin), file.name());
    }

    /**
     * Reads text already open.
     *
     * @param in     the text, not null; closed by {@link #close()}
     * @param source the file's name for messages, not null
     * @return the rows
     */
    public static TextRows read(Reader in, String source) {
        Checks.notNull(in, "in");
        Checks.notNull(source, "source");
        return new TextRows(in, source);
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
     * The next record that is not blank or a {@code #} comment, or null at the end.
     *
     * @return the record, or null
     * @throws BadInputException when the text is not UTF-8
     */
    public Record next() {
        while (true) {
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                throw unreadable(e);
            }
            row++;
            String first = record.get(0);
            if ((record.size() == 1 && first.isBlank()) || first.startsWith("#")) {
                continue;
            }
            return new Record(row, record.toList(), source);
        }
    }

    /**
     * Closes the file.
     */
    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // read to its end or failed already: nothing is lost
        }
    }

    private BadInputException unreadable(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof CharacterCodingException)) {
            cause = cause.getCause();
        }
        return new BadInputException(source + " row " + (row + 1) + (cause instanceof CharacterCodingException
                ? ": not UTF-8 text (save the file as UTF-8)" : ": cannot be read"), e);
    }
}

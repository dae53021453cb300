package org.openbcf.examples.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.openbcf.core.finding.Finding;
import org.openbcf.core.internal.Checks;
import org.openbcf.examples.table.TextTable;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;

/**
 * The one output layer of the command line: rows of named values written as CSV, an aligned table
 * or JSON, with the same column names in every format.
 *
 * <p>Values are {@link String}s (text; in CSV and tables a text that a spreadsheet would run as a
 * formula is neutralised by {@link CsvSafety}), whole numbers ({@link Long}, {@link Integer}),
 * exact decimals ({@link BigDecimal}, printed plain, e.g. {@code 354620.00}), {@link Double}s,
 * {@link Figure}s (a statistic with the decimal places people read it to), {@link Boolean}s, or null
 * (an empty cell; JSON {@code null}).
 *
 * <p>One rule for numbers that machines read back ({@link #plain(double)}): CSV and JSON print every
 * double in plain decimal notation at full precision, never in exponent form ({@code 0.00001106275903198847},
 * not {@code 1.106275903198847E-5}; {@code 12000000}, not {@code 1.2E7}), and a whole number without a
 * fraction ({@code 400}, not {@code 400.0}), so every command reads back what another printed. A table
 * is for people: a {@link Figure} is rounded to its places with thousands separators
 * ({@link Figure#forPeople()}), and whole numbers ({@link Long}) get thousands separators.
 * CSV and JSON stream row by row; a table holds its rows to align them. JSON is one object,
 * {@code {"rows":[{...}],"findings":[{...}]}}; its findings are held until the rows end, in memory up
 * to {@link Output#MEMORY_CHARS} characters and then in a temporary file, so memory stays bounded.
 * Findings also go to standard error in every format.
 *
 * <p>Not thread-safe. Call {@link #finish()} once, after the last row.
 *
 * @since 0.1.0
 */
public abstract class RecordWriter {

    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    /** The column names, in order. */
    protected final List<String> columns;

    private RecordWriter(List<String> columns) {
        this.columns = List.copyOf(Checks.notNull(columns, "columns"));
    }

    /**
     * A writer of the format.
     *
     * @param format  the format, not null
     * @param out     where to write, not null; not closed
     * @param columns the column names, not null
     * @return the writer, never null
     * @throws BadInputException for {@link Format#HTML} and {@link Format#XLSX}, which are reports, not rows
     *                           (only {@code review} writes them, and {@code demo} html)
     */
    public static RecordWriter of(Format format, Writer out, List<String> columns) {
        Checks.notNull(format, "format");
        Checks.notNull(out, "out");
        switch (format) {
            case TABLE:
                return new TableWriter(out, columns);
            case JSON:
                return new JsonWriter(out, columns);
            case HTML:
                throw new BadInputException("--format html is a report page: only bcf review and bcf demo write it; "
                        + "use csv, table or json here");
            case XLSX:
                throw new BadInputException("--format xlsx is a workbook report: only bcf review writes it; "
                        + "use csv, table or json here");
            default:
                return new CsvWriter(out, columns);
        }
    }

    /**
     * Writes one row.
     *
     * @param values one value per column, in order, not null
     * @throws IllegalArgumentException when the number of values differs from the columns
     */
    public final void row(List<?> values) {
        Checks.notNull(values, "values");
        if (values.size() != columns.size()) {
            throw new IllegalArgumentException("a row of " + values.size() + " values for " + columns.size() + " columns");
        }
        try {
            writeRow(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes one row.
     *
     * @param values one value per column, in order
     */
    public final void row(Object... values) {
        row(java.util.Arrays.asList(values));
    }

    /**
     * Records a finding for the JSON document's {@code findings}; CSV and tables leave findings to
     * standard error.
     *
     * @param label   the case it belongs to, or null
     * @param finding the finding, not null
     */
    public void finding(String label, Finding finding) {
        Checks.notNull(finding, "finding");
    }

    /**
     * Discards what is held for the end of the output (the JSON document's findings, which may have
     * spilled to a temporary file), after a run that failed; nothing more is written. Does nothing
     * after {@link #finish()}.
     */
    public void discard() {
    }

    /**
     * Ends the output (closes the JSON document, prints the table).
     */
    public final void finish() {
        try {
            end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    abstract void writeRow(List<?> values) throws IOException;

    abstract void end() throws IOException;

    /**
     * A value as CSV and tables print it.
     *
     * @param value the value, may be null
     * @return the text, never null
     */
    public static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal) {
            return ((BigDecimal) value).toPlainString();
        }
        if (value instanceof String) {
            return CsvSafety.neutralise((String) value);
        }
        if (value instanceof Double || value instanceof Float) {
            return plain(((Number) value).doubleValue());
        }
        return value.toString();
    }

    /**
     * A value as a table prints it for people: a {@link Figure} rounded to its places with thousands
     * separators, a {@link Long} with thousands separators, anything else as {@link #text(Object)}.
     *
     * @param value the value, may be null
     * @return the text, never null
     */
    public static String forPeople(Object value) {
        if (value instanceof Figure) {
            return ((Figure) value).forPeople();
        }
        if (value instanceof Long) {
            return String.format(java.util.Locale.UK, "%,d", (Long) value);
        }
        return text(value);
    }

    /**
     * The one rule for a double that machines read back: plain decimal notation (no exponent), the
     * fewest digits that read back as the same double (full precision), and no fraction for a whole
     * number; e.g. {@code 0.00001106275903198847}, {@code 12000000}, {@code 400}, {@code 0.5}. A value
     * that is not finite prints as Java prints it ({@code NaN}, {@code Infinity}).
     *
     * @param value the value
     * @return the text, never null
     */
    public static String plain(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return exact(value).toPlainString();
    }

    /** The shortest decimal that reads back as the double, without trailing zeros (and never -0). */
    private static BigDecimal exact(double value) {
        BigDecimal d = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        return d.signum() == 0 ? BigDecimal.ZERO : d;
    }

    private static final class CsvWriter extends RecordWriter {
        private final CSVPrinter printer;

        CsvWriter(Writer out, List<String> columns) {
            super(columns);
            try {
                printer = new CSVPrinter(out, CSV);
                printer.printRecord(columns);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        void writeRow(List<?> values) throws IOException {
            for (Object value : values) {
                // null, not "": Commons CSV quotes an empty string in the first column
                String text = text(value);
                printer.print(text.isEmpty() ? null : text);
            }
            printer.println();
        }

        @Override
        void end() throws IOException {
            printer.flush();
        }
    }

    private static final class TableWriter extends RecordWriter {
        private final Writer out;
        private final List<String[]> rows = new ArrayList<>();

        TableWriter(Writer out, List<String> columns) {
            super(columns);
            this.out = out;
        }

        @Override
        void writeRow(List<?> values) {
            String[] cells = new String[values.size()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = BadInputException.oneLine(forPeople(values.get(i)));
            }
            rows.add(cells);
        }

        @Override
        void end() throws IOException {
            TextTable table = new TextTable(columns.toArray(new String[0]));
            rows.forEach(table::row);
            out.write(table.toString());
            out.flush();
        }
    }

    private static final class JsonWriter extends RecordWriter {
        private static final JsonFactory FACTORY = JsonFactory.builder()
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
        private final Writer out;
        private final JsonGenerator json;
        /** The findings, written as they come and held (in memory, then a temporary file) until the rows end. */
        private final Output held;
        private final JsonGenerator findings;

        JsonWriter(Writer out, List<String> columns) {
            super(columns);
            this.out = out;
            this.held = Output.of(null, new java.io.PrintWriter(out, false));
            try {
                json = FACTORY.createGenerator(out);
                json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                json.writeStartObject();
                json.writeArrayFieldStart("rows");
                findings = FACTORY.createGenerator(held.writer());
                findings.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                findings.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString(","));
            } catch (IOException e) {
                held.close();
                throw new UncheckedIOException(e);
            }
        }

        @Override
        void writeRow(List<?> values) throws IOException {
            json.writeStartObject();
            for (int i = 0; i < values.size(); i++) {
                json.writeFieldName(columns.get(i));
                write(values.get(i));
            }
            json.writeEndObject();
        }

        @Override
        public void finding(String label, Finding finding) {
            Checks.notNull(finding, "finding");
            try {
                findings.writeStartObject();
                if (label != null) {
                    findings.writeStringField("case", label);
                }
                findings.writeStringField("rule", finding.ruleId());
                findings.writeStringField("severity", finding.severity().name());
                findings.writeStringField("where", finding.where());
                findings.writeStringField("message", finding.message());
                findings.writeStringField("text", finding.toString());
                findings.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        void end() throws IOException {
            json.writeEndArray();
            json.flush();
            out.write(",\"findings\":[");
            findings.flush();
            held.commit();
            out.write("]}\n");
            out.flush();
        }

        @Override
        public void discard() {
            held.close();
        }

        private void write(Object value) throws IOException {
            if (value == null) {
                json.writeNull();
            } else if (value instanceof BigDecimal) {
                json.writeNumber((BigDecimal) value);
            } else if (value instanceof Long || value instanceof Integer) {
                json.writeNumber(((Number) value).longValue());
            } else if (value instanceof Double || value instanceof Figure) {
                double d = value instanceof Figure ? ((Figure) value).value() : (Double) value;
                if (Double.isFinite(d)) {
                    json.writeNumber(exact(d));
                } else {
                    json.writeString(Double.toString(d));
                }
            } else if (value instanceof Boolean) {
                json.writeBoolean((Boolean) value);
            } else {
                json.writeString(value.toString());
            }
        }
    }
}

package org.openbcf.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.openbcf.core.finding.Finding;
import org.openbcf.examples.io.BadInputException;
import org.openbcf.examples.io.Format;
import org.openbcf.examples.io.Output;
import org.openbcf.examples.io.RecordWriter;

/**
 * What one command run prints: rows in the chosen format (to standard output or {@code --output}),
 * and findings, one line each, on standard error. Both are held until {@link #commit()}, so a run that
 * stops on bad input prints nothing but its one error line, and memory stays bounded ({@link Output}).
 * Not thread-safe.
 */
final class Results implements AutoCloseable {

    private final Output out;
    private final Output err;
    private final RecordWriter records;
    private boolean findings;

    /**
     * Starts the output of a run.
     *
     * @param streams the run's streams
     * @param options the {@code --format} and {@code --output} options
     * @param columns the output columns
     */
    Results(Streams streams, OutputOptions options, List<String> columns) {
        this(streams, options.format(), options.open(streams), columns);
    }

    private Results(Streams streams, Format format, Output out, List<String> columns) {
        this.out = out;
        Output errors = null;
        try {
            errors = Output.of(null, streams.err());
            this.records = columns == null ? null : RecordWriter.of(format, out.writer(), columns);
        } catch (RuntimeException e) {
            if (out != null) {
                out.close();
            }
            if (errors != null) {
                errors.close();
            }
            throw e;
        }
        this.err = errors;
    }

    /**
     * Results in a format the command chose (e.g. a report whose default is a table).
     *
     * @param streams the run's streams
     * @param format  the format
     * @param options the {@code --output} option
     * @param columns the output columns, or null for text
     * @return the results, never null
     */
    static Results of(Streams streams, Format format, OutputOptions options, List<String> columns) {
        return new Results(streams, format, options.open(streams), columns);
    }

    /**
     * Output that is text, not rows (e.g. {@code p4p --format table}), findings as usual.
     *
     * @param streams the run's streams
     * @param options the {@code --output} option
     * @return the results, never null
     */
    static Results text(Streams streams, OutputOptions options) {
        return new Results(streams, options.format(), options.open(streams), null);
    }

    /**
     * Findings only, for a command that writes its own file (a workbook): each finding one line on
     * standard error, printed at {@link #commit()}, after the file is written.
     *
     * @param streams the run's streams
     * @return the results, never null
     */
    static Results findingsOnly(Streams streams) {
        return new Results(streams, null, null, null);
    }

    /**
     * Writes one row.
     *
     * @param values one value per column
     */
    void row(List<?> values) {
        records.row(values);
    }

    /**
     * The record writer, for a formatter that writes rows itself.
     *
     * @return the writer (null for text results)
     */
    RecordWriter records() {
        return records;
    }

    /**
     * Writes text (only for results made by {@link #text}).
     *
     * @param text the text
     */
    void text(String text) {
        try {
            out.writer().write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reports a finding: one line on standard error (prefixed {@code case NAME: } in a batch), and an
     * entry in the JSON document's {@code findings}.
     *
     * @param label   the case, or null outside a batch
     * @param finding the finding
     */
    void finding(String label, Finding finding) {
        line((label == null ? "" : "case " + label + ": ") + finding);
        if (records != null) {
            records.finding(label, finding);
        }
        findings = true;
    }

    /**
     * Reports every finding.
     *
     * @param label    the case, or null
     * @param findings the findings
     */
    void findings(String label, Iterable<Finding> findings) {
        findings.forEach(f -> finding(label, f));
    }

    /**
     * Whether any finding was reported.
     *
     * @return true after the first finding
     */
    boolean hasFindings() {
        return findings;
    }

    /**
     * Completes the run: the results, then the findings.
     *
     * @return {@link ExitCode#FINDINGS} when a finding was reported, else {@link ExitCode#OK}
     */
    int commit() {
        if (records != null) {
            records.finish();
        }
        if (out != null) {
            out.commit();
        }
        err.commit();
        return findings ? ExitCode.FINDINGS : ExitCode.OK;
    }

    /**
     * Discards what was not committed.
     */
    @Override
    public void close() {
        if (records != null) {
            records.discard();
        }
        if (out != null) {
            out.close();
        }
        err.close();
    }

    private void line(String text) {
        try {
            err.writer().write(BadInputException.oneLine(text));
            err.writer().write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.openbcf.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.openbcf.core.finding.Finding;
import org.openbcf.examples.io.CaseGroups;
import org.openbcf.examples.io.CsvInput;
import org.openbcf.examples.io.InputFile;
import org.openbcf.examples.io.Row;
import org.openbcf.examples.io.Schema;

/**
 * The loops of the commands that compute cases: one case from the options ({@link #one}), many from
 * a CSV file with an optional {@code case} column that the output then starts with, either a row a
 * case ({@link #rows}: {@code proportion}, {@code rate}, {@code target}, {@code compare},
 * {@code profile}) or a run of consecutive rows a case ({@link #groups}: the age bands of
 * {@code dsr} and {@code isr}, the values of {@code mean}, the months of {@code delays}). A command
 * gives its columns and how it computes one case's output rows through the library; this class reads,
 * writes and commits, so the output is written completely or not at all.
 */
final class Cases {

    private Cases() {
    }

    /**
     * What a file of cases, a row a case, gives once its header is read.
     *
     * @param columns the output columns after {@code case}
     * @param column  the column a row's refusal by the library is reported at, e.g. {@code numerator}
     * @param rows    the output rows of one row's case: reading the row's cells names them in its own
     *                refusals; the computation it returns is refused at {@code column}
     */
    record Batch(List<String> columns, String column, Function<Row, Supplier<List<List<Object>>>> rows) {

        /**
         * A batch whose cases each give one output row.
         *
         * @param columns the output columns after {@code case}
         * @param column  the column a row's refusal by the library is reported at
         * @param row     the values of one row's case
         * @return the batch
         */
        static Batch ofRow(List<String> columns, String column, Function<Row, Supplier<List<Object>>> row) {
            return new Batch(columns, column, r -> {
                Supplier<List<Object>> values = row.apply(r);
                return () -> List.of(values.get());
            });
        }
    }

    /**
     * What one case of a file of grouped rows gives: its output rows and its findings.
     *
     * @param rows     the output rows, without the {@code case} column
     * @param findings the findings, reported with the case's name
     */
    record Computed(List<List<Object>> rows, List<Finding> findings) {

        /**
         * One output row and no finding.
         *
         * @param values the row's values
         * @return the case's output
         */
        static Computed row(List<Object> values) {
            return new Computed(List.of(values), List.of());
        }
    }

    /**
     * What a file of grouped rows gives once its header is read.
     *
     * @param columns the output columns after {@code case}
     * @param group   one case's output from its rows
     */
    record Groups(List<String> columns, Function<CaseGroups.Group, Computed> group) {
    }

    /** One case's values from a count, its denominator and the multiplier. */
    interface OfCounts {
        /**
         * The values.
         *
         * @param count       the count, at least 0
         * @param denominator the denominator, at least 1
         * @param multiplier  the scale
         * @return the values of the case's row
         */
        List<Object> values(long count, long denominator, double multiplier);
    }

    /**
     * How a row of a file gives a case of a count over a denominator ({@code proportion}, {@code rate}):
     * the count (at least 0), the denominator (at least 1) and the row's {@code multiplier}, else the
     * options' scale.
     *
     * @param count       the count's column, e.g. {@code numerator}
     * @param denominator the denominator's column, e.g. {@code population}
     * @param scale       the options' scale
     * @param values      the case's values
     * @return the row's case
     */
    static Function<Row, Supplier<List<Object>>> counts(String count, String denominator, double scale, OfCounts values) {
        return row -> {
            long c = Options.statistic(row, count, 0);
            long d = Options.statistic(row, denominator, 1);
            double m = row.optional("multiplier").map(t -> Options.multiplier(t, row.where("multiplier"))).orElse(scale);
            return () -> values.values(c, d, m);
        };
    }

    /**
     * Runs a command's cases: the one case of its options, or a row a case from a file.
     *
     * @param streams the command's streams
     * @param output  the output options
     * @param file    the CSV of cases, or null for the one case of the options
     * @param schema  the file's columns, {@code case} among the optional ones
     * @param columns the output columns after {@code case}
     * @param single  the values of the options' case; a library refusal is bad input
     * @param column  the column a row's refusal by the library is reported at, e.g. {@code numerator}
     * @param row     the values of one row's case (its own refusals name their cells)
     * @return the exit code, {@link ExitCode#OK} or {@link ExitCode#FINDINGS}
     */
    static int run(Streams streams, OutputOptions output, InputFile file, Schema schema, List<String> columns,
                   Supplier<List<Object>> single, String column, Function<Row, Supplier<List<Object>>> row) {
        if (file == null) {
            return one(streams, output, columns, () -> List.of(single.get()));
        }
        return rows(streams, output, file, schema, in -> Batch.ofRow(columns, column, row));
    }

    /**
     * Writes the one case of a command's options.
     *
     * @param streams the command's streams
     * @param output  the output options
     * @param columns the output columns
     * @param rows    the case's output rows; a library refusal is bad input
     * @return the exit code, {@link ExitCode#OK}
     */
    static int one(Streams streams, OutputOptions output, List<String> columns, Supplier<List<List<Object>>> rows) {
        try (Results results = new Results(streams, output, columns)) {
            for (List<Object> values : Options.named(rows)) {
                results.row(values);
            }
            return results.commit();
        }
    }

    /**
     * Writes the cases of a file, a row a case.
     *
     * @param streams the command's streams
     * @param output  the output options
     * @param file    the CSV of cases
     * @param schema  the file's columns, {@code case} among the optional ones
     * @param header  what the file gives, from its header (refusing a header the command cannot read)
     * @return the exit code, {@link ExitCode#OK} or {@link ExitCode#FINDINGS}
     */
    static int rows(Streams streams, OutputOptions output, InputFile file, Schema schema, Function<CsvInput, Batch> header) {
        try (CsvInput in = CsvInput.open(file, streams.in(), schema)) {
            boolean named = in.has(CaseGroups.CASE);
            Batch batch = header.apply(in);
            try (Results results = new Results(streams, output, columns(named, batch.columns()))) {
                for (Row r : in) {
                    String label = named ? r.required(CaseGroups.CASE) : null;
                    Supplier<List<List<Object>>> computed = batch.rows().apply(r);
                    write(results, label, r.at(batch.column(), computed));
                }
                return results.commit();
            }
        }
    }

    /**
     * Writes the cases of a file, a run of consecutive rows with the same {@code case} a case (the
     * whole file without that column).
     *
     * @param streams the command's streams
     * @param output  the output options
     * @param file    the CSV of cases
     * @param schema  the file's columns, {@code case} among the optional ones
     * @param maxRows the most rows a case may have
     * @param what    what those rows are, for the message, e.g. {@code age bands}
     * @param header  what the file gives, from its header (refusing a header the command cannot read)
     * @return the exit code, {@link ExitCode#OK}, or {@link ExitCode#FINDINGS} when a case had a finding
     */
    static int groups(Streams streams, OutputOptions output, InputFile file, Schema schema, int maxRows, String what,
                      Function<CsvInput, Groups> header) {
        CsvInput in = CsvInput.open(file, streams.in(), schema);
        try (CaseGroups cases = new CaseGroups(in, maxRows, what)) {
            Groups groups = header.apply(in);
            try (Results results = new Results(streams, output, columns(cases.batch(), groups.columns()))) {
                for (CaseGroups.Group group = cases.next(); group != null; group = cases.next()) {
                    String label = cases.batch() ? group.name() : null;
                    Computed computed = groups.group().apply(group);
                    results.findings(label, computed.findings());
                    write(results, label, computed.rows());
                }
                return results.commit();
            }
        }
    }

    private static List<String> columns(boolean named, List<String> columns) {
        List<String> all = new ArrayList<>();
        if (named) {
            all.add(CaseGroups.CASE);
        }
        all.addAll(columns);
        return all;
    }

    private static void write(Results results, String label, List<List<Object>> rows) {
        for (List<Object> row : rows) {
            List<Object> values = new ArrayList<>();
            if (label != null) {
                values.add(label);
            }
            values.addAll(row);
            results.row(values);
        }
    }
}

package org.openbcf.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.openbcf.examples.io.CsvInput;
import org.openbcf.examples.io.InputFile;
import org.openbcf.examples.io.Row;
import org.openbcf.examples.io.Schema;

/**
 * The one loop of the commands that take one case from their options or many from a CSV file, one a
 * row, with an optional {@code case} column that the output then starts with: {@code proportion},
 * {@code rate} and {@code target}. A command gives its columns and how it computes one case's values;
 * this class reads, writes and commits, so the output is written completely or not at all.
 */
final class Cases {

    private Cases() {
    }

    /**
     * Runs a command's cases.
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
            try (Results results = new Results(streams, output, columns)) {
                results.row(Options.named(single));
                return results.commit();
            }
        }
        try (CsvInput in = CsvInput.open(file, streams.in(), schema)) {
            boolean named = in.has("case");
            List<String> all = new ArrayList<>();
            if (named) {
                all.add("case");
            }
            all.addAll(columns);
            try (Results results = new Results(streams, output, all)) {
                for (Row r : in) {
                    List<Object> values = new ArrayList<>();
                    if (named) {
                        values.add(r.required("case"));
                    }
                    Supplier<List<Object>> computed = row.apply(r);
                    values.addAll(r.at(column, computed));
                    results.row(values);
                }
                return results.commit();
            }
        }
    }
}

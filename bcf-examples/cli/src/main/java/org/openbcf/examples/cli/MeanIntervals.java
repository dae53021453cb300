package org.openbcf.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.openbcf.examples.io.BadInputException;
import org.openbcf.examples.io.Figure;
import org.openbcf.examples.io.Row;
import org.openbcf.examples.io.Schema;
import org.openbcf.metrics.stats.ConfidenceLevel;
import org.openbcf.metrics.stats.Estimate;
import org.openbcf.metrics.stats.Means;

/**
 * {@code bcf mean}: a mean with its Student's t interval at each confidence level, computed by
 * {@link Means#of(long, double, double, ConfidenceLevel)} from the count, mean and standard deviation
 * of the options, or by {@link Means#of(double[], ConfidenceLevel)} from the values of a case of a
 * file, a run of rows ({@link Cases#groups}). One value has no interval: its row gives the value and
 * {@link #ONE_VALUE}.
 */
final class MeanIntervals {

    /** The columns of a batch file. */
    static final Schema SCHEMA = Schema.of("value").optional("case");

    /** The most values of one case (a file may hold any number of cases). */
    static final int MAX_VALUES = 1_000_000;

    /** The note of a mean of one value. */
    static final String ONE_VALUE = "one value: no interval (a t interval needs at least 2 values)";

    private MeanIntervals() {
    }

    /**
     * Runs {@code bcf mean}.
     *
     * @param command the command's options
     * @return the exit code
     */
    static int run(MeanCommand command) {
        Options.oneForm(command.file, command.count != null || command.mean != null || command.sd != null,
                "--count, --mean and --sd", "mean");
        List<ConfidenceLevel> levels = command.confidence.levels();
        List<String> columns = new ArrayList<>(List.of("count"));
        columns.addAll(Options.estimateColumns(levels));
        columns.add("note");
        Streams streams = command.streams();
        if (command.file == null) {
            long n = Options.statistic(command.count, "--count", 1);
            double m = Options.required(command.mean, "--mean").doubleValue();
            if (n == 1) {
                return Cases.one(streams, command.output, columns, () -> List.of(single(levels, m)));
            }
            double s = Options.required(command.sd, "--sd").doubleValue();
            return Cases.one(streams, command.output, columns,
                    () -> List.of(values(levels, n, level -> Means.of(n, m, s, level))));
        }
        Cases.Groups groups = new Cases.Groups(columns, group -> {
            List<Row> rows = group.rows();
            double[] values = new double[rows.size()];
            for (int i = 0; i < values.length; i++) {
                Row row = rows.get(i);
                values[i] = row.decimal("value").doubleValue();
            }
            return Cases.Computed.row(values.length == 1 ? single(levels, values[0])
                    : rows.get(0).at("value", () -> values(levels, values.length, level -> Means.of(values, level))));
        });
        return Cases.groups(streams, command.output, command.file, SCHEMA, MAX_VALUES, "values", in -> groups);
    }

    private static List<Object> values(List<ConfidenceLevel> levels, long n, Function<ConfidenceLevel, Estimate> at) {
        List<Object> values = new ArrayList<>(List.of(n));
        values.addAll(Options.estimateValues(levels, Options.Published.MEAN, 1, at));
        values.add("");
        return values;
    }

    /** One value: the value, no interval, and why. */
    private static List<Object> single(List<ConfidenceLevel> levels, double value) {
        if (!Double.isFinite(value)) {
            throw new BadInputException("value (" + value + ") must be a finite number");
        }
        List<Object> values = new ArrayList<>(List.of(1L, Figure.of(value, Options.Published.MEAN.places(1))));
        for (int i = 1; i < Options.estimateColumns(levels).size(); i++) {
            values.add(null);
        }
        values.add(ONE_VALUE);
        return values;
    }
}

package org.openbcf.examples.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.openbcf.core.number.Numbers;
import org.openbcf.examples.io.BadInputException;
import org.openbcf.examples.io.CaseGroups;
import org.openbcf.examples.io.CsvInput;
import org.openbcf.examples.io.Figure;
import org.openbcf.examples.io.InputFile;
import org.openbcf.examples.io.Row;
import org.openbcf.examples.io.Schema;
import org.openbcf.metrics.stats.ConfidenceLevel;
import org.openbcf.metrics.stats.Means;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bcf mean --count 5 --mean 4.4 --sd 1.8166}: a mean with its Student's t interval
 * ({@link Means}), header {@code count,value,lower,upper,note}; or a FILE with a column {@code value},
 * one value a row (optionally {@code case}: each run of rows with the same case is one mean). One
 * value gives the value with no interval and a note saying why, not an error.
 *
 * @since 0.1.0
 */
@Command(name = "mean", mixinStandardHelpOptions = true,
        description = {"A mean with its Student's t confidence interval (mean ± t × sd / √n).",
            "CSV: count,value,lower,upper,note. One case from --count, --mean and --sd (the sample standard deviation), or many from FILE with the column value (one value a row) and optionally case (the output then starts with case).",
            "One value has no interval: its row gives the value and a note."},
        footerHeading = "%nExample:%n",
        footer = "  bcf mean --count 5 --mean 4.4 --sd 1.8166 --confidence 95%% --confidence 99.8%%")
public final class MeanCommand extends Subcommand {

    /** The columns of a batch file. */
    static final Schema SCHEMA = Schema.of("value").optional("case");

    /** The most values of one case (a file may hold any number of cases). */
    static final int MAX_VALUES = 1_000_000;

    /** The note of a mean of one value. */
    static final String ONE_VALUE = "one value: no interval (a t interval needs at least 2 values)";

    @Option(names = "--count", paramLabel = "<count>", description = "The number of values, at least 1.")
    Long count;

    @Option(names = "--mean", paramLabel = "<value>", description = "The mean of the values.")
    BigDecimal mean;

    @Option(names = "--sd", paramLabel = "<value>",
            description = "The sample standard deviation (divisor n - 1), at least 0; not needed for one value.")
    BigDecimal sd;

    @Mixin
    ConfidenceOptions confidence = new ConfidenceOptions();

    @Mixin
    OutputOptions output = new OutputOptions();

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "A CSV of values, or - for standard input.")
    InputFile file;

    @Override
    public Integer call() {
        Options.oneForm(file, count != null || mean != null || sd != null, "--count, --mean and --sd", "mean");
        List<ConfidenceLevel> levels = confidence.levels();
        List<String> columns = new ArrayList<>(List.of("count"));
        columns.addAll(Options.estimateColumns(levels));
        columns.add("note");
        Streams streams = streams();
        if (file == null) {
            long n = Options.statistic(count, "--count", 1);
            double m = Options.required(mean, "--mean").doubleValue();
            if (n == 1) {
                try (Results results = new Results(streams, output, columns)) {
                    results.row(single(levels, m));
                    return results.commit();
                }
            }
            double s = Options.required(sd, "--sd").doubleValue();
            try (Results results = new Results(streams, output, columns)) {
                results.row(Options.named(() -> values(levels, n, level -> Means.of(n, m, s, level))));
                return results.commit();
            }
        }
        try (CaseGroups cases = new CaseGroups(CsvInput.open(file, streams.in(), SCHEMA), MAX_VALUES, "values")) {
            if (cases.batch()) {
                columns.add(0, "case");
            }
            try (Results results = new Results(streams, output, columns)) {
                for (CaseGroups.Group group = cases.next(); group != null; group = cases.next()) {
                    List<Row> rows = group.rows();
                    double[] values = new double[rows.size()];
                    for (int i = 0; i < values.length; i++) {
                        Row row = rows.get(i);
                        values[i] = row.get("value", t -> Numbers.parseDecimal(t, "value")).doubleValue();
                    }
                    List<Object> line = new ArrayList<>();
                    if (cases.batch()) {
                        line.add(group.name());
                    }
                    line.addAll(values.length == 1 ? single(levels, values[0])
                            : rows.get(0).at("value", () -> values(levels, values.length, level -> Means.of(values, level))));
                    results.row(line);
                }
                return results.commit();
            }
        }
    }

    private static List<Object> values(List<ConfidenceLevel> levels, long n,
                                       java.util.function.Function<ConfidenceLevel, org.openbcf.metrics.stats.Estimate> at) {
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

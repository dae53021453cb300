package org.openbcf.examples.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.openbcf.examples.io.CsvInput;
import org.openbcf.examples.io.InputFile;
import org.openbcf.examples.io.Row;
import org.openbcf.examples.io.Schema;
import org.openbcf.metrics.stats.ConfidenceLevel;
import org.openbcf.metrics.stats.Proportions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bcf proportion --numerator 65 --denominator 100}: a proportion with its Wilson interval,
 * header {@code value,lower,upper}; or a batch: a CSV of cases, one per row.
 *
 * @since 0.1.0
 */
@Command(name = "proportion", mixinStandardHelpOptions = true,
        description = {"A proportion with its Wilson score interval.",
            "CSV: value,lower,upper. One case from the options, or many from FILE with the columns numerator,denominator and optionally multiplier and case (the output then starts with case)."},
        footerHeading = "%nExample:%n",
        footer = "  bcf proportion --numerator 65 --denominator 100 --confidence 95%% --confidence 99.8%%")
public final class ProportionCommand extends Subcommand {

    /** The columns of a batch file. */
    static final Schema SCHEMA = Schema.of("numerator", "denominator").optional("multiplier", "case");

    @Option(names = "--numerator", paramLabel = "<count>", description = "The count with the outcome, 0..denominator.")
    Long numerator;

    @Option(names = "--denominator", paramLabel = "<count>", description = "The count of the group, at least 1.")
    Long denominator;

    @Mixin
    ConfidenceOptions confidence = new ConfidenceOptions();

    @Option(names = "--multiplier", paramLabel = "<scale>",
            description = "1 for a fraction (the default), 100 for a percentage.")
    BigDecimal multiplier;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "A CSV of cases, or - for standard input.")
    InputFile file;

    @Override
    public Integer call() {
        Options.oneForm(file, numerator != null || denominator != null, "--numerator and --denominator", "proportion");
        List<ConfidenceLevel> levels = confidence.levels();
        double scale = multiplier == null ? 1 : Options.multiplier(multiplier, "--multiplier");
        Streams streams = streams();
        if (file == null) {
            long n = Options.statistic(numerator, "--numerator", 0);
            long d = Options.statistic(denominator, "--denominator", 1);
            try (Results results = new Results(streams, output, Options.estimateColumns(levels))) {
                results.row(Options.named(() -> Options.estimateValues(levels,
                        Options.Published.PROPORTION, scale, level -> Proportions.wilson(n, d, level, scale))));
                return results.commit();
            }
        }
        try (CsvInput in = CsvInput.open(file, streams.in(), SCHEMA)) {
            List<String> columns = new ArrayList<>();
            if (in.has("case")) {
                columns.add("case");
            }
            columns.addAll(Options.estimateColumns(levels));
            try (Results results = new Results(streams, output, columns)) {
                for (Row row : in) {
                    long n = Options.statistic(row, "numerator", 0);
                    long d = Options.statistic(row, "denominator", 1);
                    double m = row.optional("multiplier").map(t -> Options.multiplier(t, row.where("multiplier"))).orElse(scale);
                    List<Object> values = new ArrayList<>();
                    if (in.has("case")) {
                        values.add(row.required("case"));
                    }
                    values.addAll(row.at("numerator", () -> Options.estimateValues(levels,
                            Options.Published.PROPORTION, m, level -> Proportions.wilson(n, d, level, m))));
                    results.row(values);
                }
                return results.commit();
            }
        }
    }
}

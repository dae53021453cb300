package org.openbcf.examples.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.openbcf.examples.io.InputFile;
import org.openbcf.examples.io.Schema;
import org.openbcf.metrics.stats.ConfidenceLevel;
import org.openbcf.metrics.stats.PoissonLimits;
import org.openbcf.metrics.stats.Rates;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bcf rate --count 108 --population 882569}: a rate with Byar's (10 events or more) or exact
 * Poisson limits, header {@code value,lower,upper,method}; or a batch: a CSV of cases, one per row.
 *
 * @since 0.1.0
 */
@Command(name = "rate", mixinStandardHelpOptions = true,
        description = {"A rate with Byar's or exact Poisson limits.",
            "CSV: value,lower,upper,method. One case from the options, or many from FILE with the columns count,population and optionally multiplier and case (the output then starts with case)."},
        footerHeading = "%nExample:%n",
        footer = "  bcf rate --count 108 --population 882569 --multiplier 100000")
public final class RateCommand extends Subcommand {

    /** The columns of a batch file. */
    static final Schema SCHEMA = Schema.of("count", "population").optional("multiplier", "case");

    @Option(names = "--count", paramLabel = "<count>", description = "The number of events, at least 0.")
    Long count;

    @Option(names = "--population", paramLabel = "<count>", description = "The population, at least 1.")
    Long population;

    @Option(names = "--multiplier", paramLabel = "<scale>", description = "The scale (default 100000).")
    BigDecimal multiplier;

    @Mixin
    ConfidenceOptions confidence = new ConfidenceOptions();

    @Mixin
    OutputOptions output = new OutputOptions();

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "A CSV of cases, or - for standard input.")
    InputFile file;

    @Override
    public Integer call() {
        Options.oneForm(file, count != null || population != null, "--count and --population", "rate");
        List<ConfidenceLevel> levels = confidence.levels();
        double scale = multiplier == null ? Rates.PER_100_000 : Options.multiplier(multiplier, "--multiplier");
        List<String> columns = new ArrayList<>(Options.estimateColumns(levels));
        columns.add("method");
        return Cases.run(streams(), output, file, SCHEMA, columns,
                () -> values(levels, Options.statistic(count, "--count", 0), Options.statistic(population, "--population", 1), scale),
                "count", row -> {
                    long c = Options.statistic(row, "count", 0);
                    long p = Options.statistic(row, "population", 1);
                    double m = row.optional("multiplier").map(t -> Options.multiplier(t, row.where("multiplier"))).orElse(scale);
                    return () -> values(levels, c, p, m);
                });
    }

    private static List<Object> values(List<ConfidenceLevel> levels, long count, long population, double multiplier) {
        List<Object> values = Options.estimateValues(levels, Options.Published.RATE, multiplier, level -> Rates.rate(count, population, multiplier, level));
        values.add(PoissonLimits.method(count).label());
        return values;
    }
}

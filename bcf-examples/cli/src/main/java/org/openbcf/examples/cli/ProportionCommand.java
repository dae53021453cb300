package org.openbcf.examples.cli;

import java.math.BigDecimal;
import java.util.List;

import org.openbcf.examples.io.InputFile;
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
        return Cases.run(streams(), output, file, SCHEMA, Options.estimateColumns(levels),
                () -> wilson(levels, Options.statistic(numerator, "--numerator", 0),
                        Options.statistic(denominator, "--denominator", 1), scale),
                "numerator", row -> {
                    long n = Options.statistic(row, "numerator", 0);
                    long d = Options.statistic(row, "denominator", 1);
                    double m = row.optional("multiplier").map(t -> Options.multiplier(t, row.where("multiplier"))).orElse(scale);
                    return () -> wilson(levels, n, d, m);
                });
    }

    private static List<Object> wilson(List<ConfidenceLevel> levels, long n, long d, double multiplier) {
        return Options.estimateValues(levels, Options.Published.PROPORTION, multiplier,
                level -> Proportions.wilson(n, d, level, multiplier));
    }
}

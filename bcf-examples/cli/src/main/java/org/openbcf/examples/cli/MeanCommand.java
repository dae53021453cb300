package org.openbcf.examples.cli;

import java.math.BigDecimal;

import org.openbcf.examples.io.InputFile;
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
        return MeanIntervals.run(this);
    }
}

package org.openbcf.examples.cli;

import java.math.BigDecimal;

import org.openbcf.examples.io.InputFile;

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
        return PoissonRates.run(this);
    }
}

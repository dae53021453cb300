package org.openbcf.examples.cli;

import java.math.BigDecimal;

import org.openbcf.examples.io.InputFile;

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
        return WilsonIntervals.run(this);
    }
}

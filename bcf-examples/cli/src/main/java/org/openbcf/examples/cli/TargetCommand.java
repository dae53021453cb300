package org.openbcf.examples.cli;

import java.math.BigDecimal;

import org.openbcf.examples.io.InputFile;
import org.openbcf.metrics.target.TargetRounding;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bcf target --base 1377 --reduction 5% --rounding half-up}: a reduction (or increase) target,
 * header {@code target,bound}, e.g. {@code 1308,maximum}; or a batch: a CSV of cases, one per row.
 *
 * @since 0.1.0
 */
@Command(name = "target", mixinStandardHelpOptions = true,
        description = {"A target from a base and a reduction or increase.",
            "CSV: target,bound. One case from the options, or many from FILE with the columns base and reduction or increase (one of the two in each row), optionally rounding and case (the output then starts with case)."},
        footerHeading = "%nExample:%n",
        footer = "  bcf target --base 1377 --reduction 5%% --rounding half-up")
public final class TargetCommand extends Subcommand {

    @Option(names = "--base", paramLabel = "<number>", description = "The base, e.g. 1377.")
    BigDecimal base;

    @Option(names = "--reduction", paramLabel = "<percent>", converter = Converters.Percent.class, description = "A reduction in percent, e.g. 5%%: the target is a maximum.")
    BigDecimal reduction;

    @Option(names = "--increase", paramLabel = "<percent>", converter = Converters.Percent.class, description = "An increase in percent, e.g. 2.5%%: the target is a minimum.")
    BigDecimal increase;

    @Option(names = "--rounding", paramLabel = "<mode>",
            description = "half-up, floor, ceiling or none (default none: keep the exact value).")
    TargetRounding rounding;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "A CSV of cases, or - for standard input.")
    InputFile file;

    @Override
    public Integer call() {
        return ChangeTargets.run(this);
    }
}

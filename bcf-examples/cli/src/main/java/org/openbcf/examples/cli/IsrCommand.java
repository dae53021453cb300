package org.openbcf.examples.cli;

import java.math.BigDecimal;

import org.openbcf.examples.io.InputFile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bcf isr bands.csv}: an indirectly standardised ratio (observed ÷ expected, expected from the
 * reference rates of each band), or with {@code --reference-rate} the indirectly standardised rate,
 * with Byar's or exact Poisson limits on the observed count. Input columns
 * {@code age_band,count,population,reference_rate} (observed events, local population and the
 * reference events per person in each band) and optionally {@code case}; output
 * {@code [case,]observed,expected,value,lower,upper,method}.
 *
 * @since 0.1.0
 */
@Command(name = "isr", mixinStandardHelpOptions = true,
        description = {"An indirectly standardised ratio (or rate) with Byar's or exact Poisson limits.",
            "Output CSV: observed,expected,value,lower,upper,method; with --reference-rate the value is the standardised rate.",
            "FILE columns: age_band,count,population,reference_rate (events per person in the reference population) and optionally case (a batch: one result per case)."},
        footerHeading = "%nExample:%n",
        footer = "  bcf isr --multiplier 100 admissions-by-age.csv")
public final class IsrCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "CSV of age bands, or - for standard input.")
    InputFile file;

    @Option(names = "--multiplier", paramLabel = "<scale>",
            description = "The scale: 1 for a plain ratio (default), 100 for an SMR-style figure; with --reference-rate "
                    + "the rate's scale, e.g. 100000.")
    BigDecimal multiplier;

    @Option(names = "--reference-rate", paramLabel = "<rate>",
            description = "The reference population's overall events per person: gives the standardised rate "
                    + "O/E x rate x multiplier instead of the ratio.")
    BigDecimal referenceRate;

    @Mixin
    ConfidenceOptions confidence = new ConfidenceOptions();

    @Mixin
    OutputOptions output = new OutputOptions();

    @Override
    public Integer call() {
        return StandardisedRatios.run(this);
    }
}

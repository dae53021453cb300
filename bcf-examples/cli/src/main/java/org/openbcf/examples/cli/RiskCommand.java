package org.openbcf.examples.cli;

import org.openbcf.core.risk.RiskMatrix;
import org.openbcf.examples.io.InputFile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bcf risk --matrix 4x4|5x5 <file.csv>}: scores a risk register.
 *
 * <p>Reads {@code id,likelihood,impact[,stated_score]}; writes {@code id,likelihood,impact,score,band,finding},
 * one row per input row in input order, and each finding on its own line to standard error. Exit 0
 * when there are no findings, 1 when there are, 2 for bad input. Risks are read, scored and written
 * one at a time, so memory does not grow with the register (only its ids are remembered, to refuse a
 * repeat).
 *
 * @since 0.1.0
 */
@Command(name = "risk", mixinStandardHelpOptions = true,
        description = {"Score a risk register: score = likelihood x impact, with the band of the matrix.",
            "Input CSV columns: id,likelihood,impact[,stated_score] and any other columns the register has (description, owner, mitigation, ...).",
            "Output columns: id,likelihood,impact,score,band,finding, then the register's other columns as they were.",
            "Exit 0 no findings, 1 findings (also one per line on standard error), 2 bad input."},
        footerHeading = "%nExample:%n",
        footer = "  bcf risk --matrix 5x5 risks.csv")
public final class RiskCommand extends Subcommand {

    @Option(names = "--matrix", required = true, paramLabel = "4x4|5x5", converter = Converters.Matrix.class,
            description = "4x4: the 2016 scheme template (no bands); 5x5: the NHS matrix with bands Low 1-3, "
                    + "Moderate 4-6, High 8-12, Extreme 15-25.")
    RiskMatrix matrix;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Parameters(index = "0", paramLabel = "<file.csv>", description = "The risks, one per row, or - for standard input.")
    InputFile file;

    @Override
    public Integer call() {
        return RiskScores.run(this);
    }
}

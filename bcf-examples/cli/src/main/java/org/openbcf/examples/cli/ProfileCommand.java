package org.openbcf.examples.cli;

import java.math.BigDecimal;

import org.openbcf.core.time.FinancialYear;
import org.openbcf.examples.io.InputFile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bcf profile --annual 1308 --year 2016/17 --integer}: an annual target profiled by working
 * days (England and Wales bank holidays), header {@code month,working_days,target}, months as
 * {@code 2016-04}; or a batch: a CSV of cases, one per row, twelve output rows each.
 *
 * @since 0.1.0
 */
@Command(name = "profile", mixinStandardHelpOptions = true,
        description = {"Profile an annual target by working days per month.",
            "CSV: month,working_days,target. One case from the options, or many from FILE with the columns year,annual and optionally integer (yes or no) and case (the output then starts with case)."},
        footerHeading = "%nExample:%n",
        footer = "  bcf profile --year 2016/17 --annual 1308 --integer")
public final class ProfileCommand extends Subcommand {

    @Option(names = "--annual", paramLabel = "<number>", description = "The annual target, e.g. 1308.")
    BigDecimal annual;

    @Option(names = "--year", paramLabel = "<year>", description = "The financial year, e.g. 2016/17.")
    FinancialYear year;

    @Option(names = "--integer", description = "Whole-number months by largest remainder, summing to the annual target.")
    boolean integer;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "A CSV of cases, or - for standard input.")
    InputFile file;

    @Override
    public Integer call() {
        return WorkingDayProfiles.run(this);
    }
}

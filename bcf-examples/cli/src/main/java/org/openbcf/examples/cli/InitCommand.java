package org.openbcf.examples.cli;

import java.nio.file.Path;

import org.openbcf.core.year.BcfYear;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bcf init}: writes an empty dataset for a year, the template a board fills in.
 *
 * @since 0.1.0
 */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Write an empty BCF dataset for a year, ready to fill in.",
            "Every file's header, the year's funding streams, national-condition questions and metrics are filled in, with a README. Fill it in and run bcf review. Written completely or not at all; an existing dataset is never overwritten (exit 2)."},
        footerHeading = "%nExample:%n",
        footer = {"  bcf init --year 2025/26 lewisham", "  bcf init --year 2025/26 --xlsx lewisham.xlsx"})
public final class InitCommand extends Subcommand {

    @Option(names = "--year", required = true, paramLabel = "YYYY/YY", description = "The BCF year, 2015/16 to 2026/27.")
    BcfYear year;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    /** Where to write: a folder or a workbook. */
    static final class Target {
        @Parameters(index = "0", paramLabel = "DIR", description = "The folder to create (CSV files and README.md).")
        Path dir;

        @Option(names = "--xlsx", paramLabel = "FILE", description = "Write one .xlsx workbook instead: one sheet per file.")
        Path xlsx;
    }

    @Override
    public Integer call() {
        return EmptyDatasets.run(this);
    }
}

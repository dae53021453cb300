package org.openbcf.examples.cli;

import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code bcf review}: reviews one or more BCF datasets with the rules of each one's year. Every
 * dataset is read before anything is written, so a bad one stops the run with one line (exit 2) and
 * nothing is printed. A workbook ({@code --format xlsx}) is written from one dataset at a time, none
 * kept, so a folder of many stays in bounded memory.
 *
 * @since 0.1.0
 */
@Command(name = "review", mixinStandardHelpOptions = true, defaultValueProvider = OutputOptions.TableByDefault.class,
        description = {"Review BCF datasets with the rules of their year.",
            "The review covers the pool, the expenditure plan and its derived minimums against the year's floors, income and expenditure, national conditions, metrics, risks, payment for performance and the Discharge Fund.",
            "Findings (an incomplete dataset's checklist first) also go one per line to standard error.",
            "--format html writes one self-contained page for a board paper (the summary first for several datasets); --format xlsx -o FILE.xlsx writes a workbook with a sheet per section and the findings.",
            "A DATASET is one board's plan or return for one year: a folder with board.csv and optional files, an .xlsx workbook with one sheet per file, or a folder of datasets (then a summary row per board follows).",
            "Exit 0 no warning or error, 1 at least one (notes do not count), 2 an unusable dataset."},
        footerHeading = "%nExample:%n",
        footer = {"  bcf init --year 2025/26 lewisham", "  bcf review lewisham", "  bcf review --format csv boards/",
            "  bcf review lewisham --format html -o report.html", "  bcf review boards/ --format xlsx -o review.xlsx"})
public final class ReviewCommand extends Subcommand {

    @Mixin
    OutputOptions output = new OutputOptions();

    @Parameters(arity = "1..*", paramLabel = "DATASET", description = "A dataset folder, an .xlsx dataset, or a folder of datasets.")
    List<Path> datasets;

    @Override
    public Integer call() {
        return DatasetReviews.run(this);
    }
}

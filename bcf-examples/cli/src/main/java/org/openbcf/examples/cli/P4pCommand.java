package org.openbcf.examples.cli;

import java.math.BigDecimal;
import java.util.List;

import org.openbcf.examples.format.P4pCsv;
import org.openbcf.examples.io.InputFile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bcf p4p}: payment for performance from a CSV of quarterly non-elective admissions. The
 * input and output columns are those of {@link P4pCsv}; findings go to standard error, one per line.
 * Cases of a batch are read, computed and written one at a time. Exit 0 with no findings, 1 with
 * findings, 2 for bad input.
 *
 * @since 0.1.0
 */
@Command(name = "p4p", mixinStandardHelpOptions = true,
        description = {"Payment for performance (BCF 2015/16): suggested quarterly payments and unreleased funds.",
            "Input CSV columns: quarter,baseline,plan,actual, optionally agreed_payment, comment and case (a batch: each case is computed on its own, its rows consecutive). Output: one row per quarter; findings on standard error.",
            "Exit 0 no findings, 1 findings, 2 bad input."},
        footerHeading = "%nExample:%n",
        footer = "  bcf p4p --cost-per-admission 1490 --local-share 16295000 p4p-2015-16.csv")
public final class P4pCommand extends Subcommand {

    @Option(names = P4pPayments.COST, required = true, paramLabel = "<pounds>", converter = Converters.Money.class,
            description = "Cost of one non-elective admission in pounds, e.g. 1490.")
    BigDecimal costPerAdmission;

    @Option(names = P4pPayments.SHARE, paramLabel = "<pounds>", converter = Converters.Money.class,
            description = "Total performance and ring-fenced funds in pounds, e.g. 16295000; caps the pot.")
    BigDecimal localShare;

    @Option(names = P4pPayments.COLUMNS, paramLabel = "LIST", split = ",",
            description = "Output columns to add after the standard ones: cumulative_cap, amount_due, agreed_payment, "
                    + "agreed_unreleased_funds, or all.")
    List<String> columns;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Parameters(index = "0", paramLabel = "<file.csv>", description = "The quarters, or - for standard input.")
    InputFile file;

    @Override
    public Integer call() {
        return P4pPayments.run(this);
    }
}

package org.openbcf.examples.cli;

import java.util.List;

import org.openbcf.examples.io.InputFile;
import org.openbcf.metrics.discharge.DischargeDelays;
import org.openbcf.metrics.stats.ConfidenceLevel;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bcf delays drd.csv}: the discharge-ready-date measures of 2024-25 onwards
 * ({@link DischargeDelays}) from a CSV of months, one row per month and a year-to-date row after the
 * last month of each financial year in the file: the percentage discharged on the ready date with its
 * Wilson interval, the average delay per discharge (NHS England's "including 0-day delays") and per
 * delayed discharge ("excluding 0-day delays").
 *
 * <p>A month whose figures do not add up ({@code R-DRD-1}) or has no discharges ({@code R-DRD-3})
 * gives its finding (exit 1) and a row with empty measures and a {@code note}, and so does the year to
 * date it belongs to: never a silent number. Bed days outside what the bands imply ({@code R-DRD-2})
 * is a warning; the measures stay.
 *
 * @since 0.1.0
 */
@Command(name = "delays", mixinStandardHelpOptions = true,
        description = {"Discharge ready date measures (2024-25 onwards) per month and year to date.",
            "The measures are the percentage discharged on the ready date with its Wilson interval, and the average delay per discharge and per delayed discharge.",
            "FILE columns: month (e.g. 2024-04), discharges, on_ready_date, delayed_1, delayed_2_3, delayed_4_6, delayed_7_13, delayed_14_20, delayed_21_plus, bed_days_lost, optionally case (each case's months on consecutive rows). Months are consecutive; a year-to-date row follows the last month of each financial year (April to March). A month that does not add up is a finding (exit 1) and its measures are empty, with the reason in note."},
        footerHeading = "%nExample:%n",
        footer = "  bcf delays --confidence 95%% --confidence 99.8%% drd-2024-25.csv")
public final class DelaysCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "CSV of months, or - for standard input.")
    InputFile file;

    @Option(names = "--confidence", paramLabel = "<level>",
            description = "The level of the Wilson interval, e.g. 0.95 or 99.8%%; repeat for several side by side "
                    + "(default 95%%).")
    List<ConfidenceLevel> confidence;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Override
    public Integer call() {
        return DischargeMonths.run(this);
    }
}

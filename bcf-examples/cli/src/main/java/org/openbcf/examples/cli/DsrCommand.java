package org.openbcf.examples.cli;

import java.math.BigDecimal;

import org.openbcf.examples.io.InputFile;
import org.openbcf.metrics.stats.NonIndependentStandardisation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bcf dsr falls.csv}: a directly age-standardised rate (Dobson), input columns
 * {@code age_band,count,population} with optional {@code standard_population} (ESP2013 by band label
 * when absent) and {@code case} (a batch: each case's bands on consecutive rows), output
 * {@code [case,]value,lower,upper,note}. A rate whose total count is under 10 is suppressed: its row
 * has empty value and limits and a note saying why (exit 0: suppression is not a finding).
 *
 * <p>The non-independent form (events that one person can have more than once, such as falls
 * admissions; {@link NonIndependentStandardisation}): columns {@code frequency} and {@code people}
 * instead of {@code count}, one row per age band and event frequency (the band's population and
 * weight repeated on each of its rows), e.g. {@code 65-69,2,15,60000}: 15 people with 2 admissions each.
 *
 * @since 0.1.0
 */
@Command(name = "dsr", mixinStandardHelpOptions = true,
        description = {"A directly age-standardised rate with Dobson limits.",
            "CSV: value,lower,upper,note. FILE columns: age_band,count,population, optionally standard_population (else ESP2013 by band) and case (a batch: one result per case, its bands on consecutive rows). A suppressed rate (total count under 10) is a row with empty figures and the reason in note.",
            "Events one person can have more than once (falls admissions): columns frequency and people instead of count, one row per age band and frequency (the people with that many events; the band's population and standard_population on each of its rows): the rate of all events with the non-independent variance (sum over f of f squared x Dobson's variance on the people with frequency f)."},
        footerHeading = "%nExample:%n",
        footer = "  bcf dsr --confidence 95%% --confidence 99.8%% falls-65-plus.csv")
public final class DsrCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "CSV of age bands, or - for standard input.")
    InputFile file;

    @Option(names = "--multiplier", paramLabel = "<scale>", description = "The scale (default 100000).")
    BigDecimal multiplier;

    @Mixin
    ConfidenceOptions confidence = new ConfidenceOptions();

    @Mixin
    OutputOptions output = new OutputOptions();

    @Override
    public Integer call() {
        return StandardisedRates.run(this);
    }
}

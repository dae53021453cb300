package org.openbcf.examples.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.openbcf.core.number.Numbers;
import org.openbcf.examples.io.BadInputException;
import org.openbcf.examples.io.CaseGroups;
import org.openbcf.examples.io.CsvInput;
import org.openbcf.examples.io.InputFile;
import org.openbcf.examples.io.Row;
import org.openbcf.examples.io.Schema;
import org.openbcf.metrics.stats.AgeBand;
import org.openbcf.metrics.stats.ConfidenceLevel;
import org.openbcf.metrics.stats.DirectStandardisation;
import org.openbcf.metrics.stats.EventFrequency;
import org.openbcf.metrics.stats.NonIndependentStandardisation;
import org.openbcf.metrics.stats.StandardPopulation;
import org.openbcf.metrics.stats.StandardisedRate;

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

    /** The columns of the input. */
    static final Schema SCHEMA = Schema.of("age_band", "population").optional("count", "frequency", "people",
            "standard_population", "case");

    /** The most events a person may have in the non-independent form. */
    static final long MAX_FREQUENCY = 1_000_000;

    /** The most age bands a case may have. */
    static final int MAX_BANDS = 1_000;

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
        List<ConfidenceLevel> levels = confidence.levels();
        double scale = multiplier == null ? 100_000 : Options.multiplier(multiplier, "--multiplier");
        Streams streams = streams();
        CsvInput in = CsvInput.open(file, streams.in(), SCHEMA);
        try (CaseGroups cases = new CaseGroups(in, MAX_BANDS, "age bands")) {
            boolean nonIndependent = form(in);
            List<String> columns = new ArrayList<>();
            if (cases.batch()) {
                columns.add("case");
            }
            columns.addAll(Options.estimateColumns(levels));
            columns.add("note");
            try (Results results = new Results(streams, output, columns)) {
                for (CaseGroups.Group group = cases.next(); group != null; group = cases.next()) {
                    Function<ConfidenceLevel, StandardisedRate> rate = rate(group.rows(), nonIndependent, scale);
                    List<Object> values = new ArrayList<>();
                    if (cases.batch()) {
                        values.add(group.name());
                    }
                    Row first = group.rows().get(0);
                    StandardisedRate at95 = first.at(nonIndependent ? "people" : "count", () -> rate.apply(levels.get(0)));
                    if (at95.isSuppressed()) {
                        for (int i = 0; i < Options.estimateColumns(levels).size(); i++) {
                            values.add(null);
                        }
                        values.add("suppressed: " + at95.suppressionReason().orElseThrow());
                    } else {
                        values.addAll(Options.estimateValues(levels, Options.Published.RATE, scale,
                                level -> rate.apply(level).estimate().orElseThrow()));
                        values.add("");
                    }
                    results.row(values);
                }
                return results.commit();
            }
        }
    }

    /** Whether the file is in the non-independent form (frequency,people) rather than count. */
    private static boolean form(CsvInput in) {
        boolean count = in.has("count");
        boolean frequencies = in.has("frequency") || in.has("people");
        if (count && frequencies) {
            throw new BadInputException(in.source() + " row 1: give either the column count or the columns frequency "
                    + "and people (events one person can have more than once), not both");
        }
        if (!count && !frequencies) {
            throw new BadInputException(in.source() + " row 1: missing column count (or frequency and people); expected "
                    + "age_band,count,population[,standard_population,case] or "
                    + "age_band,frequency,people,population[,standard_population,case]");
        }
        for (String column : List.of("frequency", "people")) {
            if (frequencies && !in.has(column)) {
                throw new BadInputException(in.source() + " row 1: missing column " + column
                        + "; the non-independent form needs both frequency and people");
            }
        }
        return frequencies;
    }

    private static Function<ConfidenceLevel, StandardisedRate> rate(List<Row> rows, boolean nonIndependent,
                                                                      double scale) {
        if (nonIndependent) {
            List<EventFrequency> frequencies = new ArrayList<>();
            for (Row row : rows) {
                frequencies.add(frequency(row));
            }
            return level -> NonIndependentStandardisation.rate(frequencies, scale, level);
        }
        List<AgeBand> bands = new ArrayList<>();
        for (Row row : rows) {
            bands.add(band(row));
        }
        return level -> DirectStandardisation.rate(bands, scale, level);
    }

    private static EventFrequency frequency(Row row) {
        String label = row.required("age_band");
        int frequency = (int) row.whole("frequency", 0, MAX_FREQUENCY);
        // an empty people cell is 0 people, as an empty count is 0 events
        long people = row.text("people").isEmpty() ? 0 : Options.statistic(row, "people", 0);
        long population = Options.statistic(row, "population", 1);
        double weight = weight(row);
        return row.at("people", () -> new EventFrequency(label, frequency, people, population, weight));
    }

    private static double weight(Row row) {
        if (!row.has("standard_population")) {
            return row.get("age_band", t -> StandardPopulation.esp2013().weight(t));
        }
        double weight = row.get("standard_population", t -> Numbers.parseDecimal(t, "standard_population")).doubleValue();
        // the library's rule for a weight, refused at this column rather than at population
        row.at("standard_population", () -> new AgeBand(row.required("age_band"), 0, 1, weight));
        return weight;
    }

    private static AgeBand band(Row row) {
        String label = row.required("age_band");
        long count = row.text("count").isEmpty() ? 0 : Options.statistic(row, "count", 0);
        long population = Options.statistic(row, "population", 1);
        double weight = weight(row);
        return row.at("population", () -> new AgeBand(label, count, population, weight));
    }
}

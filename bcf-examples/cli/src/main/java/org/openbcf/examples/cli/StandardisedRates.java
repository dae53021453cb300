package org.openbcf.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.openbcf.examples.io.BadInputException;
import org.openbcf.examples.io.CsvInput;
import org.openbcf.examples.io.Row;
import org.openbcf.examples.io.Schema;
import org.openbcf.metrics.stats.AgeBand;
import org.openbcf.metrics.stats.ConfidenceLevel;
import org.openbcf.metrics.stats.DirectStandardisation;
import org.openbcf.metrics.stats.EventFrequency;
import org.openbcf.metrics.stats.NonIndependentStandardisation;
import org.openbcf.metrics.stats.StandardPopulation;
import org.openbcf.metrics.stats.StandardisedRate;

/**
 * {@code bcf dsr}: a directly age-standardised rate with Dobson limits at each confidence level,
 * computed from a case's age bands by {@link DirectStandardisation#rate(List, double, ConfidenceLevel)},
 * or, for events one person can have more than once, from its bands and event frequencies by
 * {@link NonIndependentStandardisation#rate(List, double, ConfidenceLevel)}; weights from the
 * {@code standard_population} column, else ESP2013 by band label ({@link StandardPopulation#esp2013()}).
 * A case is a run of rows ({@link Cases#groups}); a rate the library suppresses is a row with empty
 * figures and the reason in {@code note}.
 */
final class StandardisedRates {

    /** The columns of the input. */
    static final Schema SCHEMA = Schema.of("age_band", "population").optional("count", "frequency", "people",
            "standard_population", "case");

    /** The most events a person may have in the non-independent form. */
    static final long MAX_FREQUENCY = 1_000_000;

    /** The most age bands a case may have. */
    static final int MAX_BANDS = 1_000;

    private StandardisedRates() {
    }

    /**
     * Runs {@code bcf dsr}.
     *
     * @param command the command's options
     * @return the exit code
     */
    static int run(DsrCommand command) {
        List<ConfidenceLevel> levels = command.confidence.levels();
        double scale = command.multiplier == null ? 100_000 : Options.multiplier(command.multiplier, "--multiplier");
        List<String> estimate = Options.estimateColumns(levels);
        List<String> columns = new ArrayList<>(estimate);
        columns.add("note");
        return Cases.groups(command.streams(), command.output, command.file, SCHEMA, MAX_BANDS, "age bands", in -> {
            boolean nonIndependent = form(in);
            return new Cases.Groups(columns, group -> {
                Function<ConfidenceLevel, StandardisedRate> rate = rate(group.rows(), nonIndependent, scale);
                List<Object> values = new ArrayList<>();
                Row first = group.rows().get(0);
                StandardisedRate at95 = first.at(nonIndependent ? "people" : "count", () -> rate.apply(levels.get(0)));
                if (at95.isSuppressed()) {
                    for (int i = 0; i < estimate.size(); i++) {
                        values.add(null);
                    }
                    values.add("suppressed: " + at95.suppressionReason().orElseThrow());
                } else {
                    values.addAll(Options.estimateValues(levels, Options.Published.RATE, scale,
                            level -> rate.apply(level).estimate().orElseThrow()));
                    values.add("");
                }
                return Cases.Computed.row(values);
            });
        });
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
        double weight = row.decimal("standard_population").doubleValue();
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

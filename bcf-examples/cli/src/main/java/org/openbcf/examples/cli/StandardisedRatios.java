package org.openbcf.examples.cli;

import java.util.ArrayList;
import java.util.List;

import org.openbcf.examples.io.Figure;
import org.openbcf.examples.io.Row;
import org.openbcf.examples.io.Schema;
import org.openbcf.metrics.stats.ConfidenceLevel;
import org.openbcf.metrics.stats.Estimate;
import org.openbcf.metrics.stats.IndirectStandardisation;
import org.openbcf.metrics.stats.IndirectStandardisation.ReferenceBand;
import org.openbcf.metrics.stats.PoissonLimits;

/**
 * {@code bcf isr}: an indirectly standardised ratio (observed ÷ expected), or with
 * {@code --reference-rate} the indirectly standardised rate, with Byar's or exact Poisson limits on
 * the observed count at each confidence level: the expected count from a case's age bands and their
 * reference rates by {@link IndirectStandardisation#expected(List)}, the figure by
 * {@link IndirectStandardisation#ratio} or {@link IndirectStandardisation#rate}. A case is a run of
 * rows ({@link Cases#groups}).
 */
final class StandardisedRatios {

    /** The columns of the input. */
    static final Schema SCHEMA = Schema.of("age_band", "count", "population", "reference_rate").optional("case");

    private StandardisedRatios() {
    }

    /**
     * Runs {@code bcf isr}.
     *
     * @param command the command's options
     * @return the exit code
     */
    static int run(IsrCommand command) {
        List<ConfidenceLevel> levels = command.confidence.levels();
        double scale = command.multiplier == null ? 1 : Options.multiplier(command.multiplier, "--multiplier");
        Double overall = command.referenceRate == null ? null : Options.multiplier(command.referenceRate, "--reference-rate");
        List<String> columns = new ArrayList<>(List.of("observed", "expected"));
        columns.addAll(Options.estimateColumns(levels));
        columns.add("method");
        Cases.Groups groups = new Cases.Groups(columns, group -> {
            List<ReferenceBand> bands = new ArrayList<>();
            long observed = 0;
            for (Row row : group.rows()) {
                observed = Math.addExact(observed, Options.statistic(row, "count", 0));
                bands.add(band(row));
            }
            long o = observed;
            List<Object> values = new ArrayList<>();
            values.add(o);
            Row first = group.rows().get(0);
            values.add(Figure.of(first.at("reference_rate", () -> IndirectStandardisation.expected(bands)), 1));
            values.addAll(first.at("reference_rate", () -> Options.estimateValues(levels,
                    overall == null ? Options.Published.RATIO : Options.Published.RATE, scale, level -> estimate(o, bands,
                    overall, scale, level))));
            values.add(PoissonLimits.method(o).label());
            return Cases.Computed.row(values);
        });
        return Cases.groups(command.streams(), command.output, command.file, SCHEMA, StandardisedRates.MAX_BANDS,
                "age bands", in -> groups);
    }

    private static Estimate estimate(long observed, List<ReferenceBand> bands, Double overall, double scale,
                                     ConfidenceLevel level) {
        return overall == null ? IndirectStandardisation.ratio(observed, bands, scale, level)
                : IndirectStandardisation.rate(observed, bands, overall, scale, level);
    }

    private static ReferenceBand band(Row row) {
        String label = row.required("age_band");
        long population = Options.statistic(row, "population", 0);
        double rate = row.decimal("reference_rate").doubleValue();
        return row.at("reference_rate", () -> new ReferenceBand(label, population, rate));
    }
}

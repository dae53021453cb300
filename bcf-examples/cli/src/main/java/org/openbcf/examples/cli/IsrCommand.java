package org.openbcf.examples.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.openbcf.core.number.Numbers;
import org.openbcf.examples.io.CaseGroups;
import org.openbcf.examples.io.CsvInput;
import org.openbcf.examples.io.Figure;
import org.openbcf.examples.io.InputFile;
import org.openbcf.examples.io.Row;
import org.openbcf.examples.io.Schema;
import org.openbcf.metrics.stats.ConfidenceLevel;
import org.openbcf.metrics.stats.Estimate;
import org.openbcf.metrics.stats.IndirectStandardisation;
import org.openbcf.metrics.stats.IndirectStandardisation.ReferenceBand;
import org.openbcf.metrics.stats.PoissonLimits;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bcf isr bands.csv}: an indirectly standardised ratio (observed ÷ expected, expected from the
 * reference rates of each band), or with {@code --reference-rate} the indirectly standardised rate,
 * with Byar's or exact Poisson limits on the observed count. Input columns
 * {@code age_band,count,population,reference_rate} (observed events, local population and the
 * reference events per person in each band) and optionally {@code case}; output
 * {@code [case,]observed,expected,value,lower,upper,method}.
 *
 * @since 0.1.0
 */
@Command(name = "isr", mixinStandardHelpOptions = true,
        description = {"An indirectly standardised ratio (or rate) with Byar's or exact Poisson limits.",
            "Output CSV: observed,expected,value,lower,upper,method; with --reference-rate the value is the standardised rate.",
            "FILE columns: age_band,count,population,reference_rate (events per person in the reference population) and optionally case (a batch: one result per case)."},
        footerHeading = "%nExample:%n",
        footer = "  bcf isr --multiplier 100 admissions-by-age.csv")
public final class IsrCommand extends Subcommand {

    /** The columns of the input. */
    static final Schema SCHEMA = Schema.of("age_band", "count", "population", "reference_rate").optional("case");

    @Parameters(index = "0", paramLabel = "FILE", description = "CSV of age bands, or - for standard input.")
    InputFile file;

    @Option(names = "--multiplier", paramLabel = "<scale>",
            description = "The scale: 1 for a plain ratio (default), 100 for an SMR-style figure; with --reference-rate "
                    + "the rate's scale, e.g. 100000.")
    BigDecimal multiplier;

    @Option(names = "--reference-rate", paramLabel = "<rate>",
            description = "The reference population's overall events per person: gives the standardised rate "
                    + "O/E x rate x multiplier instead of the ratio.")
    BigDecimal referenceRate;

    @Mixin
    ConfidenceOptions confidence = new ConfidenceOptions();

    @Mixin
    OutputOptions output = new OutputOptions();

    @Override
    public Integer call() {
        List<ConfidenceLevel> levels = confidence.levels();
        double scale = multiplier == null ? 1 : Options.multiplier(multiplier, "--multiplier");
        Double overall = referenceRate == null ? null : Options.multiplier(referenceRate, "--reference-rate");
        Streams streams = streams();
        try (CaseGroups cases = new CaseGroups(CsvInput.open(file, streams.in(), SCHEMA),
                DsrCommand.MAX_BANDS, "age bands")) {
            List<String> columns = new ArrayList<>();
            if (cases.batch()) {
                columns.add("case");
            }
            columns.addAll(List.of("observed", "expected"));
            columns.addAll(Options.estimateColumns(levels));
            columns.add("method");
            try (Results results = new Results(streams, output, columns)) {
                for (CaseGroups.Group group = cases.next(); group != null; group = cases.next()) {
                    List<ReferenceBand> bands = new ArrayList<>();
                    long observed = 0;
                    for (Row row : group.rows()) {
                        observed = Math.addExact(observed, Options.statistic(row, "count", 0));
                        bands.add(band(row));
                    }
                    long o = observed;
                    List<Object> values = new ArrayList<>();
                    if (cases.batch()) {
                        values.add(group.name());
                    }
                    values.add(o);
                    Row first = group.rows().get(0);
                    values.add(Figure.of(first.at("reference_rate", () -> IndirectStandardisation.expected(bands)), 1));
                    values.addAll(first.at("reference_rate", () -> Options.estimateValues(levels,
                            overall == null ? Options.Published.RATIO : Options.Published.RATE, scale, level -> estimate(o, bands,
                            overall, scale, level))));
                    values.add(PoissonLimits.method(o).label());
                    results.row(values);
                }
                return results.commit();
            }
        }
    }

    private static Estimate estimate(long observed, List<ReferenceBand> bands, Double overall, double scale,
                                     ConfidenceLevel level) {
        return overall == null ? IndirectStandardisation.ratio(observed, bands, scale, level)
                : IndirectStandardisation.rate(observed, bands, overall, scale, level);
    }

    private static ReferenceBand band(Row row) {
        String label = row.required("age_band");
        long population = Options.statistic(row, "population", 0);
        double rate = row.get("reference_rate", t -> Numbers.parseDecimal(t, "reference_rate")).doubleValue();
        return row.at("reference_rate", () -> new ReferenceBand(label, population, rate));
    }
}

package org.openbcf.examples.cli;

import java.util.ArrayList;
import java.util.List;

import org.openbcf.core.number.Numbers;
import org.openbcf.examples.io.CaseGroups;
import org.openbcf.examples.io.CsvInput;
import org.openbcf.examples.io.InputFile;
import org.openbcf.examples.io.Row;
import org.openbcf.examples.io.Schema;
import org.openbcf.metrics.stats.AgeBand;
import org.openbcf.metrics.stats.ConfidenceLevel;
import org.openbcf.metrics.stats.DirectStandardisation;
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
 */
@Command(name = "dsr", mixinStandardHelpOptions = true,
        description = {"A directly age-standardised rate with Dobson limits (CSV: value,lower,upper,note).",
            "FILE columns: age_band,count,population, optionally standard_population (else ESP2013 by band)",
            "and case (a batch: one result per case, its bands on consecutive rows). A suppressed rate",
            "(total count under 10) is a row with empty figures and the reason in note."},
        footerHeading = "%nExample:%n",
        footer = "  bcf dsr --confidence 95%% --confidence 99.8%% falls-65-plus.csv")
public final class DsrCommand extends Subcommand {

    /** The columns of the input. */
    static final Schema SCHEMA = Schema.of("age_band", "count", "population").optional("standard_population", "case");

    /** The most age bands a case may have. */
    static final int MAX_BANDS = 1_000;

    @Parameters(index = "0", paramLabel = "FILE", description = "CSV of age bands, or - for standard input.")
    String file;

    @Option(names = "--multiplier", paramLabel = "<scale>", description = "The scale (default 100000).")
    String multiplier;

    @Option(names = "--confidence", paramLabel = "<level>",
            description = "The level, e.g. 0.95 or 99.8%%; repeat for several side by side (default 95%%).")
    List<String> confidence;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Override
    public Integer call() {
        List<ConfidenceLevel> levels = Options.confidences(confidence);
        double scale = multiplier == null ? 100_000 : Options.multiplier(multiplier, "--multiplier");
        Streams streams = streams();
        try (CaseGroups cases = new CaseGroups(CsvInput.open(InputFile.of(file), streams.in(), SCHEMA), MAX_BANDS,
                "age bands")) {
            List<String> columns = new ArrayList<>();
            if (cases.batch()) {
                columns.add("case");
            }
            columns.addAll(Options.estimateColumns(levels));
            columns.add("note");
            try (Results results = new Results(streams, output, columns)) {
                for (CaseGroups.Group group = cases.next(); group != null; group = cases.next()) {
                    List<AgeBand> bands = new ArrayList<>();
                    for (Row row : group.rows()) {
                        bands.add(band(row));
                    }
                    List<Object> values = new ArrayList<>();
                    if (cases.batch()) {
                        values.add(group.name());
                    }
                    Row first = group.rows().get(0);
                    StandardisedRate at95 = first.at("count", () -> DirectStandardisation.rate(bands, scale, levels.get(0)));
                    if (at95.isSuppressed()) {
                        for (int i = 0; i < Options.estimateColumns(levels).size(); i++) {
                            values.add(null);
                        }
                        values.add("suppressed: " + at95.suppressionReason().orElseThrow());
                    } else {
                        values.addAll(Options.estimateValues(levels,
                                level -> DirectStandardisation.rate(bands, scale, level).estimate().orElseThrow()));
                        values.add("");
                    }
                    results.row(values);
                }
                return results.commit();
            }
        }
    }

    private static AgeBand band(Row row) {
        String label = row.required("age_band");
        long count = row.text("count").isEmpty() ? 0 : Options.count(row, "count", 0);
        long population = Options.count(row, "population", 1);
        double weight = row.has("standard_population")
                ? row.get("standard_population", t -> Numbers.parseDecimal(t, "standard_population")).doubleValue()
                : row.get("age_band", t -> StandardPopulation.esp2013().weight(t));
        return row.at("population", () -> new AgeBand(label, count, population, weight));
    }
}

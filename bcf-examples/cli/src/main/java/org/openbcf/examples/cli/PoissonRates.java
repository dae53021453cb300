package org.openbcf.examples.cli;

import java.util.ArrayList;
import java.util.List;

import org.openbcf.examples.io.Schema;
import org.openbcf.metrics.stats.ConfidenceLevel;
import org.openbcf.metrics.stats.PoissonLimits;
import org.openbcf.metrics.stats.Rates;

/**
 * {@code bcf rate}: a crude rate with its limits at each confidence level, computed by
 * {@link Rates#rate(long, long, double, ConfidenceLevel)} (Byar's method from 10 events, exact Poisson
 * below, as {@link PoissonLimits#method(long)} names it), for the one case of the options or a row a
 * case of a file ({@link Cases}).
 */
final class PoissonRates {

    /** The columns of a batch file. */
    static final Schema SCHEMA = Schema.of("count", "population").optional("multiplier", "case");

    private PoissonRates() {
    }

    /**
     * Runs {@code bcf rate}.
     *
     * @param command the command's options
     * @return the exit code
     */
    static int run(RateCommand command) {
        Options.oneForm(command.file, command.count != null || command.population != null, "--count and --population", "rate");
        List<ConfidenceLevel> levels = command.confidence.levels();
        double scale = command.multiplier == null ? Rates.PER_100_000 : Options.multiplier(command.multiplier, "--multiplier");
        List<String> columns = new ArrayList<>(Options.estimateColumns(levels));
        columns.add("method");
        return Cases.run(command.streams(), command.output, command.file, SCHEMA, columns,
                () -> values(levels, Options.statistic(command.count, "--count", 0),
                        Options.statistic(command.population, "--population", 1), scale),
                "count", Cases.counts("count", "population", scale, (c, p, m) -> values(levels, c, p, m)));
    }

    private static List<Object> values(List<ConfidenceLevel> levels, long count, long population, double multiplier) {
        List<Object> values = Options.estimateValues(levels, Options.Published.RATE, multiplier, level -> Rates.rate(count, population, multiplier, level));
        values.add(PoissonLimits.method(count).label());
        return values;
    }
}

package org.openbcf.examples.cli;

import java.util.List;

import org.openbcf.examples.io.Schema;
import org.openbcf.metrics.stats.ConfidenceLevel;
import org.openbcf.metrics.stats.Proportions;

/**
 * {@code bcf proportion}: a proportion with its Wilson score interval at each confidence level,
 * computed by {@link Proportions#wilson(long, long, ConfidenceLevel, double)}, for the one case of
 * the options or a row a case of a file ({@link Cases}).
 */
final class WilsonIntervals {

    /** The columns of a batch file. */
    static final Schema SCHEMA = Schema.of("numerator", "denominator").optional("multiplier", "case");

    private WilsonIntervals() {
    }

    /**
     * Runs {@code bcf proportion}.
     *
     * @param command the command's options
     * @return the exit code
     */
    static int run(ProportionCommand command) {
        Options.oneForm(command.file, command.numerator != null || command.denominator != null,
                "--numerator and --denominator", "proportion");
        List<ConfidenceLevel> levels = command.confidence.levels();
        double scale = command.multiplier == null ? 1 : Options.multiplier(command.multiplier, "--multiplier");
        return Cases.run(command.streams(), command.output, command.file, SCHEMA, Options.estimateColumns(levels),
                () -> wilson(levels, Options.statistic(command.numerator, "--numerator", 0),
                        Options.statistic(command.denominator, "--denominator", 1), scale),
                "numerator", Cases.counts("numerator", "denominator", scale, (n, d, m) -> wilson(levels, n, d, m)));
    }

    private static List<Object> wilson(List<ConfidenceLevel> levels, long n, long d, double multiplier) {
        return Options.estimateValues(levels, Options.Published.PROPORTION, multiplier,
                level -> Proportions.wilson(n, d, level, multiplier));
    }
}

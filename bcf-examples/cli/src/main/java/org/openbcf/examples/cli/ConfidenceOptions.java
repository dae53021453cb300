package org.openbcf.examples.cli;

import java.util.List;

import org.openbcf.metrics.stats.ConfidenceLevel;

import picocli.CommandLine.Option;

/**
 * The {@code --confidence} option of every statistics command: one level or several, printed side
 * by side as Fingertips publishes them ({@code lower_95,upper_95,lower_99_8,upper_99_8}). A picocli mixin.
 *
 * @since 0.1.0
 */
public final class ConfidenceOptions {

    @Option(names = "--confidence", paramLabel = "<level>",
            description = "The level, e.g. 0.95 or 99.8%%; repeat for several side by side (default 95%%).")
    List<ConfidenceLevel> confidence;

    /**
     * The levels given, 95% when none is.
     *
     * @return the levels in the order given, never empty
     */
    List<ConfidenceLevel> levels() {
        return Options.confidences(confidence);
    }
}

package org.openbcf.metrics.measure;

import org.openbcf.core.internal.Checks;
import org.openbcf.metrics.compare.BenchmarkComparison;
import org.openbcf.metrics.stats.ConfidenceLevel;
import org.openbcf.metrics.stats.Estimate;
import org.openbcf.metrics.stats.Rates;

/**
 * A rate measure computed from its definition and one period's counts, e.g. ASCOF 2C: 1,291 people in
 * a population of 240,000 aged 65+ → 537.92 per 100,000 (G10), 95% 508.97 to 568.08 (Byar's).
 *
 * <p>{@code count / population × multiplier} with Byar's limits from 10 events and exact Poisson limits
 * below ({@code statistics.md}, "Rate"); full precision is kept (DHSC rounds 2C to 1 decimal place for
 * publication). The definition, and so whether it came from the caller, travels with the result. This
 * class is immutable and thread-safe.
 *
 * @param definition the measure's definition, not null
 * @param numerator  the count, at least 0
 * @param population the population, at least 1
 * @param rate       the rate with its interval, not null
 * @since 0.1.0
 */
public record MeasuredRate(RateDefinition definition, long numerator, long population, Estimate rate) {

    /**
     * Checks the components.
     *
     * @param definition the definition
     * @param numerator  the count
     * @param population the population
     * @param rate       the rate
     */
    public MeasuredRate {
        Checks.notNull(definition, "definition");
        Checks.notNull(rate, "rate");
        if (numerator < 0) {
            throw new IllegalArgumentException("numerator of " + definition.id() + " (" + numerator + ") must not be negative");
        }
        if (population < 1) {
            throw new IllegalArgumentException("population of " + definition.id() + " (" + population + ") must be at least 1");
        }
    }

    /**
     * Computes the measure, the form of a CSV row {@code numerator,population}.
     *
     * @param definition the definition, not null
     * @param numerator  the count, at least 0
     * @param population the population, at least 1
     * @param confidence the level, not null
     * @return the measure, never null
     */
    public static MeasuredRate of(RateDefinition definition, long numerator, long population,
                                  ConfidenceLevel confidence) {
        Checks.notNull(definition, "definition");
        if (numerator < 0) {
            throw new IllegalArgumentException("numerator of " + definition.id() + " (" + numerator + ") must not be negative");
        }
        if (population < 1) {
            throw new IllegalArgumentException("population of " + definition.id() + " (" + population + ") must be at least 1");
        }
        return new MeasuredRate(definition, numerator, population,
                Rates.rate(numerator, population, definition.multiplier(), confidence));
    }

    /**
     * Compares this measure with a benchmark at 95% and 99.8% (the interval at each level recomputed
     * from the same counts).
     *
     * @param benchmark the benchmark rate on the definition's scale, finite
     * @return the comparison, never null; read it with {@code definition().direction()}
     */
    public BenchmarkComparison compareWith(double benchmark) {
        return BenchmarkComparison.of(level -> java.util.Optional.of(
                Rates.rate(numerator, population, definition.multiplier(), level)), benchmark);
    }
}

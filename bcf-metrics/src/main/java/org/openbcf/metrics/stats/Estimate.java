package org.openbcf.metrics.stats;

import org.openbcf.core.internal.Checks;

/**
 * A statistic with its confidence interval, e.g. a rate of 12.237 per 100,000 with limits 10.04
 * and 14.77 (Byar's, 95%).
 *
 * <p>Values are doubles: statistics are not money, and rounding them is a presentation choice
 * (spec README, "Rates and proportions"). This class is immutable and thread-safe.
 *
 * @param value      the point estimate, finite
 * @param lower      the lower confidence limit, finite, not above {@code upper}
 * @param upper      the upper confidence limit, finite
 * @param method     how the interval was computed, not null
 * @param confidence the confidence level of the interval, not null
 * @since 0.1.0
 */
public record Estimate(double value, double lower, double upper, Method method, ConfidenceLevel confidence) {

    /**
     * Checks the components.
     *
     * <p>The fields are set before the checks, not after as in a compact constructor: stores that
     * directly follow the allocation are the object's initialisation, which the JIT compiler
     * writes without the garbage collector's barriers for the two references. An estimate that
     * fails a check is never seen, since the constructor throws.
     *
     * @param value      the point estimate
     * @param lower      the lower limit
     * @param upper      the upper limit
     * @param method     the method
     * @param confidence the level
     */
    public Estimate(double value, double lower, double upper, Method method, ConfidenceLevel confidence) {
        this.value = value;
        this.lower = lower;
        this.upper = upper;
        this.method = method;
        this.confidence = confidence;
        check(value, lower, upper, method, confidence);
    }

    /**
     * The checks of the components, for a result that keeps them without making an estimate
     * ({@link StandardisedRate}): the same rules and messages as the constructor.
     */
    static void check(double value, double lower, double upper, Method method, ConfidenceLevel confidence) {
        Checks.notNull(method, "method");
        Checks.notNull(confidence, "confidence");
        // x - x is 0 for a finite x and NaN for an infinite or NaN one, and a sum with a NaN is NaN:
        // one comparison accepts three finite figures in order, and only a failure looks further
        if (!((value - value) + (lower - lower) + (upper - upper) == 0.0 && lower <= upper)) {
            throw invalid(value, lower, upper);
        }
    }

    /** The failure of {@link #check}: the first figure that is not finite, else the order. */
    private static IllegalArgumentException invalid(double value, double lower, double upper) {
        requireFinite(value, "value");
        requireFinite(lower, "lower limit");
        requireFinite(upper, "upper limit");
        return new IllegalArgumentException(
                "lower limit (" + lower + ") must not be above the upper limit (" + upper + ")");
    }

    private static void requireFinite(double number, String field) {
        if (!Double.isFinite(number)) {
            throw new IllegalArgumentException(field + " (" + number + ") must be a finite number");
        }
    }

    /**
     * Whether the interval contains a value, limits included: {@code lower <= x <= upper}.
     *
     * @param x the value
     * @return true when the interval contains it
     */
    public boolean contains(double x) {
        return lower <= x && x <= upper;
    }

    /**
     * The width of the interval, {@code upper − lower}.
     *
     * @return the width, never negative
     */
    public double width() {
        return upper - lower;
    }
}

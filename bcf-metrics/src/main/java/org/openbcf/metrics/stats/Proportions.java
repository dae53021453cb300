package org.openbcf.metrics.stats;

import org.openbcf.core.internal.Checks;

/**
 * Proportions with the Wilson score interval, e.g. 65 of 100 at 95% → 0.65 (0.5525444329688797 to
 * 0.7363575175690247).
 *
 * <p>Source: {@code statistics.md}, "Proportion"; the reablement and discharge metrics are
 * proportions. This class is stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class Proportions {

    private Proportions() {
    }

    /**
     * The proportion {@code x / n} as a fraction with its Wilson interval.
     *
     * @param numerator   x, between 0 and the denominator
     * @param denominator n, 1 to 10<sup>15</sup> ({@link StatisticsLimits#MAX_COUNT})
     * @param confidence  the level, not null
     * @return the estimate, with limits within [0, 1]
     */
    public static Estimate wilson(long numerator, long denominator, ConfidenceLevel confidence) {
        return wilson(numerator, denominator, confidence, 1.0);
    }

    /**
     * The proportion {@code x / n × multiplier} with its Wilson interval on the same scale, e.g.
     * multiplier 100 for a percentage: 865 of 1,000 → 86.5.
     *
     * @param numerator   x, between 0 and the denominator
     * @param denominator n, 1 to 10<sup>15</sup> ({@link StatisticsLimits#MAX_COUNT})
     * @param confidence  the level, not null
     * @param multiplier  the scale, finite and positive (1 for a fraction, 100 for a percentage)
     * @return the estimate, never null
     */
    public static Estimate wilson(long numerator, long denominator, ConfidenceLevel confidence, double multiplier) {
        Checks.notNull(confidence, "confidence");
        Rates.requireMultiplier(multiplier);
        if (denominator <= 0) {
            throw new IllegalArgumentException("denominator (" + denominator + ") must be at least 1");
        }
        Checks.inRange(denominator, 1, StatisticsLimits.MAX_COUNT, "denominator");
        if (numerator < 0 || numerator > denominator) {
            throw new IllegalArgumentException(
                    "numerator (" + numerator + ") must be between 0 and the denominator (" + denominator + ")");
        }
        double x = numerator;
        double n = denominator;
        double z = confidence.z();
        double zz = z * z;
        double spread = z * Math.sqrt(zz + 4.0 * x * (1.0 - x / n));
        double scale = 2.0 * (n + zz);
        // at the ends the formula is exactly 0 or 1; rounding must not push a limit past them
        double lower = numerator == 0 ? 0.0 : (2.0 * x + zz - spread) / scale;
        double upper = numerator == denominator ? 1.0 : (2.0 * x + zz + spread) / scale;
        return new Estimate(x / n * multiplier, lower * multiplier, upper * multiplier, Method.WILSON, confidence);
    }
}

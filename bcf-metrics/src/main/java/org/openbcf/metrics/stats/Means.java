package org.openbcf.metrics.stats;

import org.apache.commons.statistics.distribution.TDistribution;
import org.openbcf.core.internal.Checks;

/**
 * Means with Student's t confidence interval, e.g. days of delay 2, 4, 4, 5, 7 at 95% → 4.4
 * (2.1444 to 6.6556).
 *
 * <p>{@code mean ± t⁻¹(1 − α/2; n − 1) · s / √n}, with s the sample standard deviation (divisor
 * n − 1): PHEindicatormethods {@code phe_mean} documentation and the Fingertips technical guidance
 * ("Means"). At least two values are needed for an interval. This class is stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class Means {

    private Means() {
    }

    /**
     * The mean of the values with its t interval.
     *
     * @param values     the values, at least two, all finite, not null
     * @param confidence the level, not null
     * @return the estimate, with method {@link Method#STUDENT_T}
     */
    public static Estimate of(double[] values, ConfidenceLevel confidence) {
        Checks.notNull(values, "values");
        Checks.notNull(confidence, "confidence");
        if (values.length < 2) {
            throw new IllegalArgumentException("count of values (" + values.length + ") must be at least 2 for a t interval");
        }
        double sum = 0.0;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("value " + (i + 1) + " (" + values[i] + ") must be finite");
            }
            sum += values[i];
        }
        double mean = sum / values.length;
        double squares = 0.0;
        double residuals = 0.0;
        for (double value : values) {
            double d = value - mean;
            squares += d * d;
            residuals += d;
        }
        // two-pass with the correction term: the residuals of an inexact mean sum to nearly 0
        double variance = (squares - residuals * residuals / values.length) / (values.length - 1);
        return of(values.length, mean + residuals / values.length, Math.sqrt(Math.max(0.0, variance)), confidence);
    }

    /**
     * The mean's t interval from summary figures, the form of a CSV row {@code count,mean,sd}.
     *
     * @param count             the number of values, at least 2
     * @param mean              the mean, finite
     * @param standardDeviation the sample standard deviation (divisor n − 1), finite, at least 0
     * @param confidence        the level, not null
     * @return the estimate, with method {@link Method#STUDENT_T}
     */
    public static Estimate of(long count, double mean, double standardDeviation, ConfidenceLevel confidence) {
        Checks.notNull(confidence, "confidence");
        if (count < 2) {
            throw new IllegalArgumentException("count (" + count + ") must be at least 2 for a t interval");
        }
        if (!Double.isFinite(mean)) {
            throw new IllegalArgumentException("mean (" + mean + ") must be finite");
        }
        if (!(standardDeviation >= 0.0 && Double.isFinite(standardDeviation))) {
            throw new IllegalArgumentException(
                    "standard deviation (" + standardDeviation + ") must be a finite number of at least 0");
        }
        double t = TDistribution.of(count - 1.0).inverseSurvivalProbability(confidence.halfAlpha());
        double spread = t * standardDeviation / Math.sqrt(count);
        return new Estimate(mean, mean - spread, mean + spread, Method.STUDENT_T, confidence);
    }
}

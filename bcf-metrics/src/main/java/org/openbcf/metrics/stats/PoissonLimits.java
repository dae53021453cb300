package org.openbcf.metrics.stats;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.openbcf.core.internal.Checks;

/**
 * Confidence limits for a Poisson count on the count scale, e.g. 65 events at 95% → 50.163187710459454
 * to 82.84913854593984 (Byar's).
 *
 * <p>Byar's approximation from {@value #BYARS_THRESHOLD} events, exact χ² limits below it (including
 * 0, where the lower limit is 0): {@code statistics.md}, "Rate". This class is stateless and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class PoissonLimits {

    /** The smallest count for which Byar's method is used: 10. */
    public static final long BYARS_THRESHOLD = 10;

    private PoissonLimits() {
    }

    /**
     * The method used for a count: {@link Method#BYARS} from 10, {@link Method#EXACT} below.
     *
     * @param count the count, 0 to 10<sup>15</sup> ({@link StatisticsLimits#MAX_COUNT})
     * @return the method, never null
     */
    public static Method method(long count) {
        requireCount(count);
        return count >= BYARS_THRESHOLD ? Method.BYARS : Method.EXACT;
    }

    /**
     * The lower limit of a count, e.g. 50.163187710459454 for 65 at 95%.
     *
     * @param count      the observed count, 0 to 10<sup>15</sup> ({@link StatisticsLimits#MAX_COUNT})
     * @param confidence the level, not null
     * @return the lower limit, between 0 and the count
     */
    public static double lower(long count, ConfidenceLevel confidence) {
        Checks.notNull(confidence, "confidence");
        if (method(count) == Method.BYARS) {
            return byarsLower(count, confidence.z());
        }
        if (count == 0) {
            return 0.0;
        }
        return ChiSquaredDistribution.of(2.0 * count).inverseCumulativeProbability(confidence.halfAlpha()) / 2.0;
    }

    /**
     * The upper limit of a count, e.g. 82.84913854593984 for 65 at 95%.
     *
     * @param count      the observed count, 0 to 10<sup>15</sup> ({@link StatisticsLimits#MAX_COUNT})
     * @param confidence the level, not null
     * @return the upper limit, above the count
     */
    public static double upper(long count, ConfidenceLevel confidence) {
        Checks.notNull(confidence, "confidence");
        if (method(count) == Method.BYARS) {
            return byarsUpper(count, confidence.z());
        }
        return ChiSquaredDistribution.of(2.0 * count + 2.0).inverseSurvivalProbability(confidence.halfAlpha()) / 2.0;
    }

    /** Byar's lower limit {@code x(1 − 1/(9x) − z/(3√x))³}. */
    static double byarsLower(double x, double z) {
        return x * Math.pow(1.0 - 1.0 / (9.0 * x) - z / (3.0 * Math.sqrt(x)), 3);
    }

    /** Byar's upper limit {@code (x+1)(1 − 1/(9(x+1)) + z/(3√(x+1)))³}. */
    static double byarsUpper(double x, double z) {
        double next = x + 1.0;
        return next * Math.pow(1.0 - 1.0 / (9.0 * next) + z / (3.0 * Math.sqrt(next)), 3);
    }

    static long requireCount(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("count (" + count + ") must not be negative");
        }
        return Checks.inRange(count, 0, StatisticsLimits.MAX_COUNT, "count");
    }
}

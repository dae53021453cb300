package org.openbcf.metrics.stats;

import org.openbcf.core.internal.Checks;

/**
 * Crude rates with Poisson confidence limits, e.g. 108 personal health budgets in a population of
 * 882,569 → 12.237 per 100,000 (G-15).
 *
 * <p>Byar's method from 10 events, exact Poisson limits below ({@code statistics.md}, "Rate"). This
 * class is stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class Rates {

    /** The usual multiplier: per 100,000 population. */
    public static final double PER_100_000 = 100_000.0;

    private Rates() {
    }

    /**
     * The rate per 100,000 with its interval.
     *
     * @param count      the number of events, 0 to 10<sup>15</sup> ({@link StatisticsLimits#MAX_COUNT})
     * @param population the population, 1 to 10<sup>15</sup> ({@link StatisticsLimits#MAX_COUNT})
     * @param confidence the level, not null
     * @return the estimate, never null
     */
    public static Estimate perHundredThousand(long count, long population, ConfidenceLevel confidence) {
        return rate(count, population, PER_100_000, confidence);
    }

    /**
     * The rate {@code count / population × multiplier} with its interval: the count-scale limits of
     * {@link PoissonLimits}, divided by the population and multiplied by the multiplier.
     *
     * @param count      the number of events, 0 to 10<sup>15</sup> ({@link StatisticsLimits#MAX_COUNT})
     * @param population the population, 1 to 10<sup>15</sup> ({@link StatisticsLimits#MAX_COUNT})
     * @param multiplier the scale, finite and positive, e.g. 100,000
     * @param confidence the level, not null
     * @return the estimate, with method {@link Method#BYARS} or {@link Method#EXACT}
     */
    public static Estimate rate(long count, long population, double multiplier, ConfidenceLevel confidence) {
        Checks.notNull(confidence, "confidence");
        requireMultiplier(multiplier);
        if (population <= 0) {
            throw new IllegalArgumentException("population (" + population + ") must be at least 1");
        }
        Checks.inRange(population, 1, StatisticsLimits.MAX_COUNT, "population");
        Method method = PoissonLimits.method(count);
        double n = population;
        return new Estimate(count / n * multiplier,
                PoissonLimits.lower(count, confidence) / n * multiplier,
                PoissonLimits.upper(count, confidence) / n * multiplier,
                method, confidence);
    }

    static double requireMultiplier(double multiplier) {
        if (!(multiplier > 0.0 && Double.isFinite(multiplier))) {
            throw new IllegalArgumentException("multiplier (" + multiplier + ") must be a positive number");
        }
        return multiplier;
    }
}

package org.openbcf.metrics.stats;

import java.util.List;

import org.openbcf.core.internal.Checks;

/**
 * Indirectly standardised ratios and rates, the way avoidable admissions (NHS OF 2.3i) are published,
 * e.g. 120 observed against 100 expected → ratio 1.2 (120 as an SMR-style figure).
 *
 * <p>{@code E = Σ nᵢ·refRateᵢ}; ratio {@code O/E × multiplier}; rate {@code O/E × overall reference
 * rate × multiplier}; limits are the count-scale limits of O ({@link PoissonLimits}) divided by E.
 * Source: {@code statistics.md}, "Indirectly standardised ratio / rate". This class is stateless and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class IndirectStandardisation {

    private IndirectStandardisation() {
    }

    /**
     * One band of the local population with the reference population's rate in that band.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param label         the band's label, e.g. {@code 65-69}, not blank
     * @param population    the local population in the band, 0 to 10<sup>15</sup> ({@link StatisticsLimits#MAX_COUNT})
     * @param referenceRate the reference events per person in the band, e.g. 0.0123, finite and not negative
     */
    public record ReferenceBand(String label, long population, double referenceRate) {

        /**
         * Checks the band.
         *
         * @param label         the label
         * @param population    the population
         * @param referenceRate the reference rate
         */
        public ReferenceBand {
            Checks.notBlank(label, "age band");
            if (population < 0) {
                throw new IllegalArgumentException(
                        "population of age band " + label + " (" + population + ") must not be negative");
            }
            Checks.inRange(population, 0, StatisticsLimits.MAX_COUNT, "population of age band ", label);
            if (!(referenceRate >= 0.0 && Double.isFinite(referenceRate))) {
                throw new IllegalArgumentException(
                        "reference rate of age band " + label + " (" + referenceRate + ") must be a number of at least 0");
            }
        }
    }

    /**
     * The expected count {@code E = Σ nᵢ·refRateᵢ}.
     *
     * @param bands the bands, not null
     * @return the expected count, at least 0
     */
    public static double expected(List<ReferenceBand> bands) {
        Checks.notNull(bands, "bands");
        double expected = 0.0;
        for (ReferenceBand band : bands) {
            expected += Checks.notNull(band, "band").population() * band.referenceRate();
        }
        return expected;
    }

    /**
     * The standardised ratio {@code O/E × multiplier} with its interval (multiplier 100 for an
     * SMR-style figure, 1 for a plain ratio).
     *
     * @param observed   the observed count O, at least 0
     * @param bands      the bands giving a positive expected count, not null
     * @param multiplier the scale, finite and positive
     * @param confidence the level, not null
     * @return the ratio, with method {@link Method#BYARS} or {@link Method#EXACT}
     */
    public static Estimate ratio(long observed, List<ReferenceBand> bands, double multiplier,
                                 ConfidenceLevel confidence) {
        return scaled(observed, bands, multiplier, confidence);
    }

    /**
     * The indirectly standardised rate {@code O/E × overall reference rate × multiplier} with its
     * interval.
     *
     * @param observed              the observed count O, at least 0
     * @param bands                 the bands giving a positive expected count, not null
     * @param overallReferenceRate  the reference population's crude events per person, positive
     * @param multiplier            the scale, finite and positive, e.g. 100,000
     * @param confidence            the level, not null
     * @return the rate, with method {@link Method#BYARS} or {@link Method#EXACT}
     */
    public static Estimate rate(long observed, List<ReferenceBand> bands, double overallReferenceRate,
                                double multiplier, ConfidenceLevel confidence) {
        if (!(overallReferenceRate > 0.0 && Double.isFinite(overallReferenceRate))) {
            throw new IllegalArgumentException(
                    "overall reference rate (" + overallReferenceRate + ") must be a positive number");
        }
        return scaled(observed, bands, overallReferenceRate * Rates.requireMultiplier(multiplier), confidence);
    }

    private static Estimate scaled(long observed, List<ReferenceBand> bands, double multiplier,
                                   ConfidenceLevel confidence) {
        Checks.notNull(confidence, "confidence");
        Rates.requireMultiplier(multiplier);
        double expected = expected(bands);
        if (!(expected > 0.0)) {
            throw new IllegalArgumentException("expected count (" + expected + ") must be positive");
        }
        return new Estimate(observed / expected * multiplier,
                PoissonLimits.lower(observed, confidence) / expected * multiplier,
                PoissonLimits.upper(observed, confidence) / expected * multiplier,
                PoissonLimits.method(observed), confidence);
    }
}

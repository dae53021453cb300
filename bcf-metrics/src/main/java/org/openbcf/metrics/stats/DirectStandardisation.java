package org.openbcf.metrics.stats;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.openbcf.core.internal.Checks;

/**
 * Directly age-standardised rates with Dobson's confidence interval, e.g. falls in people aged 65+
 * per 100,000 standardised to ESP2013 (G10 in {@code norfolk-2023-25-plan-and-year-end.md}: DSR
 * 1050.37).
 *
 * <p>{@code DSR = Σ(xᵢwᵢ/nᵢ) / Σwᵢ × multiplier}, {@code var = Σ(xᵢ(wᵢ/nᵢ)²) / (Σwᵢ)²}, limits
 * {@code DSR + √(var/T)·(Byar(T) − T)·multiplier}; suppressed when {@code T < 10}. Source:
 * {@code statistics.md}. This class is stateless and thread-safe.
 */
public final class DirectStandardisation {

    /** The smallest total count for which a rate is published: 10. */
    public static final long MINIMUM_TOTAL_COUNT = 10;

    private DirectStandardisation() {
    }

    /**
     * The rate per 100,000.
     *
     * @param bands      the age bands, each label once, not empty
     * @param confidence the level, not null
     * @return the rate, or its suppression, never null
     */
    public static StandardisedRate perHundredThousand(List<AgeBand> bands, ConfidenceLevel confidence) {
        return rate(bands, Rates.PER_100_000, confidence);
    }

    /**
     * The directly standardised rate with its Dobson interval, suppressed when the total count is
     * under 10.
     *
     * @param bands      the age bands, each label once, not empty
     * @param multiplier the scale, finite and positive, e.g. 100,000
     * @param confidence the level, not null
     * @return the rate, or its suppression, never null
     */
    public static StandardisedRate rate(List<AgeBand> bands, double multiplier, ConfidenceLevel confidence) {
        Checks.notNull(bands, "bands");
        Checks.notNull(confidence, "confidence");
        Rates.requireMultiplier(multiplier);
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("a standardised rate needs at least one age band");
        }
        Set<String> labels = new HashSet<>();
        long total = 0;
        double weights = 0.0;
        double weightedRates = 0.0;
        double weightedVariance = 0.0;
        for (AgeBand band : bands) {
            Checks.notNull(band, "band");
            if (!labels.add(band.label())) {
                throw new IllegalArgumentException("age band " + band.label() + " appears more than once");
            }
            double perPerson = band.standardPopulation() / band.population();
            total = Math.addExact(total, band.count());
            weights += band.standardPopulation();
            weightedRates += band.count() * perPerson;
            weightedVariance += band.count() * perPerson * perPerson;
        }
        if (total < MINIMUM_TOTAL_COUNT) {
            return StandardisedRate.suppressed(total,
                    "total count (" + total + ") is below " + MINIMUM_TOTAL_COUNT);
        }
        double dsr = weightedRates / weights * multiplier;
        double variance = weightedVariance / (weights * weights);
        double spread = Math.sqrt(variance / total) * multiplier;
        double z = confidence.z();
        double lower = dsr + spread * (PoissonLimits.byarsLower(total, z) - total);
        double upper = dsr + spread * (PoissonLimits.byarsUpper(total, z) - total);
        return StandardisedRate.computed(total, new Estimate(dsr, lower, upper, Method.DOBSON, confidence));
    }
}

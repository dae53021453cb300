package org.openbcf.metrics.stats;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.RandomAccess;
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
 *
 * @since 0.1.0
 */
public final class DirectStandardisation {

    /** The smallest total count for which a rate is published: 10. */
    public static final long MINIMUM_TOTAL_COUNT = 10;

    /** Up to this many bands, repeated labels are found by comparison instead of a hash set (ESP2013 has 19). */
    private static final int FEW_BANDS = 32;

    /** 2^32 divided by the golden ratio, odd: multiplying by it spreads a hash's bits into its top bits. */
    private static final int FIBONACCI = 0x9E3779B9;

    private DirectStandardisation() {
    }

    /** Whether a band before index {@code i} in the list has the label of band {@code i}. */
    private static boolean repeated(List<AgeBand> bands, int i) {
        String label = bands.get(i).label();
        int hash = label.hashCode();
        for (int j = 0; j < i; j++) {
            String earlier = bands.get(j).label();
            if (earlier.hashCode() == hash && earlier.equals(label)) {
                return true;
            }
        }
        return false;
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
     * @param given      the age bands, each label once, not empty; their counts are added exactly
     * @param multiplier the scale, finite and positive, e.g. 100,000
     * @param confidence the level, not null
     * @return the rate, or its suppression, never null
     */
    public static StandardisedRate rate(List<AgeBand> given, double multiplier, ConfidenceLevel confidence) {
        Checks.notNull(given, "bands");
        List<AgeBand> bands = given instanceof RandomAccess ? given : new ArrayList<>(given);
        Checks.notNull(confidence, "confidence");
        Rates.requireMultiplier(multiplier);
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("a standardised rate needs at least one age band");
        }
        Set<String> labels = bands.size() > FEW_BANDS ? new HashSet<>() : null;
        // one bit per label hash seen: only a label whose bit is already set is compared with the
        // earlier labels, so distinct labels (the usual case) cost one load each, not i comparisons.
        // The bit is the top six bits of the hash times 2^32/φ (Fibonacci hashing): String's low six
        // bits are 17 or 49 for 17 of ESP2013's 19 labels, which sent nearly every band to repeated()
        long seen = 0;
        long total = 0;
        double weights = 0.0;
        double weightedRates = 0.0;
        double weightedVariance = 0.0;
        for (int i = 0; i < bands.size(); i++) {
            AgeBand band = Checks.notNull(bands.get(i), "band");
            boolean again;
            if (labels == null) {
                long bit = 1L << (band.label().hashCode() * FIBONACCI >>> 26);
                again = (seen & bit) != 0 && repeated(bands, i);
                seen |= bit;
            } else {
                again = !labels.add(band.label());
            }
            if (again) {
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
        return StandardisedRate.computed(total, dsr, lower, upper, Method.DOBSON, confidence);
    }
}

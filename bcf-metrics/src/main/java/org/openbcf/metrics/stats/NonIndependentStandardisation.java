package org.openbcf.metrics.stats;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openbcf.core.internal.Checks;

/**
 * Directly standardised rates for non-independent events, e.g. falls admissions, where one person can
 * be admitted more than once: given, per age band, how many people had each event frequency f.
 *
 * <p>The value uses all events: {@code DSR = Σᵢ(xᵢwᵢ/nᵢ) / Σwᵢ × multiplier} with
 * {@code xᵢ = Σ_f f·pᵢ_f}. The variance is {@code Σ_f f² × var_f}, where var_f is Dobson's variance
 * computed on the people with frequency f, {@code Σᵢ pᵢ_f(wᵢ/nᵢ)² / (Σwᵢ)²}; the limits are Dobson's
 * with that variance, {@code DSR + √(var/T)·(Byar(T) − T)·multiplier} with T the total events, and the
 * rate is suppressed when {@code T < 10}. Σwᵢ is over the age bands given, once each, so a row with no
 * people changes nothing (the reference implementation's interval moves when such rows are added or
 * dropped). Source: issue 15; PHEindicatormethods {@code calculate_dsr} documentation
 * ({@code independent_events = FALSE}); {@code statistics.md} for Dobson. With every frequency 1 this
 * is {@link DirectStandardisation}, which stays the default. This class is stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class NonIndependentStandardisation {

    private NonIndependentStandardisation() {
    }

    /**
     * The rate per 100,000.
     *
     * @param rows       the people per age band and event frequency, not empty
     * @param confidence the level, not null
     * @return the rate, or its suppression, never null
     */
    public static StandardisedRate perHundredThousand(List<EventFrequency> rows, ConfidenceLevel confidence) {
        return rate(rows, Rates.PER_100_000, confidence);
    }

    /**
     * The directly standardised rate of all events with the non-independent variance.
     *
     * @param rows       the people per age band and event frequency, each (band, frequency) once, a
     *                   band's population and weight the same on all its rows, not empty
     * @param multiplier the scale, finite and positive, e.g. 100,000
     * @param confidence the level, not null
     * @return the rate, or its suppression when fewer than 10 events, never null
     */
    public static StandardisedRate rate(List<EventFrequency> rows, double multiplier, ConfidenceLevel confidence) {
        Checks.notNull(rows, "rows");
        Checks.notNull(confidence, "confidence");
        Rates.requireMultiplier(multiplier);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("a standardised rate needs at least one age band");
        }
        Map<String, EventFrequency> bands = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        long total = 0;
        double weightedRates = 0.0;
        double weightedVariance = 0.0;
        for (EventFrequency row : rows) {
            Checks.notNull(row, "row");
            EventFrequency band = bands.putIfAbsent(row.ageBand(), row);
            if (band != null && (band.population() != row.population()
                    || Double.compare(band.standardPopulation(), row.standardPopulation()) != 0)) {
                throw new IllegalArgumentException("age band " + row.ageBand() + " has population " + row.population()
                        + " and standard population " + row.standardPopulation() + " on the row with frequency "
                        + row.frequency() + ", but " + band.population() + " and " + band.standardPopulation()
                        + " on the row with frequency " + band.frequency() + ": a band's figures must agree");
            }
            if (!seen.add(row.ageBand() + '\u0000' + row.frequency())) {
                throw new IllegalArgumentException("age band " + row.ageBand() + " with event frequency "
                        + row.frequency() + " appears more than once");
            }
            double perPerson = row.standardPopulation() / row.population();
            double f = row.frequency();
            total = Math.addExact(total, row.events());
            weightedRates += f * row.people() * perPerson;
            weightedVariance += f * f * row.people() * perPerson * perPerson;
        }
        if (total < DirectStandardisation.MINIMUM_TOTAL_COUNT) {
            return StandardisedRate.suppressed(total,
                    "total count (" + total + ") is below " + DirectStandardisation.MINIMUM_TOTAL_COUNT);
        }
        double weights = 0.0;
        for (EventFrequency band : bands.values()) {
            weights += band.standardPopulation();
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

package org.openbcf.metrics.stats;

import org.openbcf.core.internal.Checks;

/**
 * One age band of a directly standardised rate, e.g. {@code 65-69}: 200 falls in a population of
 * 60,000 with ESP2013 weight 5,500.
 *
 * <p>Source: {@code statistics.md}, "Directly age-standardised rate": a band with no population is an
 * error. This class is immutable and thread-safe.
 *
 * @param label              the band's label, e.g. {@code 65-69}, not blank
 * @param count              the events in the band, 0 to 10<sup>15</sup> ({@code StatisticsLimits.MAX_COUNT}; a missing count is 0)
 * @param population         the band's population, 1 to 10<sup>15</sup> ({@link StatisticsLimits#MAX_COUNT})
 * @param standardPopulation the band's standard population weight, finite and positive
 * @since 0.1.0
 */
public record AgeBand(String label, long count, long population, double standardPopulation) {

    /**
     * Checks the band.
     *
     * @param label              the label
     * @param count              the count
     * @param population         the population
     * @param standardPopulation the weight
     */
    public AgeBand {
        Checks.notBlank(label, "age band");
        if (count < 0) {
            throw new IllegalArgumentException("count of age band " + label + " (" + count + ") must not be negative");
        }
        if (population <= 0) {
            throw new IllegalArgumentException(
                    "population of age band " + label + " (" + population + ") must be at least 1");
        }
        Checks.inRange(count, 0, StatisticsLimits.MAX_COUNT, "count of age band ", label);
        Checks.inRange(population, 1, StatisticsLimits.MAX_COUNT, "population of age band ", label);
        StandardPopulation.requireWeight(label, standardPopulation);
    }

    /** The band's crude rate per person, {@code count / population}. */
    double crudeRate() {
        return (double) count / population;
    }
}

package org.openbcf.metrics.stats;

import org.openbcf.core.internal.Checks;

/**
 * One row of a directly standardised rate for non-independent events: in an age band, how many people
 * had a given number of events, e.g. {@code 65-69}: 40 people with 2 falls admissions each, in a
 * population of 60,000 with ESP2013 weight 5,500.
 *
 * <p>The band's population and weight repeat on every row of the band, as a CSV row carries them;
 * {@link NonIndependentStandardisation} checks that they agree. Source: issue 15 and the
 * PHEindicatormethods documentation of {@code calculate_dsr} ({@code independent_events = FALSE},
 * {@code eventfreq}, {@code ageband}). This class is immutable and thread-safe.
 *
 * @param ageBand            the age band's label, e.g. {@code 65-69}, not blank
 * @param frequency          the number of events each of these people had, at least 0
 * @param people             how many people had that many events, at least 0
 * @param population         the band's population, at least 1
 * @param standardPopulation the band's standard population weight, finite and positive
 * @since 0.1.0
 */
public record EventFrequency(String ageBand, int frequency, long people, long population, double standardPopulation) {

    /**
     * Checks the row.
     *
     * @param ageBand            the label
     * @param frequency          the events per person
     * @param people             the people
     * @param population         the band's population
     * @param standardPopulation the band's weight
     */
    public EventFrequency {
        Checks.notBlank(ageBand, "age band");
        if (frequency < 0) {
            throw new IllegalArgumentException(
                    "event frequency of age band " + ageBand + " (" + frequency + ") must not be negative");
        }
        if (people < 0) {
            throw new IllegalArgumentException(
                    "people of age band " + ageBand + " with frequency " + frequency + " (" + people + ") must not be negative");
        }
        if (population <= 0) {
            throw new IllegalArgumentException(
                    "population of age band " + ageBand + " (" + population + ") must be at least 1");
        }
        if (people > StatisticsLimits.MAX_COUNT || population > StatisticsLimits.MAX_COUNT
                || (double) frequency * people > StatisticsLimits.MAX_COUNT) {
            throw new IllegalArgumentException("people (" + people + "), population (" + population
                    + ") and events (frequency " + frequency + " × people) of age band " + ageBand
                    + " must each be at most 1,000,000,000,000,000");
        }
        StandardPopulation.requireWeight(ageBand, standardPopulation);
    }

    /**
     * The events these people had, {@code frequency × people}.
     *
     * @return the events, at least 0
     * @throws ArithmeticException on overflow
     */
    public long events() {
        return Math.multiplyExact(frequency, people);
    }
}

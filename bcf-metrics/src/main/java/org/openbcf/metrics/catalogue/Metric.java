package org.openbcf.metrics.catalogue;

import org.openbcf.core.internal.Checks;

/**
 * A national BCF metric of one era, e.g. {@code residential-admissions}: permanent admissions to
 * residential and nursing care, rate per 100,000, aged 65+, lower is better.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id              a short stable identifier, e.g. {@code reablement}, not blank
 * @param name            the name as the era's template writes it, not blank
 * @param unit            the unit, not null
 * @param population      the population or age band, e.g. {@code 65+}, not blank
 * @param direction       which direction is better, not null
 * @param standardisation how the rate is standardised, not null
 * @param source          where the definition comes from, e.g. {@code ASCOF 2B(1)}, not blank
 * @since 0.1.0
 */
public record Metric(String id, String name, Unit unit, String population, Direction direction,
                     Standardisation standardisation, String source) {

    /**
     * Checks the components.
     *
     * @param id              the id
     * @param name            the name
     * @param unit            the unit
     * @param population      the population
     * @param direction       the direction
     * @param standardisation the standardisation
     * @param source          the source
     */
    public Metric {
        Checks.notBlank(id, "id");
        Checks.notBlank(name, "name");
        Checks.notNull(unit, "unit");
        Checks.notBlank(population, "population");
        Checks.notNull(direction, "direction");
        Checks.notNull(standardisation, "standardisation");
        Checks.notBlank(source, "source");
    }
}

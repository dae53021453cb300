package org.openbcf.metrics.measure;

import org.openbcf.core.internal.Checks;
import org.openbcf.metrics.catalogue.Direction;

/**
 * The definition of a rate measure: what is counted, over which population, on which scale, e.g.
 * ASCOF 2C: council-supported people aged 65+ whose long-term needs were met by admission to
 * residential or nursing care, per 100,000 population aged 65+, lower is better.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id          a short identifier, e.g. {@code long-term-admissions-65}, not blank
 * @param numerator   what is counted, not blank
 * @param denominator the population, not blank
 * @param multiplier  the scale, e.g. 100,000, finite and positive
 * @param direction   which direction is better, not null
 * @param source      where the definition comes from, not blank
 * @param origin      whether openbcf publishes it or the caller supplied it, not null
 * @since 0.1.0
 */
public record RateDefinition(String id, String numerator, String denominator, double multiplier,
                             Direction direction, String source, DefinitionOrigin origin) {

    /**
     * Checks the components.
     *
     * @param id          the id
     * @param numerator   the numerator
     * @param denominator the denominator
     * @param multiplier  the scale
     * @param direction   the direction
     * @param source      the source
     * @param origin      the origin
     */
    public RateDefinition {
        Checks.notBlank(id, "id");
        Checks.notBlank(numerator, "numerator");
        Checks.notBlank(denominator, "denominator");
        Checks.notNull(direction, "direction");
        Checks.notBlank(source, "source");
        Checks.notNull(origin, "origin");
        if (!(multiplier > 0.0 && Double.isFinite(multiplier))) {
            throw new IllegalArgumentException("multiplier of " + id + " (" + multiplier + ") must be a positive number");
        }
    }

    /**
     * ASCOF 2C (formerly 2A(2)), long-term admissions to residential and nursing care aged 65+ per
     * 100,000, as published: {@code (X / Y) × 100,000}, lower is better ({@code bcf-2024-27.md} §1.5).
     *
     * @return the definition, never null, origin {@link DefinitionOrigin#PUBLISHED}
     */
    public static RateDefinition longTermAdmissions65() {
        return new RateDefinition("long-term-admissions-65",
                "council-supported people aged 65+ whose long-term support needs were met by a change of setting"
                        + " to residential or nursing care in the year (transfers between the two excluded)",
                "population aged 65+ (ONS mid-year estimate)", 100_000, Direction.LOWER_IS_BETTER,
                "ASCOF 2C (NHS England SALT STS001, STS002a/b)", DefinitionOrigin.PUBLISHED);
    }

    /**
     * Unplanned (emergency) admissions aged 65+, 2025-26, with the numerator and population the caller
     * supplies: openbcf's sources give only "rate of admissions per 100,000 population", not the age
     * bands, standardisation or period ({@code bcf-2024-27.md} §1.5). Lower is better.
     *
     * @param numerator   what the caller counts, e.g. "emergency admissions, age 65+, SUS", not blank
     * @param denominator the caller's population, e.g. "ONS mid-year population 65+", not blank
     * @param multiplier  the scale, e.g. 100,000, positive
     * @param source      the caller's source for the definition, not blank
     * @return the definition, never null, origin {@link DefinitionOrigin#CALLER}
     */
    public static RateDefinition unplannedAdmissions65(String numerator, String denominator, double multiplier,
                                                       String source) {
        return new RateDefinition("unplanned-admissions-65", numerator, denominator, multiplier,
                Direction.LOWER_IS_BETTER, source, DefinitionOrigin.CALLER);
    }

    /**
     * Any other rate definition the caller supplies (for example from a year rule set).
     *
     * @param id          the identifier, not blank
     * @param numerator   what is counted, not blank
     * @param denominator the population, not blank
     * @param multiplier  the scale, positive
     * @param direction   which direction is better, not null
     * @param source      where it comes from, not blank
     * @return the definition, never null, origin {@link DefinitionOrigin#CALLER}
     */
    public static RateDefinition supplied(String id, String numerator, String denominator, double multiplier,
                                          Direction direction, String source) {
        return new RateDefinition(id, numerator, denominator, multiplier, direction, source, DefinitionOrigin.CALLER);
    }
}

package org.openbcf.core.scheme;

import org.openbcf.core.internal.Checks;

/**
 * A potential efficiency (saving) a scheme claims, e.g. NN3 "self-care information: 110 admissions
 * avoided at £1,700", £187,000; or SN1 "To be confirmed".
 *
 * <p>Source: Norfolk 2016/17 plan, section F, value-for-money tables (GC-1 to GC-5). This class is
 * immutable and thread-safe.
 *
 * @param description what the saving comes from, not blank
 * @param amount      the saving, priced or to be confirmed, not null
 * @since 0.1.0
 */
public record Efficiency(String description, LineAmount amount) {

    /**
     * Checks and tidies the components.
     *
     * @param description what the saving comes from
     * @param amount      the saving
     */
    public Efficiency {
        description = Checks.notBlank(description, "efficiency description").strip();
        Checks.notNull(amount, "amount of efficiency '" + description + "'");
    }
}

package org.openbcf.core.discharge;

import org.openbcf.core.internal.Labels;

/**
 * The unit in which an ASC Discharge Fund scheme reports its actual impact, as the 2022-23 template
 * pre-populates it: {@code Number of beds}, {@code Hours of care}, {@code hours worked}, number of
 * staff, staff recruited, unique beneficiaries, or {@code N/A}.
 *
 * <p>Source: 2022-23 end-of-year template tab 7 guidance (L2418–2424, rule DF2).
 *
 * @since 0.1.0
 */
public enum ImpactUnit {
    /** Beds purchased; weeks go in the narrative, and beds × weeks = bed-weeks. */
    BEDS("Number of beds"),
    /** Care hours purchased (home care, enablers in a person's own home). */
    CARE_HOURS("Hours of care"),
    /** Additional hours worked (additional or redeployed capacity). */
    HOURS_WORKED("hours worked"),
    /** Number of staff (improvement or extension of existing workforce). */
    STAFF("Number of staff"),
    /** Additional staff recruited (local recruitment initiatives). */
    STAFF_RECRUITED("Number of staff recruited"),
    /** Unique beneficiaries (assistive technologies and equipment). */
    BENEFICIARIES("Number of beneficiaries"),
    /** No unit. */
    NONE("N/A");

    private final String label;

    ImpactUnit(String label) {
        this.label = label;
    }

    /**
     * The label as the template prints it, e.g. {@code Hours of care}.
     *
     * @return the label, never null
     */
    public String label() {
        return label;
    }

    /**
     * The unit with the given label or constant name, ignoring case; blank is {@link #NONE}.
     *
     * @param label the label, not null
     * @return the unit, never null
     * @throws IllegalArgumentException when no unit matches
     */
    public static ImpactUnit ofLabel(String label) {
        if (label.isBlank()) {
            return NONE;
        }
        return Labels.lookup(ImpactUnit.class, "unit of measure", label, ImpactUnit::label);
    }

    /**
     * The label.
     *
     * @return the label, never null
     */
    @Override
    public String toString() {
        return label;
    }
}

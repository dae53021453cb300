package org.openbcf.core.fund;

import org.openbcf.core.internal.Labels;

/**
 * The categories of planned BCF expenditure in the 2015/16 and 2016/17 plan templates (G-14).
 *
 * @since 0.1.0
 */
public enum SpendingCategory {
    /** Acute care. */
    ACUTE("Acute"),
    /** Mental health. */
    MENTAL_HEALTH("Mental Health"),
    /** Community health. */
    COMMUNITY_HEALTH("Community Health"),
    /** Continuing care. */
    CONTINUING_CARE("Continuing Care"),
    /** Primary care. */
    PRIMARY_CARE("Primary Care"),
    /** Social care. */
    SOCIAL_CARE("Social Care"),
    /** Anything else. */
    OTHER("Other");

    private final String label;

    SpendingCategory(String label) {
        this.label = label;
    }

    /**
     * The label as the template prints it, e.g. {@code Community Health}.
     *
     * @return the label, never null
     */
    public String label() {
        return label;
    }

    /**
     * The category with the given template label or constant name, ignoring case.
     *
     * @param label the label, not null
     * @return the category, never null
     * @throws IllegalArgumentException when no category matches
     */
    public static SpendingCategory ofLabel(String label) {
        return Labels.lookup(SpendingCategory.class, "spending category", label, SpendingCategory::label);
    }
}

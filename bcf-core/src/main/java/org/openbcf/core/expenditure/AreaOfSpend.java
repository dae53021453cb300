package org.openbcf.core.expenditure;

import org.openbcf.core.internal.Labels;

/**
 * The area of spend of a line of the scheme-level expenditure plan, as the BCF templates list it:
 * Social Care, Community Health, Acute, Mental Health, Primary Care, Continuing Care, Other (2016/17
 * plan expenditure categories, norfolk-2016-quarterly-return-and-plan L2519-2533; issue 13
 * {@code area_of_spend}). Example: {@code AreaOfSpend.ofLabel("social care")} is {@link #SOCIAL_CARE}.
 *
 * @since 0.1.0
 */
public enum AreaOfSpend {
    /** Adult social care. */
    SOCIAL_CARE("Social Care"),
    /** Community health services. */
    COMMUNITY_HEALTH("Community Health"),
    /** Acute (hospital) services: the one area that is not out of hospital. */
    ACUTE("Acute"),
    /** Mental health services. */
    MENTAL_HEALTH("Mental Health"),
    /** Primary care. */
    PRIMARY_CARE("Primary Care"),
    /** NHS continuing healthcare. */
    CONTINUING_CARE("Continuing Care"),
    /** Any other area. */
    OTHER("Other");

    private final String label;

    AreaOfSpend(String label) {
        this.label = label;
    }

    /**
     * The area whose label (or constant name) is the text, ignoring case and surrounding spaces:
     * {@code ofLabel("Community Health")} is {@link #COMMUNITY_HEALTH}.
     *
     * @param text the label, not null
     * @return the area, never null
     * @throws IllegalArgumentException naming the text and every label when nothing matches
     */
    public static AreaOfSpend ofLabel(String text) {
        return Labels.lookup(AreaOfSpend.class, "area of spend", text, AreaOfSpend::label);
    }

    /**
     * The label the templates use, e.g. {@code Social Care}.
     *
     * @return the label, never null
     */
    public String label() {
        return label;
    }

    /**
     * Whether spend in this area counts as out of hospital: every area but {@link #ACUTE}
     * (openbcf's reading of the templates' "out of hospital spend" summary, which excludes acute).
     *
     * @return true for every area but acute
     */
    public boolean isOutOfHospital() {
        return this != ACUTE;
    }
}

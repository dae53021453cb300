package org.openbcf.core.fund;

import org.openbcf.core.internal.Labels;

/**
 * The kind of organisation that contributes to a BCF pooled fund.
 *
 * <p>Source: BCF plan templates 2015/16 to 2023-25 (partner sign-off and contribution tables).
 */
public enum PartnerType {
    /** An upper-tier council with adult social care duties, e.g. Norfolk County Council. */
    COUNTY_COUNCIL("county council", false),
    /** A clinical commissioning group (to June 2022), e.g. NHS Norwich CCG. */
    CCG("CCG", true),
    /** An integrated care board (from July 2022), e.g. NHS Norfolk and Waveney ICB. */
    ICB("ICB", true),
    /** A lower-tier district, borough or city council (the housing authority for DFG). */
    DISTRICT_COUNCIL("district council", false),
    /** An NHS trust or foundation trust. */
    NHS_TRUST("NHS trust", true),
    /** Any other contributor. */
    OTHER("other", false);

    private final String label;
    private final boolean nhs;

    PartnerType(String label, boolean nhs) {
        this.label = label;
        this.nhs = nhs;
    }

    /**
     * The label used in text, e.g. {@code county council}.
     *
     * @return the label, never null
     */
    public String label() {
        return label;
    }

    /**
     * Whether the partner is an NHS body (CCG, ICB or NHS trust).
     *
     * @return true for NHS bodies
     */
    public boolean isNhs() {
        return nhs;
    }

    /**
     * The type with the given label, ignoring case: {@code ccg} is {@link #CCG}.
     *
     * @param label the label, not null
     * @return the type, never null
     * @throws IllegalArgumentException when no type has that label
     */
    public static PartnerType ofLabel(String label) {
        return Labels.lookup(PartnerType.class, "partner type", label, PartnerType::label);
    }
}

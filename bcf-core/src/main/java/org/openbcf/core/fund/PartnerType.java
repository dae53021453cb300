package org.openbcf.core.fund;

import org.openbcf.core.internal.Labels;

/**
 * The kind of organisation that contributes to a BCF pooled fund.
 *
 * <p>Source: BCF plan templates 2015/16 to 2023-25 (partner sign-off and contribution tables).
 *
 * @since 0.1.0
 */
public enum PartnerType {
    /** An upper-tier council with adult social care duties, e.g. Norfolk County Council. */
    COUNTY_COUNCIL("county council", false),
    /** A unitary authority with adult social care duties, e.g. Bristol City Council. */
    UNITARY_AUTHORITY("unitary authority", false),
    /** A metropolitan borough council, e.g. Barnsley Metropolitan Borough Council. */
    METROPOLITAN_BOROUGH("metropolitan borough", false),
    /** A London borough council, e.g. the London Borough of Lewisham. */
    LONDON_BOROUGH("London borough", false),
    /**
     * A local authority with adult social care duties, kind not stated: the templates' "Local
     * Authority" row, accepted for a county, unitary, metropolitan borough or London borough council.
     */
    LOCAL_AUTHORITY("local authority", false),
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
     * Whether this is a council with adult social care duties (county, unitary, metropolitan borough,
     * London borough or a local authority of unstated kind), i.e. not a district council.
     *
     * @return true for an upper-tier council
     */
    public boolean isSocialCareAuthority() {
        return this == COUNTY_COUNCIL || this == UNITARY_AUTHORITY || this == METROPOLITAN_BOROUGH
                || this == LONDON_BOROUGH || this == LOCAL_AUTHORITY;
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

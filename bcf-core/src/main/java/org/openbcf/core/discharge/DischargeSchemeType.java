package org.openbcf.core.discharge;

import org.openbcf.core.internal.Labels;

/**
 * The scheme types of the 2022-23 ASC Discharge Fund, each with the unit its actual impact is
 * reported in. Types the guidance gives no unit for report {@link ImpactUnit#NONE}.
 *
 * <p>Source: 2022-23 end-of-year template tab 7 (L2418–2475; norfolk-2023-25 spec 3.5 and DF2).
 *
 * @since 0.1.0
 */
public enum DischargeSchemeType {
    /** Residential placements: beds. */
    RESIDENTIAL_PLACEMENTS("Residential Placements", ImpactUnit.BEDS),
    /** Bed-based intermediate care services: beds. */
    BED_BASED_INTERMEDIATE_CARE("Bed Based Intermediate Care Services", ImpactUnit.BEDS),
    /** Home care or domiciliary care: care hours. */
    HOME_CARE("Home Care or Domiciliary Care", ImpactUnit.CARE_HOURS),
    /** Enabler in a person's own home: care hours. */
    ENABLER_IN_OWN_HOME("Enabler in a person's own home", ImpactUnit.CARE_HOURS),
    /** Improvement or extension of existing workforce: staff. */
    IMPROVEMENT_OF_EXISTING_WORKFORCE("Improvement/extension of existing workforce", ImpactUnit.STAFF),
    /** Additional or redeployed capacity from current care workers: hours worked. */
    ADDITIONAL_OR_REDEPLOYED_CAPACITY("Additional or redeployed capacity from current care workers", ImpactUnit.HOURS_WORKED),
    /** Assistive technologies and equipment: unique beneficiaries. */
    ASSISTIVE_TECHNOLOGIES("Assistive Technologies and Equipment", ImpactUnit.BENEFICIARIES),
    /** Local recruitment initiatives: staff recruited. */
    LOCAL_RECRUITMENT("Local recruitment initiatives", ImpactUnit.STAFF_RECRUITED),
    /** Reablement in a person's own home: no unit in the guidance. */
    REABLEMENT_IN_OWN_HOME("Reablement in a Person's Own Home", ImpactUnit.NONE),
    /** Increase hours worked by existing workforce: no unit in the guidance. */
    INCREASE_HOURS_WORKED("Increase hours worked by existing workforce", ImpactUnit.NONE),
    /** Administration: no unit. */
    ADMINISTRATION("Administration", ImpactUnit.NONE),
    /** Other: no unit. */
    OTHER("Other", ImpactUnit.NONE);

    private final String label;
    private final ImpactUnit unit;

    DischargeSchemeType(String label, ImpactUnit unit) {
        this.label = label;
        this.unit = unit;
    }

    /**
     * The label as the template prints it, e.g. {@code Home Care or Domiciliary Care}.
     *
     * @return the label, never null
     */
    public String label() {
        return label;
    }

    /**
     * The unit the guidance asks this type to report impact in, e.g. {@link ImpactUnit#BEDS}.
     *
     * @return the unit, never null
     */
    public ImpactUnit unit() {
        return unit;
    }

    /**
     * The type with the given label or constant name, ignoring case.
     *
     * @param label the label, not null
     * @return the type, never null
     * @throws IllegalArgumentException when no type matches
     */
    public static DischargeSchemeType ofLabel(String label) {
        return Labels.lookup(DischargeSchemeType.class, "scheme type", label, DischargeSchemeType::label);
    }
}

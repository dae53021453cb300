package org.openbcf.core.hicm;

/**
 * The eight system changes of the High Impact Change Model for managing transfers of care, in the
 * model's order (norfolk-2017-2019-progress §3.3; seed 002 lines 128–136). A 2017-19 BCF plan
 * self-assessed progress against each.
 *
 * @since 0.1.0
 */
public enum HighImpactChange {
    /** 1. Early discharge planning. */
    EARLY_DISCHARGE_PLANNING("Early discharge planning"),
    /** 2. Systems to monitor patient flow. */
    MONITOR_PATIENT_FLOW("Systems to monitor patient flow"),
    /** 3. Multi-disciplinary/multi-agency discharge teams, including the voluntary and community sector. */
    MULTI_DISCIPLINARY_DISCHARGE_TEAMS("Multi-disciplinary/multi-agency discharge teams, including the voluntary and community sector"),
    /** 4. Home first/discharge to assess. */
    HOME_FIRST_DISCHARGE_TO_ASSESS("Home first/discharge to assess"),
    /** 5. Seven-day services. */
    SEVEN_DAY_SERVICES("Seven-day services"),
    /** 6. Trusted assessors. */
    TRUSTED_ASSESSORS("Trusted assessors"),
    /** 7. Focus on choice. */
    FOCUS_ON_CHOICE("Focus on choice"),
    /** 8. Enhancing health in care homes. */
    ENHANCING_HEALTH_IN_CARE_HOMES("Enhancing health in care homes");

    private final String title;

    HighImpactChange(String title) {
        this.title = title;
    }

    /**
     * The change as the model words it, e.g. "Trusted assessors".
     *
     * @return the title, never null
     */
    public String title() {
        return title;
    }

    /**
     * The change's number in the model, 1 to 8.
     *
     * @return the number
     */
    public int number() {
        return ordinal() + 1;
    }
}

package org.openbcf.metrics.cohort;

/**
 * Where a person was on the date 91 days after discharge into reablement, e.g. {@link #OWN_HOME}.
 *
 * <p>ASCOF 2B(1): own home, extra care housing and adult placements count as "at home"; people who
 * died, or are in hospital or a care home, stay in the denominator only ({@code statistics.md}).
 *
 * @since 0.1.0
 */
public enum FollowUpStatus {
    /** At home in their own home. */
    OWN_HOME(true),
    /** At home in extra care housing. */
    EXTRA_CARE_HOUSING(true),
    /** At home in an adult placement (shared lives). */
    ADULT_PLACEMENT(true),
    /** In hospital on the follow-up date. */
    IN_HOSPITAL(false),
    /** In a residential or nursing care home on the follow-up date. */
    IN_CARE_HOME(false),
    /** Died within the 91 days. */
    DIED(false);

    private final boolean atHome;

    FollowUpStatus(boolean atHome) {
        this.atHome = atHome;
    }

    /**
     * Whether the person counts as still at home (the numerator).
     *
     * @return true for own home, extra care housing and adult placement
     */
    public boolean isAtHome() {
        return atHome;
    }
}

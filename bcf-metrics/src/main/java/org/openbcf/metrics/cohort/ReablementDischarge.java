package org.openbcf.metrics.cohort;

import java.time.LocalDate;

import org.openbcf.core.internal.Checks;

/**
 * One discharge from hospital into reablement or rehabilitation, with where the person was 91 days
 * later, e.g. person {@code P1}, born 1940-03-01, discharged 2022-10-14, at home on 2023-01-13.
 *
 * <p>Each record is one discharge. This class is immutable and thread-safe.
 *
 * @param personId      the person's identifier, not blank
 * @param dateOfBirth   the date of birth, not after the discharge date
 * @param dischargeDate the date of discharge from hospital, not null
 * @param followUp      where the person was on the follow-up date, not null
 * @since 0.1.0
 */
public record ReablementDischarge(String personId, LocalDate dateOfBirth, LocalDate dischargeDate,
                                  FollowUpStatus followUp) {

    /** The follow-up interval of ASCOF 2B(1): 91 days. */
    public static final int FOLLOW_UP_DAYS = 91;

    /**
     * Checks the components.
     *
     * @param personId      the person
     * @param dateOfBirth   the date of birth
     * @param dischargeDate the discharge date
     * @param followUp      the status on the follow-up date
     */
    public ReablementDischarge {
        Checks.notBlank(personId, "personId");
        Checks.notNull(dateOfBirth, "dateOfBirth");
        Checks.notNull(dischargeDate, "dischargeDate");
        Checks.notNull(followUp, "followUp");
        Ages.on(dateOfBirth, dischargeDate, personId);
    }

    /**
     * The date 91 days after discharge, on which the status is taken, e.g. 2023-01-13 for a discharge
     * on 2022-10-14.
     *
     * @return the follow-up date, never null
     */
    public LocalDate followUpDate() {
        return dischargeDate.plusDays(FOLLOW_UP_DAYS);
    }

    /**
     * The age in whole years at discharge, e.g. 82.
     *
     * @return the age
     */
    public int ageAtDischarge() {
        return Ages.on(dateOfBirth, dischargeDate, personId);
    }
}

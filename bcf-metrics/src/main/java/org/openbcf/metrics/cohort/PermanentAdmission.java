package org.openbcf.metrics.cohort;

import java.time.LocalDate;

import org.openbcf.core.internal.Checks;

/**
 * One council-supported permanent admission to residential or nursing care, e.g. person {@code P7},
 * born 1938-06-02, admitted 2022-11-20.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param personId      the person's identifier, not blank
 * @param dateOfBirth   the date of birth, not after the admission date
 * @param admissionDate the date of admission, not null
 * @param transfer      true when the admission is a move between residential and nursing care, which
 *                      ASCOF 2A(2) excludes
 *
 * @since 0.1.0
 */
public record PermanentAdmission(String personId, LocalDate dateOfBirth, LocalDate admissionDate, boolean transfer) {

    /**
     * Checks the components.
     *
     * @param personId      the person
     * @param dateOfBirth   the date of birth
     * @param admissionDate the admission date
     * @param transfer      whether it is a transfer
     */
    public PermanentAdmission {
        Checks.notBlank(personId, "personId");
        Checks.notNull(dateOfBirth, "dateOfBirth");
        Checks.notNull(admissionDate, "admissionDate");
        Ages.on(dateOfBirth, admissionDate, personId);
    }

    /**
     * The age in whole years at admission, e.g. 84.
     *
     * @return the age
     */
    public int ageAtAdmission() {
        return Ages.on(dateOfBirth, admissionDate, personId);
    }
}

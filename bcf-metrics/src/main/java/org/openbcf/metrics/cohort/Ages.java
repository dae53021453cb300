package org.openbcf.metrics.cohort;

import java.time.LocalDate;
import java.time.Period;

/** Age in whole years on a date, the way ASCOF takes it (at discharge or at admission). */
final class Ages {

    /** The youngest age in both ASCOF cohorts: 65. */
    static final int SIXTY_FIVE = 65;

    private Ages() {
    }

    static int on(LocalDate dateOfBirth, LocalDate date, String person) {
        if (dateOfBirth.isAfter(date)) {
            throw new IllegalArgumentException("person " + person + ": date of birth (" + dateOfBirth
                    + ") must not be after " + date);
        }
        return Period.between(dateOfBirth, date).getYears();
    }
}

package org.openbcf.metrics.profile;

import java.time.YearMonth;

import org.openbcf.core.internal.Checks;

/**
 * One month of a working-day profile, e.g. April 2016: 21 working days, target 107.71764705882354 of
 * 1,308 (G-22).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param month       the month, not null
 * @param workingDays the working days in the month, at least 0
 * @param target      the month's share of the annual target, finite and not negative
 * @since 0.1.0
 */
public record ProfiledMonth(YearMonth month, int workingDays, double target) {

    /**
     * Checks the components.
     *
     * @param month       the month
     * @param workingDays the working days
     * @param target      the target
     */
    public ProfiledMonth {
        Checks.notNull(month, "month");
        if (workingDays < 0) {
            throw new IllegalArgumentException("working days of " + month + " (" + workingDays + ") must not be negative");
        }
        if (!(target >= 0.0 && Double.isFinite(target))) {
            throw new IllegalArgumentException("target of " + month + " (" + target + ") must be a number of at least 0");
        }
    }
}

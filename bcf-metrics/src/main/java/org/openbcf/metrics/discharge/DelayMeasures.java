package org.openbcf.metrics.discharge;

import java.time.YearMonth;
import java.util.OptionalDouble;

import org.openbcf.core.internal.Checks;
import org.openbcf.metrics.stats.Estimate;

/**
 * The discharge-delay measures of a month or a run of months, e.g. April 2024: 82.0% discharged on
 * the ready date (95% Wilson 79.50 to 84.26), 1.083 days of delay per discharge, 6.017 per delayed
 * discharge.
 *
 * <p>Averages as NHS England publishes them ({@code bcf-2024-27.md} §1.5): "average days from DRD to
 * discharge, including 0-day delays" is bed days lost ÷ all discharges; "excluding 0-day delays" is
 * bed days lost ÷ discharges delayed 1 day or more (empty when none was delayed). This class is
 * immutable and thread-safe.
 *
 * @param from                            the first month, not null
 * @param to                              the last month, not before {@code from}, not null
 * @param discharges                      all discharges, at least 1
 * @param onReadyDate                     discharged on the ready date, at most {@code discharges}
 * @param bedDaysLost                     the bed days lost, at least 0
 * @param percentOnReadyDate              the percentage discharged on the ready date with its Wilson interval, not null
 * @param averageDelayPerDischarge        bed days lost ÷ discharges (including 0-day delays)
 * @param averageDelayPerDelayedDischarge bed days lost ÷ delayed discharges (excluding 0-day delays), not null
 * @since 0.1.0
 */
public record DelayMeasures(YearMonth from, YearMonth to, long discharges, long onReadyDate, long bedDaysLost,
                            Estimate percentOnReadyDate, double averageDelayPerDischarge,
                            OptionalDouble averageDelayPerDelayedDischarge) {

    /**
     * Checks the components.
     *
     * @param from                            the first month
     * @param to                              the last month
     * @param discharges                      all discharges
     * @param onReadyDate                     on the ready date
     * @param bedDaysLost                     bed days lost
     * @param percentOnReadyDate              the percentage on the ready date
     * @param averageDelayPerDischarge        the average including 0-day delays
     * @param averageDelayPerDelayedDischarge the average excluding 0-day delays
     */
    public DelayMeasures {
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
        Checks.notNull(percentOnReadyDate, "percentOnReadyDate");
        Checks.notNull(averageDelayPerDelayedDischarge, "averageDelayPerDelayedDischarge");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("last month (" + to + ") must not be before the first (" + from + ")");
        }
        if (discharges < 1 || onReadyDate < 0 || onReadyDate > discharges || bedDaysLost < 0) {
            throw new IllegalArgumentException("discharges (" + discharges + "), on the ready date (" + onReadyDate
                    + ") and bed days lost (" + bedDaysLost + ") must satisfy 0 <= on ready date <= discharges, "
                    + "discharges >= 1, bed days >= 0");
        }
    }

    /**
     * The discharges delayed 1 day or more, {@code discharges − onReadyDate}.
     *
     * @return the delayed discharges, at least 0
     */
    public long delayed() {
        return discharges - onReadyDate;
    }
}

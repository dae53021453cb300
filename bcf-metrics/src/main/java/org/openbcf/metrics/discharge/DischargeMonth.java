package org.openbcf.metrics.discharge;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;

import org.openbcf.core.internal.Checks;

/**
 * One month of discharge-ready-date counts for a board, e.g. April 2024: 1,000 discharges, 820 on
 * the ready date, delayed 60 / 50 / 30 / 20 / 12 / 8 by 1, 2-3, 4-6, 7-13, 14-20 and 21+ days,
 * 1,083 bed days lost.
 *
 * <p>The counts are taken as given: whether they add up is a finding of
 * {@link DischargeDelays#month}, not an exception, because published figures can be wrong. Each
 * count must be a whole number from 0 to {@link org.openbcf.core.money.InputLimits#MAX_COUNT}
 * (1,000,000,000), checked here, so that the sums and bed-day bounds of {@link DischargeDelays} cannot
 * overflow. Source: NHS England DRD statistics
 * ({@code bcf-2024-27.md} §1.5). This class is immutable and thread-safe.
 *
 * @param month               the calendar month, not null
 * @param discharges          all discharges in the month, at least 0
 * @param onReadyDate         discharged on the ready date (0 days), at least 0
 * @param delayed1            delayed 1 day, at least 0
 * @param delayed2To3         delayed 2-3 days, at least 0
 * @param delayed4To6         delayed 4-6 days, at least 0
 * @param delayed7To13        delayed 7-13 days, at least 0
 * @param delayed14To20       delayed 14-20 days, at least 0
 * @param delayed21Plus       delayed 21 days or more, at least 0
 * @param bedDaysLost         days between ready date and discharge, summed, at least 0
 * @since 0.1.0
 */
public record DischargeMonth(YearMonth month, long discharges, long onReadyDate, long delayed1, long delayed2To3,
                             long delayed4To6, long delayed7To13, long delayed14To20, long delayed21Plus,
                             long bedDaysLost) {

    /**
     * Checks the counts.
     *
     * @param month         the month
     * @param discharges    all discharges
     * @param onReadyDate   discharged on the ready date
     * @param delayed1      delayed 1 day
     * @param delayed2To3   delayed 2-3 days
     * @param delayed4To6   delayed 4-6 days
     * @param delayed7To13  delayed 7-13 days
     * @param delayed14To20 delayed 14-20 days
     * @param delayed21Plus delayed 21+ days
     * @param bedDaysLost   bed days lost
     */
    public DischargeMonth {
        Checks.notNull(month, "month");
        count(month, "discharges", discharges);
        count(month, "discharged on the ready date", onReadyDate);
        count(month, "delayed 1 day", delayed1);
        count(month, "delayed 2-3 days", delayed2To3);
        count(month, "delayed 4-6 days", delayed4To6);
        count(month, "delayed 7-13 days", delayed7To13);
        count(month, "delayed 14-20 days", delayed14To20);
        count(month, "delayed 21+ days", delayed21Plus);
        count(month, "bed days lost", bedDaysLost);
    }

    private static void count(YearMonth month, String field, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " in " + month + " (" + value + ") must not be negative");
        }
        org.openbcf.core.money.InputLimits.requireCount(value, field + " in " + month);
    }

    /**
     * The delayed discharges by band, in band order.
     *
     * @return the counts, never null, unmodifiable
     */
    public Map<DelayBand, Long> delayedByBand() {
        Map<DelayBand, Long> bands = new EnumMap<>(DelayBand.class);
        bands.put(DelayBand.ONE, delayed1);
        bands.put(DelayBand.TWO_TO_THREE, delayed2To3);
        bands.put(DelayBand.FOUR_TO_SIX, delayed4To6);
        bands.put(DelayBand.SEVEN_TO_THIRTEEN, delayed7To13);
        bands.put(DelayBand.FOURTEEN_TO_TWENTY, delayed14To20);
        bands.put(DelayBand.TWENTY_ONE_PLUS, delayed21Plus);
        return java.util.Collections.unmodifiableMap(bands);
    }

    /**
     * The discharges delayed 1 day or more, the sum of the six bands, e.g. 180.
     *
     * @return the delayed discharges, at least 0
     * @throws ArithmeticException on overflow
     */
    public long delayed() {
        long total = 0;
        for (long band : delayedByBand().values()) {
            total = Math.addExact(total, band);
        }
        return total;
    }
}

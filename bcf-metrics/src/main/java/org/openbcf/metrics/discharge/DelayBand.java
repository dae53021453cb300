package org.openbcf.metrics.discharge;

import java.util.OptionalInt;

/**
 * A band of days between the discharge ready date and the discharge, as NHS England publishes them,
 * e.g. {@link #FOUR_TO_SIX} for a discharge 4, 5 or 6 days after the ready date.
 *
 * <p>Source: NHS England DRD statistics field list ({@code bcf-2024-27.md} §1.5: 0, 1, 2-3, 4-6, 7-13,
 * 14-20, 21+ days); the 0-day band is "discharged on the ready date".
 *
 * @since 0.1.0
 */
public enum DelayBand {
    /** 1 day. */
    ONE(1, 1),
    /** 2 or 3 days. */
    TWO_TO_THREE(2, 3),
    /** 4 to 6 days. */
    FOUR_TO_SIX(4, 6),
    /** 7 to 13 days. */
    SEVEN_TO_THIRTEEN(7, 13),
    /** 14 to 20 days. */
    FOURTEEN_TO_TWENTY(14, 20),
    /** 21 days or more (no upper bound). */
    TWENTY_ONE_PLUS(21, -1);

    private final int minimumDays;
    private final int maximumDays;

    DelayBand(int minimumDays, int maximumDays) {
        this.minimumDays = minimumDays;
        this.maximumDays = maximumDays;
    }

    /**
     * The fewest days of delay in the band, e.g. 4 for {@link #FOUR_TO_SIX}.
     *
     * @return the days, at least 1
     */
    public int minimumDays() {
        return minimumDays;
    }

    /**
     * The most days of delay in the band, e.g. 6 for {@link #FOUR_TO_SIX}; empty for {@link #TWENTY_ONE_PLUS}.
     *
     * @return the days, never null
     */
    public OptionalInt maximumDays() {
        return maximumDays < 0 ? OptionalInt.empty() : OptionalInt.of(maximumDays);
    }

    /**
     * The label as NHS England prints it, e.g. {@code 2-3} or {@code 21+}.
     *
     * @return the label, never null
     */
    @Override
    public String toString() {
        if (maximumDays < 0) {
            return minimumDays + "+";
        }
        return minimumDays == maximumDays ? Integer.toString(minimumDays) : minimumDays + "-" + maximumDays;
    }
}

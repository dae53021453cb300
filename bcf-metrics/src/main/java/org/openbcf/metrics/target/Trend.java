package org.openbcf.metrics.target;

import java.math.BigDecimal;
import java.util.Optional;

import org.openbcf.core.internal.Checks;

/**
 * The change against the same period a year earlier, read with the metric's direction, e.g.
 * {@link #IMPROVEMENT} for admissions of 677.4 against 702.0 a year earlier.
 *
 * <p>The 2022-23 end-of-year template asks for the trend against the same quarter of the previous year,
 * "emphasising any improvement or deterioration" (M4, {@code norfolk-2023-25-plan-and-year-end.md} L2082).
 *
 * @since 0.1.0
 */
public enum Trend {
    /** Better than a year earlier (lower for a maximum, higher for a minimum). */
    IMPROVEMENT("improvement"),
    /** The same as a year earlier. */
    NO_CHANGE("no change"),
    /** Worse than a year earlier. */
    DETERIORATION("deterioration"),
    /** No figure for a year earlier (or none now). */
    NOT_AVAILABLE("not available");

    private final String label;

    Trend(String label) {
        this.label = label;
    }

    /**
     * The trend of a value against the same period a year earlier.
     *
     * @param bound      whether lower ({@link Bound#MAXIMUM}) or higher ({@link Bound#MINIMUM}) is better, not null
     * @param value      this period's value, empty when not available, not null
     * @param yearBefore the same period a year earlier, empty when not available, not null
     * @return the trend, never null
     */
    public static Trend of(Bound bound, Optional<BigDecimal> value, Optional<BigDecimal> yearBefore) {
        Checks.notNull(bound, "bound");
        Checks.notNull(value, "value");
        Checks.notNull(yearBefore, "yearBefore");
        if (value.isEmpty() || yearBefore.isEmpty()) {
            return NOT_AVAILABLE;
        }
        int comparison = value.get().compareTo(yearBefore.get());
        if (comparison == 0) {
            return NO_CHANGE;
        }
        boolean lower = comparison < 0;
        return lower == (bound == Bound.MAXIMUM) ? IMPROVEMENT : DETERIORATION;
    }

    /**
     * The label, e.g. {@code deterioration}.
     *
     * @return the label, never null
     */
    @Override
    public String toString() {
        return label;
    }
}

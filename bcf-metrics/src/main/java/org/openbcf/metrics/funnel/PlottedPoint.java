package org.openbcf.metrics.funnel;

import org.openbcf.core.internal.Checks;

/**
 * An area placed on a funnel: its value on the display scale and its position against the limits at
 * its own denominator, e.g. Norfolk 86.5% at 1,000 people, {@code below 99.8%} around 92.2%.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param point    the area's figures, not null
 * @param value    the value on the display scale (the y axis), finite
 * @param limits   the limits at the point's denominator, not null
 * @param position where the value lies against those limits, not null
 * @since 0.1.0
 */
public record PlottedPoint(FunnelPoint point, double value, FunnelLimits limits, FunnelPosition position) {

    /**
     * Checks that the position is the one the value and the limits give.
     *
     * @param point    the area's figures
     * @param value    the value
     * @param limits   the limits
     * @param position the position
     */
    public PlottedPoint {
        Checks.notNull(point, "point");
        Checks.notNull(limits, "limits");
        Checks.notNull(position, "position");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value of " + point.area() + " (" + value + ") must be finite");
        }
        if (limits.position(value) != position) {
            throw new IllegalArgumentException("position of " + point.area() + " (" + position
                    + ") must be the one its limits give (" + limits.position(value) + ")");
        }
    }
}

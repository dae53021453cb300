package org.openbcf.metrics.funnel;

import java.util.List;

import org.openbcf.core.internal.Checks;

/**
 * A funnel plot as plain data, ready for a chart: the target line, the four limit curves (one
 * {@link FunnelLimits} per denominator, ascending), the plotted areas and the areas not plotted (a DSR
 * with fewer than 10 events is suppressed).
 *
 * <p>Presentation computes nothing: a chart draws {@link #curve()} as four lines, {@link #target()} as
 * a horizontal line and {@link #points()} coloured by {@link PlottedPoint#position()}. This class is
 * immutable and thread-safe.
 *
 * @param statistic  what the funnel plots, not null
 * @param target     the target on the display scale (the centre line), finite
 * @param multiplier the display scale, e.g. 100 for a percentage, positive
 * @param curve      the limits at each denominator of the curve, ascending, not null
 * @param points     the plotted areas in input order, not null
 * @param notPlotted the areas left off (suppressed) in input order, not null
 * @since 0.1.0
 */
public record FunnelChart(FunnelStatistic statistic, double target, double multiplier, List<FunnelLimits> curve,
                          List<PlottedPoint> points, List<FunnelPoint> notPlotted) {

    /**
     * Checks and copies the components.
     *
     * @param statistic  what the funnel plots
     * @param target     the target
     * @param multiplier the display scale
     * @param curve      the limit curve
     * @param points     the plotted areas
     * @param notPlotted the areas left off
     */
    public FunnelChart {
        Checks.notNull(statistic, "statistic");
        Funnel.requireMultiplier(multiplier);
        if (!Double.isFinite(target)) {
            throw new IllegalArgumentException("target (" + target + ") must be finite");
        }
        curve = List.copyOf(Checks.notNull(curve, "curve"));
        points = List.copyOf(Checks.notNull(points, "points"));
        notPlotted = List.copyOf(Checks.notNull(notPlotted, "notPlotted"));
        for (int i = 1; i < curve.size(); i++) {
            if (curve.get(i).denominator() <= curve.get(i - 1).denominator()) {
                throw new IllegalArgumentException("curve denominators must ascend, but " + curve.get(i).denominator()
                        + " follows " + curve.get(i - 1).denominator());
            }
        }
    }
}

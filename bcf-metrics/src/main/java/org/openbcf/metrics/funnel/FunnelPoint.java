package org.openbcf.metrics.funnel;

import org.openbcf.core.internal.Checks;

/**
 * One area on a funnel plot: its numerator and the denominator the funnel is drawn against, e.g.
 * Norfolk with 865 of 1,000 still at home (a proportion), 120 admissions against 100 expected (a
 * ratio), or 1,234 falls in 62,340 people (a crude rate).
 *
 * <p>For a directly standardised rate, use {@link #dsr(String, long, double, double)}: the
 * denominator is the equivalent population {@code count × multiplier / rate}, as Fingertips plots
 * DSRs. This class is immutable and thread-safe.
 *
 * @param area        the area's name or code, not blank
 * @param numerator   the count, at least 0 (and at most the denominator for a proportion)
 * @param denominator the denominator, finite and positive: people, expected count or population
 * @since 0.1.0
 */
public record FunnelPoint(String area, long numerator, double denominator) {

    /**
     * Checks the point.
     *
     * @param area        the area
     * @param numerator   the count
     * @param denominator the denominator
     */
    public FunnelPoint {
        Checks.notBlank(area, "area");
        if (numerator < 0) {
            throw new IllegalArgumentException("numerator of " + area + " (" + numerator + ") must not be negative");
        }
        if (!(denominator > 0.0 && Double.isFinite(denominator))) {
            throw new IllegalArgumentException(
                    "denominator of " + area + " (" + denominator + ") must be a positive number");
        }
    }

    /**
     * A point from a count and a denominator, the form of a CSV row {@code area,numerator,denominator}.
     *
     * @param area        the area, not blank
     * @param numerator   the count, at least 0
     * @param denominator the denominator, positive
     * @return the point, never null
     */
    public static FunnelPoint of(String area, long numerator, double denominator) {
        return new FunnelPoint(area, numerator, denominator);
    }

    /**
     * A directly standardised rate as a funnel point: the denominator is the equivalent population
     * {@code count × multiplier / rate} (PHEindicatormethods {@code calculate_funnel_points}), e.g. 210
     * falls at a DSR of 1,050.37 per 100,000 → 19,992.95.
     *
     * @param area       the area, not blank
     * @param count      the total count of the DSR, at least 1
     * @param rate       the DSR on the multiplier's scale, positive
     * @param multiplier the scale, e.g. 100,000, positive
     * @return the point, never null
     */
    public static FunnelPoint dsr(String area, long count, double rate, double multiplier) {
        Funnel.requireMultiplier(multiplier);
        if (count < 1) {
            throw new IllegalArgumentException("count of " + area + " (" + count + ") must be at least 1 for a DSR point");
        }
        if (!(rate > 0.0 && Double.isFinite(rate))) {
            throw new IllegalArgumentException("rate of " + area + " (" + rate + ") must be a positive number");
        }
        return new FunnelPoint(area, count, count * multiplier / rate);
    }
}

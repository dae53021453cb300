package org.openbcf.metrics.funnel;

import java.util.ArrayList;
import java.util.List;

import org.openbcf.core.internal.Checks;
import org.openbcf.metrics.stats.ConfidenceLevel;

/**
 * Funnel plot control limits at 95% and 99.8% around a target, and each area's position against them,
 * e.g. a proportion funnel around 92.2% (multiplier 100): at 1,000 people the 95% limits are 90.54 and
 * 93.86.
 *
 * <ul>
 * <li><b>Proportion</b> (target p₀, a fraction): at n the limits are the values whose Wilson interval
 *     touches p₀, which is the closed form {@code p₀ ± z·√(p₀(1 − p₀)/n)}, kept within [0, 1], times
 *     the multiplier (PHEindicatormethods' proportion funnel; a point is outside exactly when its Wilson
 *     interval excludes the target).</li>
 * <li><b>Ratio</b> (indirectly standardised, target 1): at expected count E the limits are the
 *     ratios {@code k/E} at which an observed count k is exactly on the edge of the exact Poisson test
 *     against E, k taken as continuous: the upper where {@code P(X ≥ k | E) = α/2} (so
 *     {@code E = χ²⁻¹(α/2; 2k)/2}), the lower where {@code P(X ≤ k | E) = α/2} (so
 *     {@code E = χ²⁻¹(1 − α/2; 2k + 2)/2}; 0 when {@code P(X = 0 | E) ≥ α/2}), times the multiplier.
 *     E.g. at 95% and E = χ²⁻¹(0.975; 4)/2 = 5.571643 the lower limit is 1/E = 0.179480; at
 *     E = χ²⁻¹(0.025; 20)/2 = 4.795389 the upper limit is 10/E = 2.085337.</li>
 * <li><b>Crude rate</b> (target r per multiplier): at population n the expected count is
 *     {@code λ = r·n/multiplier}; the limits are the same edge counts k for λ, as {@code k/n} times the
 *     multiplier. <b>DSR</b>: the same, on its event count at the equivalent population
 *     {@link FunnelPoint#dsr}.</li>
 * </ul>
 *
 * <p>The edge counts are solved to full double precision (Brent's method on the regularised incomplete
 * gamma function, Commons Statistics), not bisected. So a point's position, read from the limits at
 * its own denominator, is the exact Poisson test of its count: above 95% exactly when
 * {@code P(X ≥ O | E) < 0.025}, below exactly when {@code P(X ≤ O | E) < 0.025} (99.8%: 0.001); a
 * count of 0 is below only when {@code e^−E < α/2}. One method draws and labels, so a point is never
 * drawn on one side of a curve and labelled on the other.
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Funnel {

    /** The fewest events for which a DSR is plotted: 10 (as for the rate itself, {@code statistics.md}). */
    public static final long DSR_MINIMUM_COUNT = 10;

    /**
     * The largest expected count of a ratio or rate funnel: 10¹⁸ events, far beyond any population's
     * and well below where the incomplete gamma function stops converging (beyond about 10³²).
     */
    private static final double MAXIMUM_EXPECTED_COUNT = 1e18;

    private final FunnelStatistic statistic;
    private final double target;
    private final double multiplier;

    private Funnel(FunnelStatistic statistic, double target, double multiplier) {
        this.statistic = statistic;
        this.target = target;
        this.multiplier = requireMultiplier(multiplier);
    }

    /**
     * A funnel from plain values, as a command reads them, e.g. {@code of(FunnelStatistic.parse("dsr"), 1933, 100_000)}.
     *
     * @param statistic  what the funnel plots, not null
     * @param target     the target in the statistic's own terms: a fraction for a proportion, 1 for a
     *                   ratio (the only ratio target), a rate on the multiplier's scale for a rate
     * @param multiplier the display scale, positive
     * @return the funnel, never null
     */
    public static Funnel of(FunnelStatistic statistic, double target, double multiplier) {
        Checks.notNull(statistic, "statistic");
        return switch (statistic) {
            case PROPORTION -> proportion(target, multiplier);
            case RATIO -> {
                if (target != 1.0) {
                    throw new IllegalArgumentException("target ratio (" + target + ") must be 1: a ratio funnel is "
                            + "centred on observed = expected");
                }
                yield ratio(multiplier);
            }
            case CRUDE_RATE -> crudeRate(target, multiplier);
            case DSR -> dsr(target, multiplier);
        };
    }

    /**
     * A proportion funnel, e.g. {@code proportion(0.922, 100)} for 92.2% shown as a percentage.
     *
     * @param target     the target proportion as a fraction, between 0 and 1
     * @param multiplier the display scale (1 for a fraction, 100 for a percentage), positive
     * @return the funnel, never null
     */
    public static Funnel proportion(double target, double multiplier) {
        if (!(target >= 0.0 && target <= 1.0)) {
            throw new IllegalArgumentException("target proportion (" + target + ") must be between 0 and 1");
        }
        return new Funnel(FunnelStatistic.PROPORTION, target, multiplier);
    }

    /**
     * A funnel for indirectly standardised ratios around 1, e.g. {@code ratio(100)} for SMR-style figures.
     *
     * @param multiplier the display scale (1 for a ratio, 100 for an SMR), positive
     * @return the funnel, never null
     */
    public static Funnel ratio(double multiplier) {
        return new Funnel(FunnelStatistic.RATIO, 1.0, multiplier);
    }

    /**
     * A crude-rate funnel, e.g. {@code crudeRate(1933, 100_000)}.
     *
     * @param target     the target rate on the multiplier's scale, at least 0
     * @param multiplier the scale, e.g. 100,000, positive
     * @return the funnel, never null
     */
    public static Funnel crudeRate(double target, double multiplier) {
        return new Funnel(FunnelStatistic.CRUDE_RATE, requireRate(target), multiplier);
    }

    /**
     * A funnel for directly standardised rates, e.g. {@code dsr(1933, 100_000)} for falls 65+;
     * points come from {@link FunnelPoint#dsr(String, long, double, double)}.
     *
     * @param target     the target rate on the multiplier's scale, at least 0
     * @param multiplier the scale, e.g. 100,000, positive
     * @return the funnel, never null
     */
    public static Funnel dsr(double target, double multiplier) {
        return new Funnel(FunnelStatistic.DSR, requireRate(target), multiplier);
    }

    /**
     * What the funnel plots.
     *
     * @return the statistic, never null
     */
    public FunnelStatistic statistic() {
        return statistic;
    }

    /**
     * The target on the display scale, e.g. 92.2 for {@code proportion(0.922, 100)}, 100 for {@code ratio(100)}.
     *
     * @return the centre line
     */
    public double target() {
        return statistic == FunnelStatistic.PROPORTION || statistic == FunnelStatistic.RATIO
                ? target * multiplier : target;
    }

    /**
     * The display scale, e.g. 100.
     *
     * @return the multiplier, positive
     */
    public double multiplier() {
        return multiplier;
    }

    /**
     * The limits at one level and denominator on the display scale, lower then upper.
     */
    double[] limits(double denominator, ConfidenceLevel level) {
        requireDenominator(denominator);
        Checks.notNull(level, "level");
        return switch (statistic) {
            case PROPORTION -> {
                double spread = level.z() * Math.sqrt(target * (1.0 - target) / denominator);
                yield new double[] {Math.max(0.0, target - spread) * multiplier,
                        Math.min(1.0, target + spread) * multiplier};
            }
            case RATIO, CRUDE_RATE, DSR -> {
                double expected = expectedCount(denominator);
                yield new double[] {
                        PoissonControlLimits.lowerCount(expected, level.halfAlpha()) / denominator * multiplier,
                        PoissonControlLimits.upperCount(expected, level.halfAlpha()) / denominator * multiplier};
            }
        };
    }

    /**
     * The four limits at a denominator.
     *
     * @param denominator the denominator, positive
     * @return the limits, never null
     * @throws IllegalArgumentException for a denominator that is not positive, or a ratio or rate funnel's
     *                                  expected count above 10¹⁸
     */
    public FunnelLimits limitsAt(double denominator) {
        double[] at95 = limits(denominator, ConfidenceLevel.NINETY_FIVE);
        double[] at998 = limits(denominator, ConfidenceLevel.NINETY_NINE_POINT_EIGHT);
        return new FunnelLimits(denominator, at998[0], at95[0], at95[1], at998[1]);
    }

    /**
     * The limit curve at {@code steps} denominators spaced evenly on a log scale from {@code from} to
     * {@code to}, both included, e.g. {@code curve(100, 100_000, 61)}.
     *
     * @param from  the smallest denominator, positive
     * @param to    the largest denominator, above {@code from}
     * @param steps how many denominators, at least 2
     * @return the limits in ascending denominator order, never null
     */
    public List<FunnelLimits> curve(double from, double to, int steps) {
        requireDenominator(from);
        requireDenominator(to);
        if (!(to > from)) {
            throw new IllegalArgumentException("curve end (" + to + ") must be above its start (" + from + ")");
        }
        if (steps < 2) {
            throw new IllegalArgumentException("curve steps (" + steps + ") must be at least 2");
        }
        List<FunnelLimits> curve = new ArrayList<>(steps);
        double ratio = Math.log(to / from);
        for (int i = 0; i < steps; i++) {
            double denominator = i == steps - 1 ? to : from * Math.exp(ratio * i / (steps - 1));
            curve.add(limitsAt(denominator));
        }
        return curve;
    }

    /**
     * The value of a point on the display scale: {@code x/n}, {@code O/E} or {@code count/n}, times the
     * multiplier (for a DSR point this gives back its rate).
     *
     * @param point the point, not null
     * @return the value
     */
    public double value(FunnelPoint point) {
        Checks.notNull(point, "point");
        if (statistic == FunnelStatistic.PROPORTION && point.numerator() > point.denominator()) {
            throw new IllegalArgumentException("numerator of " + point.area() + " (" + point.numerator()
                    + ") must not exceed its denominator (" + point.denominator() + ") in a proportion funnel");
        }
        return point.numerator() / point.denominator() * multiplier;
    }

    /**
     * Whether a point is plotted: every point, except a DSR with fewer than {@value #DSR_MINIMUM_COUNT} events.
     *
     * @param point the point, not null
     * @return true when plotted
     */
    public boolean isPlotted(FunnelPoint point) {
        Checks.notNull(point, "point");
        return isPlotted(statistic, point.numerator());
    }

    /**
     * Whether a point of a statistic with this many events is plotted: every point, except a DSR with
     * fewer than {@value #DSR_MINIMUM_COUNT} events (for a caller that decides before it has a point).
     *
     * @param statistic the statistic, not null
     * @param events    the point's events (its numerator)
     * @return true when plotted
     */
    public static boolean isPlotted(FunnelStatistic statistic, long events) {
        Checks.notNull(statistic, "statistic");
        return statistic != FunnelStatistic.DSR || events >= DSR_MINIMUM_COUNT;
    }

    /**
     * Places a point against the limits at its own denominator.
     *
     * @param point the point, plotted ({@link #isPlotted}), not null
     * @return the plotted point, never null
     */
    public PlottedPoint place(FunnelPoint point) {
        if (!isPlotted(point)) {
            throw new IllegalArgumentException("a DSR of " + point.area() + " with " + point.numerator()
                    + " events (fewer than " + DSR_MINIMUM_COUNT + ") is suppressed and not placed");
        }
        double value = value(point);
        FunnelLimits limits = limitsAt(point.denominator());
        return new PlottedPoint(point, value, limits, limits.position(value));
    }

    /**
     * A chart of the points on this funnel, the curve running from 0.9 × the smallest to 1.1 × the
     * largest denominator of the plotted points in {@code steps} steps.
     *
     * @param points the areas, at least one plotted, not null
     * @param steps  how many denominators on the curve, at least 2
     * @return the chart, never null
     */
    public FunnelChart chart(List<FunnelPoint> points, int steps) {
        Checks.notNull(points, "points");
        List<PlottedPoint> plotted = new ArrayList<>();
        List<FunnelPoint> notPlotted = new ArrayList<>();
        double smallest = Double.POSITIVE_INFINITY;
        double largest = 0.0;
        for (FunnelPoint point : points) {
            if (isPlotted(point)) {
                plotted.add(place(point));
                smallest = Math.min(smallest, point.denominator());
                largest = Math.max(largest, point.denominator());
            } else {
                notPlotted.add(point);
            }
        }
        if (plotted.isEmpty()) {
            throw new IllegalArgumentException("a funnel chart needs at least one plotted point, got "
                    + points.size() + " points and none plotted");
        }
        return new FunnelChart(statistic, target(), multiplier,
                curve(smallest * 0.9, largest * 1.1, steps), plotted, notPlotted);
    }

    /**
     * The expected count of a ratio or rate funnel at a denominator: E itself for a ratio,
     * {@code target × n / multiplier} for a rate.
     */
    private double expectedCount(double denominator) {
        double expected = statistic == FunnelStatistic.RATIO ? denominator : target * denominator / multiplier;
        if (!(expected <= MAXIMUM_EXPECTED_COUNT)) {
            throw new IllegalArgumentException("expected count at " + denominator + " (" + expected
                    + ") must be at most 1e18 for a " + statistic + " funnel");
        }
        return expected;
    }

    static double requireDenominator(double denominator) {
        if (!(denominator > 0.0 && Double.isFinite(denominator))) {
            throw new IllegalArgumentException("denominator (" + denominator + ") must be a positive number");
        }
        return denominator;
    }

    static double requireMultiplier(double multiplier) {
        if (!(multiplier > 0.0 && Double.isFinite(multiplier))) {
            throw new IllegalArgumentException("multiplier (" + multiplier + ") must be a positive number");
        }
        return multiplier;
    }

    private static double requireRate(double rate) {
        if (!(rate >= 0.0 && Double.isFinite(rate))) {
            throw new IllegalArgumentException("target rate (" + rate + ") must be a number of at least 0");
        }
        return rate;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Funnel that && statistic == that.statistic
                && Double.compare(target, that.target) == 0 && Double.compare(multiplier, that.multiplier) == 0;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(statistic, target, multiplier);
    }

    /**
     * The canonical text, e.g. {@code proportion funnel around 92.2 (multiplier 100.0)}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return statistic + " funnel around " + target() + " (multiplier " + multiplier + ")";
    }
}

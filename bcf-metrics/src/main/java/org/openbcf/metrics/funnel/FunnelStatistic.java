package org.openbcf.metrics.funnel;

import org.openbcf.core.internal.Checks;

/**
 * The kind of statistic a funnel plots, e.g. {@link #PROPORTION} for reablement or
 * {@link #DSR} for falls per 100,000.
 *
 * <p>Source: PHEindicatormethods {@code calculate_funnel_limits} ({@code statistic} "proportion",
 * "ratio", "rate" with {@code rate_type} "crude" or "dsr").
 *
 * @since 0.1.0
 */
public enum FunnelStatistic {
    /** A proportion x / n, limits from the Wilson score interval around the target. */
    PROPORTION("proportion"),
    /** An indirectly standardised ratio O / E, limits from the exact Poisson test of O against E, around 1. */
    RATIO("ratio"),
    /** A crude rate count / population, limits from the exact Poisson test of the count against the target's. */
    CRUDE_RATE("crude-rate"),
    /** A directly standardised rate, plotted against its equivalent population count × multiplier / rate. */
    DSR("dsr");

    private final String label;

    FunnelStatistic(String label) {
        this.label = label;
    }

    /**
     * The label, e.g. {@code crude-rate}.
     *
     * @return the label, never null
     */
    public String label() {
        return label;
    }

    /**
     * Parses a label ({@code proportion}, {@code ratio}, {@code crude-rate}, {@code dsr}), ignoring case.
     *
     * @param text the text, not null
     * @return the statistic, never null
     * @throws IllegalArgumentException for any other text
     */
    public static FunnelStatistic parse(CharSequence text) {
        String label = Checks.notNull(text, "text").toString().strip();
        for (FunnelStatistic statistic : values()) {
            if (statistic.label.equalsIgnoreCase(label)) {
                return statistic;
            }
        }
        throw new IllegalArgumentException(
                "funnel statistic '" + label + "' must be one of proportion, ratio, crude-rate, dsr");
    }

    /**
     * The label, e.g. {@code dsr}.
     *
     * @return the label, never null
     */
    @Override
    public String toString() {
        return label;
    }
}

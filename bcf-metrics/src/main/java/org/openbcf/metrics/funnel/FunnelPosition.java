package org.openbcf.metrics.funnel;

/**
 * Where an area lies on a funnel plot, e.g. {@link #ABOVE_99_8} for a point above the 99.8% upper
 * limit at its denominator.
 *
 * <p>A point exactly on a limit is inside it (as a benchmark comparison counts an interval that
 * touches the benchmark as similar). Source: Fingertips technical guidance, funnel plots.
 *
 * @since 0.1.0
 */
public enum FunnelPosition {
    /** Above the 99.8% upper limit. */
    ABOVE_99_8("above 99.8%"),
    /** Above the 95% upper limit, within the 99.8% one. */
    ABOVE_95("above 95%"),
    /** Within the 95% limits. */
    WITHIN_95("within 95%"),
    /** Below the 95% lower limit, within the 99.8% one. */
    BELOW_95("below 95%"),
    /** Below the 99.8% lower limit. */
    BELOW_99_8("below 99.8%");

    private final String label;

    FunnelPosition(String label) {
        this.label = label;
    }

    /**
     * The label, e.g. {@code above 99.8%}.
     *
     * @return the label, never null
     */
    public String label() {
        return label;
    }

    /**
     * Whether the point is outside the 95% limits.
     *
     * @return true unless {@link #WITHIN_95}
     */
    public boolean isOutside95() {
        return this != WITHIN_95;
    }

    /**
     * The label, e.g. {@code within 95%}.
     *
     * @return the label, never null
     */
    @Override
    public String toString() {
        return label;
    }
}

package org.openbcf.metrics.catalogue;

/**
 * The unit a metric is reported in, e.g. {@link #RATE_PER_100_000}.
 *
 * @since 0.1.0
 */
public enum Unit {
    /** A count, e.g. 28,388 delayed days. */
    COUNT("count", 1),
    /** A rate per 100,000 population, e.g. 607 admissions per 100,000 aged 65+. */
    RATE_PER_100_000("rate per 100,000", 100_000),
    /** A percentage, e.g. 86.5%. */
    PERCENTAGE("percentage", 100);

    private final String label;
    private final double multiplier;

    Unit(String label, double multiplier) {
        this.label = label;
        this.multiplier = multiplier;
    }

    /**
     * The multiplier that turns a ratio into this unit: 1, 100,000 or 100.
     *
     * @return the multiplier
     */
    public double multiplier() {
        return multiplier;
    }

    /**
     * The label, e.g. {@code rate per 100,000}.
     *
     * @return the label, never null
     */
    @Override
    public String toString() {
        return label;
    }
}

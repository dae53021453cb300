package org.openbcf.metrics.catalogue;

import org.openbcf.metrics.target.Bound;

/**
 * Which direction of a metric is better, e.g. {@link #LOWER_IS_BETTER} for admissions.
 *
 * @since 0.1.0
 */
public enum Direction {
    /** Fewer is better: the target is a maximum. */
    LOWER_IS_BETTER(Bound.MAXIMUM),
    /** More is better: the target is a minimum. */
    HIGHER_IS_BETTER(Bound.MINIMUM);

    private final Bound bound;

    Direction(Bound bound) {
        this.bound = bound;
    }

    /**
     * The kind of target a metric with this direction has, e.g. {@link Bound#MAXIMUM} for
     * {@link #LOWER_IS_BETTER}.
     *
     * @return the bound, never null
     */
    public Bound targetBound() {
        return bound;
    }
}

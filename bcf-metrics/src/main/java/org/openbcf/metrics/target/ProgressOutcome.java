package org.openbcf.metrics.target;

/**
 * The outcome of a metric's progress check before it is put into a year's words, e.g.
 * {@link #IMPROVED_NOT_MET} for the 2015/16 "On track for improved performance, but not to meet full
 * target".
 *
 * <p>Rule (spec README, "Targets"): cumulative actual against cumulative goal, direction-aware,
 * equality meets; not met but better than the same period a year earlier is an improvement.
 *
 * @since 0.1.0
 */
public enum ProgressOutcome {
    /** The cumulative actual meets the cumulative goal (equality included). */
    MET,
    /** Not met, but an improvement on the same period a year earlier. */
    IMPROVED_NOT_MET,
    /** Not met, and no improvement on a year earlier (or no year-earlier figure). */
    NOT_MET,
    /** No actual to assess. */
    NO_DATA
}

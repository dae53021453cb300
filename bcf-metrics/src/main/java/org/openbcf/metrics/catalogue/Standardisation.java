package org.openbcf.metrics.catalogue;

/**
 * How a rate is age-standardised, e.g. {@link #INDIRECT} for avoidable admissions (NHS OF 2.3i).
 *
 * @since 0.1.0
 */
public enum Standardisation {
    /** A crude rate, count or proportion. */
    NONE,
    /** Directly standardised to ESP2013, e.g. falls in people aged 65+. */
    DIRECT,
    /** Indirectly standardised, e.g. avoidable admissions. */
    INDIRECT
}

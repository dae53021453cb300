package org.openbcf.metrics.stats;

/**
 * How a confidence interval was computed, e.g. {@link #BYARS}; the label is what the command line
 * prints ({@code byars}).
 *
 * <p>Methods as OHID/UKHSA publish them (PHEindicatormethods); see {@code statistics.md}.
 *
 * @since 0.1.0
 */
public enum Method {
    /** Wilson score interval for a proportion. */
    WILSON("wilson"),
    /** Byar's approximation to the Poisson interval, used from 10 events. */
    BYARS("byars"),
    /** Exact Poisson interval from χ² quantiles, used below 10 events (including 0). */
    EXACT("exact"),
    /** Dobson's method for a directly standardised rate. */
    DOBSON("dobson"),
    /** Student's t interval for a mean, {@code mean ± t(n − 1)·s/√n}. */
    STUDENT_T("student-t");

    private final String label;

    Method(String label) {
        this.label = label;
    }

    /**
     * The label, e.g. {@code byars}.
     *
     * @return the label, never null
     */
    public String label() {
        return label;
    }

    /**
     * The label, e.g. {@code exact}.
     *
     * @return the label, never null
     */
    @Override
    public String toString() {
        return label;
    }
}

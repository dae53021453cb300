package org.openbcf.metrics.target;

/**
 * The progress status of a metric against its plan, with the template's wording, e.g.
 * {@code On track to meet target}.
 *
 * <p>Source: 2022-23 end-of-year template, metrics tab (L2250–2253); 2017-19 progress report
 * (F002:L176–204).
 *
 * @since 0.1.0
 */
public enum Status {
    /** The actual meets the target (equality included). */
    ON_TRACK("On track to meet target"),
    /** The actual misses the target. */
    NOT_ON_TRACK("Not on track to meet target");

    private final String wording;

    Status(String wording) {
        this.wording = wording;
    }

    /**
     * The template's wording, e.g. {@code Not on track to meet target}.
     *
     * @return the wording, never null
     */
    public String wording() {
        return wording;
    }

    /**
     * The template's wording.
     *
     * @return the wording, never null
     */
    @Override
    public String toString() {
        return wording;
    }
}

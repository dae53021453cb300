package org.openbcf.metrics.compare;

import org.openbcf.core.internal.Checks;

/**
 * Whether an area is significantly better or worse than a benchmark, e.g. {@link #WORSE} for
 * admissions whose interval lies wholly above England's value.
 *
 * <p>Fingertips technical guidance: a {@link Comparison} read with the metric's direction.
 *
 * @since 0.1.0
 */
public enum Judgement {
    /** Significantly better than the benchmark. */
    BETTER("better"),
    /** Not significantly different from the benchmark. */
    SIMILAR("similar"),
    /** Significantly worse than the benchmark. */
    WORSE("worse"),
    /** There is no interval to compare. */
    NOT_COMPARED("not compared");

    private final String label;

    Judgement(String label) {
        this.label = label;
    }

    /**
     * The label, e.g. {@code better}.
     *
     * @return the label, never null
     */
    public String label() {
        return label;
    }

    /**
     * Parses a label such as {@code worse} or {@code not compared}, ignoring case.
     *
     * @param text the text, not null
     * @return the judgement, never null
     * @throws IllegalArgumentException for any other text
     */
    public static Judgement parse(CharSequence text) {
        String label = Checks.notNull(text, "text").toString().strip();
        for (Judgement judgement : values()) {
            if (judgement.label.equalsIgnoreCase(label)) {
                return judgement;
            }
        }
        throw new IllegalArgumentException(
                "judgement '" + label + "' must be one of better, similar, worse, not compared");
    }

    /**
     * The label, e.g. {@code worse}.
     *
     * @return the label, never null
     */
    @Override
    public String toString() {
        return label;
    }
}

package org.openbcf.metrics.compare;

import org.openbcf.core.internal.Checks;
import org.openbcf.metrics.catalogue.Direction;

/**
 * How an area's value compares with a benchmark, judged by its confidence interval, e.g.
 * {@link #SIMILAR} for falls at 1,980 per 100,000 (396 falls in 20,000 people: 95% interval 1,789.8 to 2,185.0) against England's 1,933.
 *
 * <p>Fingertips technical guidance: an area is significantly higher when the lower limit of its
 * interval is above the benchmark, significantly lower when the upper limit is below it, similar
 * when the interval contains the benchmark (limits included), and not compared when there is no
 * interval (for example a suppressed rate).
 *
 * @since 0.1.0
 */
public enum Comparison {
    /** The whole interval is above the benchmark. */
    HIGHER("higher"),
    /** The interval contains the benchmark. */
    SIMILAR("similar"),
    /** The whole interval is below the benchmark. */
    LOWER("lower"),
    /** There is no interval to compare (suppressed or not calculated). */
    NOT_COMPARED("not compared");

    private final String label;

    Comparison(String label) {
        this.label = label;
    }

    /**
     * The judgement once the metric's direction is known, e.g. {@link #HIGHER} with
     * {@link Direction#LOWER_IS_BETTER} (admissions) is {@link Judgement#WORSE}.
     *
     * @param direction which direction is better, not null
     * @return the judgement, never null; {@link Judgement#NOT_COMPARED} for {@link #NOT_COMPARED}
     */
    public Judgement judge(Direction direction) {
        Checks.notNull(direction, "direction");
        return switch (this) {
            case SIMILAR -> Judgement.SIMILAR;
            case NOT_COMPARED -> Judgement.NOT_COMPARED;
            case HIGHER -> direction == Direction.HIGHER_IS_BETTER ? Judgement.BETTER : Judgement.WORSE;
            case LOWER -> direction == Direction.LOWER_IS_BETTER ? Judgement.BETTER : Judgement.WORSE;
        };
    }

    /**
     * The label, e.g. {@code not compared}.
     *
     * @return the label, never null
     */
    public String label() {
        return label;
    }

    /**
     * Parses a label such as {@code higher} or {@code not compared}, ignoring case.
     *
     * @param text the text, not null
     * @return the comparison, never null
     * @throws IllegalArgumentException for any other text
     */
    public static Comparison parse(CharSequence text) {
        String label = Checks.notNull(text, "text").toString().strip();
        for (Comparison comparison : values()) {
            if (comparison.label.equalsIgnoreCase(label)) {
                return comparison;
            }
        }
        throw new IllegalArgumentException(
                "comparison '" + label + "' must be one of higher, similar, lower, not compared");
    }

    /**
     * The label, e.g. {@code similar}.
     *
     * @return the label, never null
     */
    @Override
    public String toString() {
        return label;
    }
}

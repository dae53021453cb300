package org.openbcf.core.condition;

import org.openbcf.core.internal.Labels;

/**
 * An answer to a national-condition question: {@code Yes}, {@code No} or {@code No - In Progress}.
 *
 * <p>Source: BCF 2015/16 quarterly template, sheet 3 (R-NC-2, seed 000 lines 1129, 1637–1641); the
 * 2022-23 end-of-year template allows only Yes and No (V-NC1). {@link #toString()} prints the label
 * {@link #parse(String)} reads.
 *
 * @since 0.1.0
 */
public enum ConditionAnswer {
    /** The condition is met. */
    YES("Yes"),
    /** The condition is not met. */
    NO("No"),
    /** Not fully met, but work is under way to meet it by the end of the financial year (R-NC-4). */
    NO_IN_PROGRESS("No - In Progress");

    private final String label;

    ConditionAnswer(String label) {
        this.label = label;
    }

    /**
     * Whether the answer is a kind of No, which needs a comment (and in 2015/16 a date).
     *
     * @return true for {@link #NO} and {@link #NO_IN_PROGRESS}
     */
    public boolean isNo() {
        return this != YES;
    }

    /**
     * Parses a label, ignoring case, spacing and the kind of hyphen the template used
     * ({@code No ‐ In Progress} with U+2010 is {@link #NO_IN_PROGRESS}).
     *
     * @param text the label, not null
     * @return the answer, never null
     * @throws IllegalArgumentException when the text is none of the three (e.g. {@code <Please Select>})
     */
    public static ConditionAnswer parse(String text) {
        java.util.Objects.requireNonNull(text, "text must not be null");
        String wanted = text.replaceAll("[\u2010\u2011\u2012\u2013\u2014]", "-").replaceAll("\\s*-\\s*", " - ")
                .replaceAll("\\s+", " ");
        return Labels.lookup(ConditionAnswer.class, "national condition answer", wanted, a -> a.label);
    }

    /**
     * The label, e.g. {@code No - In Progress}.
     *
     * @return the label, never null
     */
    @Override
    public String toString() {
        return label;
    }
}

package org.openbcf.metrics.target;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.openbcf.core.internal.Checks;
import org.openbcf.core.internal.Labels;

/**
 * How a computed target is rounded to a whole count, e.g. {@link #HALF_UP}: 1,308.15 → 1,308.
 *
 * <p>A target is rounded only when asked (spec README, "Targets"): {@link #NONE} keeps 27,252.48.
 *
 * @since 0.1.0
 */
public enum TargetRounding {
    /** Keep the exact value, e.g. 27,252.48. */
    NONE("none", null),
    /** Round to the nearest whole number, halves up: 1,308.5 → 1,309. */
    HALF_UP("half-up", RoundingMode.HALF_UP),
    /** Round down to a whole number: 1,308.15 → 1,308. */
    FLOOR("floor", RoundingMode.FLOOR),
    /** Round up to a whole number: 1,308.15 → 1,309. */
    CEILING("ceiling", RoundingMode.CEILING);

    private final String label;
    private final RoundingMode mode;

    TargetRounding(String label, RoundingMode mode) {
        this.label = label;
        this.mode = mode;
    }

    /**
     * Rounds a value, e.g. {@code HALF_UP.apply(1308.15)} = 1308.
     *
     * @param value the value, not null, at most {@link Target#MAX_VALUE} in size (checked before rounding, so
     *              that {@code 1E+999999999} is refused at once)
     * @throws IllegalArgumentException naming the value when it is above the limit in size
     * @return the rounded value (scale 0), or the value itself for {@link #NONE}
     */
    public BigDecimal apply(BigDecimal value) {
        Checks.notNull(value, "value");
        Checks.atMost(value.abs(), Target.MAX_VALUE, "value to round");
        return mode == null ? value : value.setScale(0, mode);
    }

    /**
     * The label the command line accepts, e.g. {@code half-up}.
     *
     * @return the label, never null
     */
    public String label() {
        return label;
    }

    /**
     * Parses {@code none}, {@code half-up}, {@code floor} or {@code ceiling}, ignoring case.
     *
     * @param text the text, not null
     * @return the rounding, never null
     * @throws IllegalArgumentException for any other text
     */
    public static TargetRounding parse(CharSequence text) {
        return Labels.lookup(TargetRounding.class, "rounding", Checks.notNull(text, "text"), TargetRounding::label);
    }

    /**
     * The label, e.g. {@code floor}.
     *
     * @return the label, never null
     */
    @Override
    public String toString() {
        return label;
    }
}

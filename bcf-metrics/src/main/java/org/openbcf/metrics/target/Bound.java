package org.openbcf.metrics.target;

import java.math.BigDecimal;

import org.openbcf.core.internal.Checks;
import org.openbcf.core.internal.Labels;

/**
 * Whether a target is a ceiling or a floor, e.g. {@link #MAXIMUM} for admissions and delayed days,
 * {@link #MINIMUM} for reablement and discharge to usual residence.
 *
 * <p>Meeting a target exactly counts as met (spec README, "Targets"; G8: reablement 86.5% against
 * 86.5% is "On track").
 *
 * @since 0.1.0
 */
public enum Bound {
    /** The actual must not exceed the target: lower is better. */
    MAXIMUM("maximum"),
    /** The actual must reach the target: higher is better. */
    MINIMUM("minimum");

    private final String label;

    Bound(String label) {
        this.label = label;
    }

    /**
     * Whether an actual meets a target of this kind, equality included.
     *
     * @param actual the actual, not null
     * @param target the target, not null
     * @return true when {@code actual <= target} for a maximum, {@code actual >= target} for a minimum
     */
    public boolean isMet(BigDecimal actual, BigDecimal target) {
        int comparison = Checks.notNull(actual, "actual").compareTo(Checks.notNull(target, "target"));
        return this == MAXIMUM ? comparison <= 0 : comparison >= 0;
    }

    /**
     * The label, e.g. {@code maximum}.
     *
     * @return the label, never null
     */
    public String label() {
        return label;
    }

    /**
     * Parses {@code maximum} or {@code minimum}, ignoring case.
     *
     * @param text the text, not null
     * @return the bound, never null
     * @throws IllegalArgumentException when the text is neither
     */
    public static Bound parse(CharSequence text) {
        return Labels.lookup(Bound.class, "bound", Checks.notNull(text, "text"), Bound::label);
    }

    /**
     * The label, e.g. {@code minimum}.
     *
     * @return the label, never null
     */
    @Override
    public String toString() {
        return label;
    }
}

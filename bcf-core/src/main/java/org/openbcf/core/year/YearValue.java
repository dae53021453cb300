package org.openbcf.core.year;

import java.util.Objects;
import java.util.Optional;

import org.openbcf.core.internal.Checks;

/**
 * One value of a BCF year's rules, with where it comes from: a sourced value and its citation, or an
 * explicit "caller supplies" marker saying what the caller must give, or a value the caller gave.
 * openbcf never guesses a national figure: where its sources are silent the year answers with
 * {@link #callerSupplies(String)}, and {@link #supply(Object)} records that the figure is the caller's.
 *
 * <p>Examples: {@code YearValue.sourced(new BigDecimal("0.039"), "bcf-2024-27 §1.7 R-25-1")} prints
 * {@code 0.039 (sourced: bcf-2024-27 §1.7 R-25-1)}; {@code YearValue.callerSupplies("the 2026-27 NHS
 * minimum uplift")} prints {@code caller supplies: the 2026-27 NHS minimum uplift}. This class is
 * immutable and thread-safe when its value is.
 *
 * @param <T> the value's type
 * @since 0.1.0
 */
public final class YearValue<T> {

    private final T value;
    private final Origin origin;
    private final String source;

    private YearValue(T value, Origin origin, String source) {
        this.value = value;
        this.origin = origin;
        this.source = source;
    }

    /**
     * A value the sources give.
     *
     * @param value  the value, not null
     * @param source the citation, e.g. {@code bcf-2024-27 §1.7 R-25-1}, not blank
     * @param <T>    the value's type
     * @return the sourced value, never null
     */
    public static <T> YearValue<T> sourced(T value, String source) {
        Checks.notNull(value, "value");
        Checks.notBlank(source, "source");
        return new YearValue<>(value, Origin.SOURCED, source.strip());
    }

    /**
     * The marker for a value the sources do not give and the caller must supply.
     *
     * @param what what the caller supplies and why, e.g. "the 2026-27 NHS minimum uplift (not seen,
     *             bcf-2024-27 §1.4)", not blank
     * @param <T>  the value's type
     * @return the marker, never null
     */
    public static <T> YearValue<T> callerSupplies(String what) {
        Checks.notBlank(what, "what");
        return new YearValue<>(null, Origin.CALLER_SUPPLIES, what.strip());
    }

    /**
     * The value with the caller's figure where the sources are silent; a sourced value is kept (the
     * caller cannot overwrite a sourced rule). The result's origin is {@link Origin#CALLER}.
     *
     * @param callerValue the caller's figure, not null
     * @return this when sourced, else the caller's value, never null
     */
    public YearValue<T> supply(T callerValue) {
        Checks.notNull(callerValue, "callerValue");
        if (origin == Origin.SOURCED) {
            return this;
        }
        return new YearValue<>(callerValue, Origin.CALLER, source);
    }

    /**
     * Where the value comes from.
     *
     * @return the origin, never null
     */
    public Origin origin() {
        return origin;
    }

    /**
     * Whether the sources give the value.
     *
     * @return true for {@link Origin#SOURCED}
     */
    public boolean isSourced() {
        return origin == Origin.SOURCED;
    }

    /**
     * Whether the caller must still supply the value.
     *
     * @return true for {@link Origin#CALLER_SUPPLIES}
     */
    public boolean callerMustSupply() {
        return origin == Origin.CALLER_SUPPLIES;
    }

    /**
     * The value, sourced or supplied.
     *
     * @return the value, or empty while the caller has not supplied it
     */
    public Optional<T> value() {
        return Optional.ofNullable(value);
    }

    /**
     * The value, for a caller that has checked {@link #callerMustSupply()}.
     *
     * @return the value, never null
     * @throws IllegalStateException while the caller has not supplied it, naming what is missing
     */
    public T require() {
        if (value == null) {
            throw new IllegalStateException("caller supplies " + source + ": openbcf's sources do not give it");
        }
        return value;
    }

    /**
     * The citation of a sourced value, or what the caller supplies (and why).
     *
     * @return the text, never null
     */
    public String source() {
        return source;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof YearValue<?> that && origin == that.origin && Objects.equals(value, that.value)
                && source.equals(that.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, origin, source);
    }

    /**
     * Readable text: {@code 0.039 (sourced: ...)}, {@code caller supplies: ...} or {@code 0.05 (caller: ...)}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return switch (origin) {
            case SOURCED -> value + " (sourced: " + source + ")";
            case CALLER_SUPPLIES -> "caller supplies: " + source;
            case CALLER -> value + " (caller: " + source + ")";
        };
    }
}

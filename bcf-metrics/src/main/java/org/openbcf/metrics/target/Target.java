package org.openbcf.metrics.target;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.openbcf.core.internal.Checks;
import org.openbcf.core.money.InputLimits;

/**
 * A metric target: a value that the actual must not exceed ({@link Bound#MAXIMUM}) or must reach
 * ({@link Bound#MINIMUM}), e.g. {@code maximum 1308} residential admissions in 2016/17.
 *
 * <p>Targets are exact decimals: a reduction is {@code base × (1 − r)}, rounded only with the
 * rounding asked for (spec README, "Targets"; G-16, G-17, G-18). Equality counts as met. Two targets
 * are equal when their bounds are equal and their values are numerically equal ({@code 1308} equals
 * {@code 1308.00}). This class is immutable and thread-safe.
 *
 * <p><b>Limits</b> (issue 17), checked before any arithmetic so that a value such as {@code 1e999999999}
 * is refused at once, naming the field: a base is at most {@link #MAX_BASE} (1,000,000,000, the
 * templates' widest input limit); a base or percentage has at most {@link #MAX_INPUT_DECIMALS} decimal
 * places; an increase is at most {@link #MAX_INCREASE_PERCENT} per cent; a target value is at most
 * {@link #MAX_VALUE} with at most {@link #MAX_VALUE_DECIMALS} decimal places.
 *
 * @param value the target value, not null, 0 to {@link #MAX_VALUE}, at most {@link #MAX_VALUE_DECIMALS} decimal places
 * @param bound whether the value is a maximum or a minimum, not null
 * @since 0.1.0
 */
public record Target(BigDecimal value, Bound bound) {

    /** The largest base of a reduction or increase: 1,000,000,000 ({@code InputLimits.MAX_COUNT}). */
    public static final long MAX_BASE = InputLimits.MAX_COUNT;

    /** The most decimal places of a base or a percentage: 10. */
    public static final int MAX_INPUT_DECIMALS = 10;

    /** The largest increase in per cent: 10,000 (a hundredfold rise). */
    public static final long MAX_INCREASE_PERCENT = 10_000;

    /** The largest target value: 1,000,000,000,000,000 (10<sup>15</sup>). */
    public static final long MAX_VALUE = 1_000_000_000_000_000L;

    /** The most decimal places of a target value: 24 (a base's 10 plus a percentage's 10 plus 2 and some room). */
    public static final int MAX_VALUE_DECIMALS = 24;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Checks and normalises the target (trailing zeros are stripped).
     *
     * @param value the value
     * @param bound the bound
     */
    public Target {
        Checks.nonNegative(value, "target");
        Checks.atMost(value, MAX_VALUE, "target");
        Checks.decimalPlaces(value, MAX_VALUE_DECIMALS, "target");
        Checks.notNull(bound, "bound");
        value = strip(value);
    }

    private static BigDecimal strip(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * A fixed ceiling, e.g. {@code atMost(607)} residential admissions per 100,000 aged 65+.
     *
     * @param value the ceiling, not negative
     * @return the target, never null
     */
    public static Target atMost(BigDecimal value) {
        return new Target(value, Bound.MAXIMUM);
    }

    /**
     * A fixed threshold to reach, e.g. {@code atLeast(90)} for reablement (G-18).
     *
     * @param value the threshold, not negative
     * @return the target, never null
     */
    public static Target atLeast(BigDecimal value) {
        return new Target(value, Bound.MINIMUM);
    }

    /**
     * A reduction on a base, a maximum: {@code base × (1 − percent/100)} then rounded, e.g. 1,377 with
     * 5% and {@link TargetRounding#HALF_UP} → maximum 1,308 (G-16); 28,388 with 4% and
     * {@link TargetRounding#NONE} → maximum 27,252.48 (G-17).
     *
     * @param base     the base (forecast or baseline), 0 to {@link #MAX_BASE}, at most 10 decimal places
     * @param percent  the reduction in percent, between 0 and 100, at most 10 decimal places
     * @param rounding how to round the result, not null
     * @return the target, never null
     */
    public static Target reduction(BigDecimal base, BigDecimal percent, TargetRounding rounding) {
        requirePercent(percent, "reduction", true);
        return atMost(change(base, percent.negate(), rounding));
    }

    /**
     * An increase on a base, a minimum: {@code base × (1 + percent/100)} then rounded, e.g. 80 with
     * 10% → minimum 88.
     *
     * @param base     the base, 0 to {@link #MAX_BASE}, at most 10 decimal places
     * @param percent  the increase in percent, 0 to {@link #MAX_INCREASE_PERCENT}, at most 10 decimal places
     * @param rounding how to round the result, not null
     * @return the target, never null
     */
    public static Target increase(BigDecimal base, BigDecimal percent, TargetRounding rounding) {
        requirePercent(percent, "increase", false);
        return atLeast(change(base, percent, rounding));
    }

    private static BigDecimal change(BigDecimal base, BigDecimal percent, TargetRounding rounding) {
        Checks.nonNegative(base, "base");
        Checks.atMost(base, MAX_BASE, "base");
        Checks.decimalPlaces(base, MAX_INPUT_DECIMALS, "base");
        Checks.notNull(rounding, "rounding");
        BigDecimal factor = BigDecimal.ONE.add(percent.movePointLeft(2));
        return rounding.apply(base.multiply(factor));
    }

    private static void requirePercent(BigDecimal percent, String field, boolean atMostHundred) {
        Checks.nonNegative(percent, field);
        if (atMostHundred && percent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException(field + " (" + Checks.quote(percent) + "%) must not exceed 100%");
        }
        Checks.atMost(percent, MAX_INCREASE_PERCENT, field);
        Checks.decimalPlaces(percent, MAX_INPUT_DECIMALS, field);
    }

    /**
     * Parses {@code maximum 1308} or {@code minimum 90}, the form {@link #toString()} prints.
     *
     * @param text the text, not null
     * @return the target, never null
     * @throws IllegalArgumentException when the text is not a bound and a number
     */
    public static Target parse(CharSequence text) {
        String trimmed = Checks.notNull(text, "text").toString().strip();
        String[] parts = trimmed.split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("target '" + trimmed + "' must be a bound and a value, e.g. maximum 1308");
        }
        try {
            return new Target(new BigDecimal(parts[1].replace(",", "")), Bound.parse(parts[0]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("target value '" + parts[1] + "' is not a number", e);
        }
    }

    /**
     * Whether an actual meets this target, equality included.
     *
     * @param actual the actual, not null
     * @return true when met
     */
    public boolean isMetBy(BigDecimal actual) {
        return bound.isMet(actual, value);
    }

    /**
     * Assesses an actual (or projected) value against this target.
     *
     * @param actual the actual, not null
     * @return the assessment, never null
     */
    public Assessment assess(BigDecimal actual) {
        return new Assessment(this, actual);
    }

    /**
     * An even twelfth of the target, rounded as the caller says: 109.00 for Norfolk's 2016/17
     * residential admissions target of 1,308 (1,377 less 5%, half-up, G-16) with {@code (2, HALF_UP)}. The
     * flat monthly line a working-day profile (G-22) is compared with; no BCF rule rounds it.
     *
     * @param scale decimal places, 0 to 20
     * @param mode  the rounding mode, not null
     * @return {@code value / 12}, rounded, never null
     */
    public BigDecimal evenTwelfth(int scale, RoundingMode mode) {
        Checks.notNull(mode, "mode");
        Checks.inRange(scale, 0, 20, "scale");
        return value.divide(BigDecimal.valueOf(12), scale, mode);
    }

    /**
     * The canonical text, e.g. {@code maximum 27252.48}, which {@link #parse(CharSequence)} accepts.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return bound.label() + " " + value.toPlainString();
    }
}

package org.openbcf.core.internal;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Preconditions whose messages name the field, the value and the rule, for example
 * {@code baseline for Q2 2015/16 (-5) must be between 0 and 100,000,000}.
 *
 * <p>Not part of the public API: the package is exported only to openbcf's own modules.
 */
public final class Checks {

    private Checks() {
    }

    /**
     * Returns the value, or throws a {@link NullPointerException} naming the argument.
     *
     * @param value the value to check, may be null
     * @param name  the argument's name, not null
     * @param <T>   the value's type
     * @return the value, never null
     */
    public static <T> T notNull(T value, String name) {
        if (value == null) {
            throw new NullPointerException(name + " must not be null");
        }
        return value;
    }

    /**
     * Returns the text, or throws when it is null or blank.
     *
     * @param value the text to check
     * @param name  the field's name
     * @return the text, never null or blank
     */
    public static String notBlank(String value, String name) {
        notNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    /**
     * Returns the value, or throws an {@link IllegalArgumentException} when it is outside
     * {@code [min, max]}.
     *
     * @param value the value
     * @param min   the smallest allowed value
     * @param max   the largest allowed value
     * @param field the field's name as a reader would say it, e.g. {@code baseline for Q2 2015/16}
     * @return the value
     */
    public static long inRange(long value, long min, long max, String field) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    field + " (" + value + ") must be between " + group(min) + " and " + group(max));
        }
        return value;
    }

    /**
     * Returns the value, or throws when it is negative.
     *
     * @param value the value
     * @param field the field's name
     * @return the value
     */
    public static BigDecimal nonNegative(BigDecimal value, String field) {
        notNull(value, field);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(field + " (" + value.toPlainString() + ") must not be negative");
        }
        return value;
    }

    /**
     * Formats a whole number with thousands separators, e.g. {@code 100,000,000}.
     *
     * @param value the number
     * @return the text
     */
    public static String group(long value) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK)).format(value);
    }

    /**
     * Formats a decimal with thousands separators and its own scale, e.g. {@code 1,308.15}.
     *
     * @param value the number, not null
     * @return the text
     */
    public static String group(BigDecimal value) {
        String plain = value.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(whole.charAt(i));
        }
        return (value.signum() < 0 ? "-" : "") + grouped + fraction;
    }
}

package org.openbcf.core.internal;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Preconditions whose messages name the field, the value and the rule, for example
 * {@code baseline for Q2 2015/16 (-5) must be between 0 and 100,000,000}.
 *
 * <p>Messages are built only when a check fails: the overloads that take a field's parts
 * ({@code "baseline for ", quarter}) or a {@link Supplier} join them only on the failing path, so a
 * valid call allocates nothing (issue 16: building {@code "baseline for " + quarter} on every valid
 * call was 15.6% of the samples of a 100,000-case batch). The messages are the same either way.
 *
 * <p>Not part of the public API: the package is exported only to openbcf's own modules.
 *
 * @since 0.1.0
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
     * Returns the value, or throws a {@link NullPointerException} naming the argument, whose name is
     * {@code prefix} followed by {@code subject} (e.g. {@code "amount for ", Q1 2016/17}), joined
     * only when the value is null.
     *
     * @param value   the value to check, may be null
     * @param prefix  the start of the argument's name, not null
     * @param subject what the argument belongs to, printed with {@link String#valueOf(Object)}
     * @param <T>     the value's type
     * @return the value, never null
     */
    public static <T> T notNull(T value, String prefix, Object subject) {
        if (value == null) {
            throw new NullPointerException(prefix + subject + " must not be null");
        }
        return value;
    }

    /**
     * Returns the element, or throws a {@link NullPointerException} naming it as {@code name[index]},
     * e.g. {@code contributions[2] must not be null}.
     *
     * @param value the element to check, may be null
     * @param name  the list's name, not null
     * @param index the element's index
     * @param <T>   the value's type
     * @return the value, never null
     */
    public static <T> T notNullElement(T value, String name, int index) {
        if (value == null) {
            throw new NullPointerException(name + "[" + index + "] must not be null");
        }
        return value;
    }

    /**
     * Returns the value, or throws a {@link NullPointerException} whose argument name the supplier
     * gives; the supplier is called only when the value is null.
     *
     * @param value the value to check, may be null
     * @param name  gives the argument's name, not null
     * @param <T>   the value's type
     * @return the value, never null
     */
    public static <T> T notNull(T value, Supplier<String> name) {
        if (value == null) {
            throw new NullPointerException(name.get() + " must not be null");
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
            throw outOfRange(value, min, max, field);
        }
        return value;
    }

    /**
     * Returns the value, or throws an {@link IllegalArgumentException} when it is outside
     * {@code [min, max]}; the field's name is {@code prefix} followed by {@code subject}, joined only
     * on failure: {@code inRange(-5, 0, 100_000_000, "baseline for ", quarter)} fails with
     * {@code baseline for Q2 2015/16 (-5) must be between 0 and 100,000,000}.
     *
     * @param value   the value
     * @param min     the smallest allowed value
     * @param max     the largest allowed value
     * @param prefix  the start of the field's name, e.g. {@code "baseline for "}, not null
     * @param subject what the field belongs to, e.g. a quarter, printed with {@link String#valueOf(Object)}
     * @return the value
     */
    public static long inRange(long value, long min, long max, String prefix, Object subject) {
        if (value < min || value > max) {
            throw outOfRange(value, min, max, prefix + subject);
        }
        return value;
    }

    /**
     * Returns the value, or throws an {@link IllegalArgumentException} when it is outside
     * {@code [min, max]}; the supplier gives the field's name and is called only on failure.
     *
     * @param value the value
     * @param min   the smallest allowed value
     * @param max   the largest allowed value
     * @param field gives the field's name, not null
     * @return the value
     */
    public static long inRange(long value, long min, long max, Supplier<String> field) {
        if (value < min || value > max) {
            throw outOfRange(value, min, max, field.get());
        }
        return value;
    }

    /**
     * Returns the value, or throws an {@link IllegalArgumentException} when it is above
     * {@code max}: {@code atMost(new BigDecimal("2E+9"), 1_000_000_000, "base")} fails with
     * {@code base (2000000000) must be at most 1,000,000,000}. The value is compared before anything is
     * converted, so a value such as {@code 1E+999999999} is refused at once, and only a short prefix
     * of it is quoted.
     *
     * @param value the value, not null
     * @param max   the largest allowed value
     * @param field the field's name, not null
     * @return the value
     */
    public static BigDecimal atMost(BigDecimal value, long max, String field) {
        notNull(value, field);
        if (value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new IllegalArgumentException(field + " (" + quote(value) + ") must be at most " + group(max));
        }
        return value;
    }

    /**
     * Returns the value, or throws an {@link IllegalArgumentException} when it has more than
     * {@code maxScale} decimal places (trailing zeros do not count), e.g. {@code 1E-999999999},
     * whose exact arithmetic would need a billion digits.
     *
     * @param value    the value, not null
     * @param maxScale the most decimal places allowed, at least 0
     * @param field    the field's name, not null
     * @return the value
     */
    public static BigDecimal decimalPlaces(BigDecimal value, int maxScale, String field) {
        notNull(value, field);
        if (value.scale() > maxScale && value.stripTrailingZeros().scale() > maxScale) {
            throw new IllegalArgumentException(field + " (" + quote(value) + ") must have at most " + maxScale
                    + " decimal places");
        }
        return value;
    }

    /**
     * Text of a number for a message: its plain form when short, else its scientific form
     * (e.g. {@code 1E+999999999}), cut to at most 40 characters so that a message stays one short line.
     *
     * @param value the number, not null
     * @return the text, at most 43 characters
     */
    public static String quote(BigDecimal value) {
        boolean small = Math.abs((long) value.precision() - value.scale()) <= 40 && value.scale() <= 40;
        String text = small ? value.toPlainString() : value.toString();
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

    private static IllegalArgumentException outOfRange(long value, long min, long max, String field) {
        return new IllegalArgumentException(field + " (" + value + ") must be between " + group(min) + " and " + group(max));
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
            throw new IllegalArgumentException(field + " (" + quote(value) + ") must not be negative");
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

package org.openbcf.core.number;

import java.math.BigDecimal;

import org.openbcf.core.internal.Checks;

/**
 * The one number grammar of openbcf: every number read from a command line, a CSV column, a dataset
 * file or a mapping is read here, so {@code 1,5} is never 15 and {@code ５} is never 5.
 *
 * <p>A number is, after surrounding spaces and tabs are removed: an optional sign ({@code -} or
 * {@code +}), then ASCII digits, either plain ({@code 1234567}) or with thousands separators in
 * groups of exactly three ({@code 1,234,567}), then optionally a decimal point and at least one
 * digit ({@code 1,308.15}). Nothing else is a number: no exponent ({@code 1e5}), no Java literal
 * ({@code 0x1p4}, {@code 1d}, {@code 1000f}), no digits of other scripts, no leading or trailing
 * point ({@code .5}, {@code 5.}), no comma as a decimal mark ({@code 5,5}), and at most
 * {@value #MAX_LENGTH} characters, checked before any conversion, so a hostile value costs nothing.
 * A refused value is named in the message by at most its first {@value #SHOWN} characters.
 *
 * <p>This class is a stateless utility and thread-safe.
 *
 * @since 0.1.0
 */
public final class Numbers {

    /** The longest text accepted as a number, in characters (after surrounding spaces are removed). */
    public static final int MAX_LENGTH = 40;

    /** How many characters of a refused value a message quotes. */
    public static final int SHOWN = 24;

    private static final String GRAMMAR = "digits with an optional sign, thousands separators in groups of three "
            + "and a decimal point, e.g. 1,308.15";

    private Numbers() {
    }

    /**
     * Reads a decimal number: {@code parseDecimal("28,388.5", "base")} is {@code 28388.5}, exactly as
     * written (its scale is kept).
     *
     * @param text  the text, not null
     * @param field what the number is, for the message, e.g. {@code "--base"}, not null
     * @return the number, never null
     * @throws IllegalArgumentException naming the field and the value when the text is not a number
     */
    public static BigDecimal parseDecimal(CharSequence text, String field) {
        Checks.notNull(text, "text");
        Checks.notNull(field, "field");
        String plain = digits(strip(text), field, text);
        return new BigDecimal(plain);
    }

    /**
     * Reads a whole number, such as a count: {@code parseWhole("882,569", "population")} is 882,569.
     *
     * @param text  the text, not null
     * @param field what the number is, for the message, not null
     * @return the number
     * @throws IllegalArgumentException naming the field and the value when the text is not a whole
     *                                  number in the grammar, or does not fit in a {@code long}
     */
    public static long parseWhole(CharSequence text, String field) {
        Checks.notNull(text, "text");
        Checks.notNull(field, "field");
        String stripped = strip(text);
        if (!stripped.isEmpty() && stripped.length() <= MAX_LENGTH && plain(stripped) == null) {
            throw new IllegalArgumentException(field + " (" + shown(text) + ") is not a whole number: expected "
                    + "digits with an optional sign, thousands separators in groups of three, e.g. 882,569");
        }
        String plain = digits(stripped, field, text);
        if (plain.indexOf('.') >= 0) {
            throw new IllegalArgumentException(field + " (" + shown(text) + ") must be a whole number");
        }
        try {
            return Long.parseLong(plain);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " (" + shown(text) + ") is too large: at most "
                    + Checks.group(Long.MAX_VALUE), e);
        }
    }

    /**
     * Reads a whole number as {@link #parseWhole(CharSequence, String)} does, naming the field by two
     * parts that are joined only when the text is refused, e.g. {@code parseWhole(text, "baseline for ",
     * quarter)}: a batch of a million rows builds no message for the rows that are fine.
     *
     * @param text    the text, not null
     * @param prefix  the field's name before the subject, not null
     * @param subject what the field belongs to, e.g. a quarter, not null
     * @return the number
     * @throws IllegalArgumentException naming the field and the value when the text is not a whole number
     */
    public static long parseWhole(CharSequence text, String prefix, Object subject) {
        Checks.notNull(text, "text");
        String stripped = strip(text);
        String plain = stripped.length() <= MAX_LENGTH ? plain(stripped) : null;
        if (plain != null && plain.indexOf('.') < 0 && plain.length() <= 18) {
            return Long.parseLong(plain);
        }
        return parseWhole(text, prefix + subject);
    }

    /**
     * Reads a percentage, with or without a trailing {@code %}: {@code parsePercent("5%", "--reduction")}
     * is 5, the number of percent.
     *
     * @param text  the text, not null
     * @param field what the number is, for the message, not null
     * @return the number of percent, never null
     * @throws IllegalArgumentException naming the field and the value when the text is not a number
     */
    public static BigDecimal parsePercent(CharSequence text, String field) {
        Checks.notNull(text, "text");
        Checks.notNull(field, "field");
        String stripped = strip(text);
        if (stripped.endsWith("%")) {
            stripped = stripped.substring(0, stripped.length() - 1).strip();
        }
        return new BigDecimal(digits(stripped, field, text));
    }

    /**
     * Whether the text is a number in the grammar, e.g. to tell a number from a label.
     *
     * @param text the text, not null
     * @return true when {@link #parseDecimal(CharSequence, String)} would accept it
     */
    public static boolean isNumber(CharSequence text) {
        Checks.notNull(text, "text");
        String stripped = strip(text);
        return stripped.length() <= MAX_LENGTH && plain(stripped) != null;
    }

    /**
     * The value as a message quotes it: in single quotes, at most {@value #SHOWN} characters, with the
     * length when it was cut, e.g. {@code '100000000000000000000000…' (400001 characters)}. Control
     * characters are shown as {@code ?} so a message stays on one line.
     *
     * @param text the value, not null
     * @return the quoted text, never null
     */
    public static String shown(CharSequence text) {
        Checks.notNull(text, "text");
        StringBuilder out = new StringBuilder("'");
        int n = Math.min(text.length(), SHOWN);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            out.append(Character.isISOControl(c) ? '?' : c);
        }
        out.append('\'');
        if (text.length() > SHOWN) {
            out.insert(out.length() - 1, '…').append(" (").append(text.length()).append(" characters)");
        }
        return out.toString();
    }

    private static String strip(CharSequence text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.subSequence(start, end).toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    private static String digits(String stripped, String field, CharSequence original) {
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException(field + " is empty: expected a number (" + GRAMMAR + ")");
        }
        if (stripped.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(field + " (" + shown(original) + ") is too long for a number: at most "
                    + MAX_LENGTH + " characters");
        }
        String plain = plain(stripped);
        if (plain == null) {
            throw new IllegalArgumentException(field + " (" + shown(original) + ") is not a number: expected " + GRAMMAR);
        }
        return plain;
    }

    /** The number without separators, ready for {@link BigDecimal}, or null when not in the grammar. */
    private static String plain(String s) {
        int i = 0;
        int n = s.length();
        StringBuilder out = new StringBuilder(n);
        if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            if (s.charAt(i) == '-') {
                out.append('-');
            }
            i++;
        }
        int groupStart = i;
        while (i < n && isDigit(s.charAt(i))) {
            out.append(s.charAt(i++));
        }
        int first = i - groupStart;
        if (first == 0) {
            return null;
        }
        if (i < n && s.charAt(i) == ',') {
            if (first > 3) {
                return null;
            }
            while (i < n && s.charAt(i) == ',') {
                i++;
                int start = i;
                while (i < n && isDigit(s.charAt(i))) {
                    out.append(s.charAt(i++));
                }
                if (i - start != 3) {
                    return null;
                }
            }
        }
        if (i < n && s.charAt(i) == '.') {
            out.append('.');
            i++;
            int start = i;
            while (i < n && isDigit(s.charAt(i))) {
                out.append(s.charAt(i++));
            }
            if (i == start) {
                return null;
            }
        }
        return i == n ? out.toString() : null;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}

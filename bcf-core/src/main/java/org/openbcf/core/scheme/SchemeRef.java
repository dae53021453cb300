package org.openbcf.core.scheme;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openbcf.core.internal.Checks;

/**
 * A scheme's reference, normalised to area code and number: {@code NCH4}, {@code WN2}, {@code GYW1}.
 *
 * <p>Templates print references in many forms (Norfolk 2016/17 plan, section F):
 * {@code Scheme 1 - GYW}, {@code GYW2}, {@code NCH 4}, {@code WN BCF 2}, {@code Scheme 1} with the
 * area only in the heading, and a blank field (NN4). {@link #parse(CharSequence)} reads the forms
 * that carry an area; {@link #normalise(String, SchemeRef)} falls back on the document heading for
 * the others. {@link #toString()} prints the canonical form, which {@code parse} accepts.
 *
 * <p>Ordered by area, then number; {@code compareTo} is consistent with {@code equals}. This class is
 * immutable and thread-safe.
 *
 * @param area   the area code, 1 to 8 capital letters, e.g. {@code NCH}
 * @param number the scheme's number within its area, 1 to 999
 * @since 0.1.0
 */
public record SchemeRef(String area, int number) implements Comparable<SchemeRef> {

    private static final Pattern AREA = Pattern.compile("[A-Z]{1,8}");
    private static final Pattern NUMBER_THEN_AREA =
            Pattern.compile("(?i)scheme\\s*(\\d+)\\s*[-\u2010\u2013]\\s*([a-z]+)");
    private static final Pattern AREA_THEN_NUMBER = Pattern.compile("(?i)([a-z]+?)\\s*(?:bcf\\s*)?(\\d+)");
    private static final Pattern NUMBER_ONLY = Pattern.compile("(?i)scheme\\s*(\\d+)");

    /**
     * Checks the components.
     *
     * @param area   the area code
     * @param number the scheme's number
     */
    public SchemeRef {
        Checks.notNull(area, "area");
        if (!AREA.matcher(area).matches()) {
            throw new IllegalArgumentException("scheme area '" + area + "' must be 1 to 8 capital letters, e.g. NCH");
        }
        Checks.inRange(number, 1, 999, "scheme number in area ", area);
    }

    /**
     * A reference: {@code of("NCH", 4)} is {@code NCH4}.
     *
     * @param area   the area code, 1 to 8 capital letters, not null
     * @param number the number, 1 to 999
     * @return the reference, never null
     */
    public static SchemeRef of(String area, int number) {
        return new SchemeRef(area, number);
    }

    /**
     * Parses a printed reference that names its area: {@code NCH4}, {@code NCH 4}, {@code WN BCF 2},
     * {@code Scheme 1 - GYW} (area letters in any case).
     *
     * @param printed the printed reference, not null
     * @return the normalised reference, never null
     * @throws IllegalArgumentException when the text is blank or names no area
     */
    public static SchemeRef parse(CharSequence printed) {
        Checks.notNull(printed, "printed");
        String text = printed.toString().strip();
        Matcher m = NUMBER_THEN_AREA.matcher(text);
        if (m.matches()) {
            return of(m.group(2).toUpperCase(java.util.Locale.ROOT), number(m.group(1), text));
        }
        m = AREA_THEN_NUMBER.matcher(text);
        if (m.matches() && !m.group(1).equalsIgnoreCase("scheme")) {
            return of(m.group(1).toUpperCase(java.util.Locale.ROOT), number(m.group(2), text));
        }
        throw new IllegalArgumentException("scheme ref '" + text
                + "' is not of a known form (NCH4, NCH 4, WN BCF 2, Scheme 1 - GYW)");
    }

    /**
     * Normalises a printed reference with the help of the document heading the scheme sits under:
     * a blank field (NN4) or {@code Scheme 1} (South Norfolk) takes the heading's area, and a full
     * form must agree with the heading.
     *
     * @param printed the printed reference, may be blank, not null
     * @param heading the reference the document heading gives, not null
     * @return the normalised reference, never null
     * @throws IllegalArgumentException when the printed reference disagrees with the heading
     */
    public static SchemeRef normalise(String printed, SchemeRef heading) {
        Checks.notNull(printed, "printed");
        Checks.notNull(heading, "heading");
        String text = printed.strip();
        if (text.isEmpty()) {
            return heading;
        }
        Matcher m = NUMBER_ONLY.matcher(text);
        SchemeRef ref = m.matches() ? of(heading.area, number(m.group(1), text)) : parse(text);
        if (!ref.equals(heading)) {
            throw new IllegalArgumentException("printed scheme ref '" + text + "' (" + ref
                    + ") disagrees with the heading's ref " + heading);
        }
        return ref;
    }

    private static int number(String digits, String text) {
        if (digits.length() > 3) {
            throw new IllegalArgumentException("scheme ref '" + text + "' has a number above 999");
        }
        return Integer.parseInt(digits);
    }

    @Override
    public int compareTo(SchemeRef other) {
        int byArea = area.compareTo(other.area);
        return byArea != 0 ? byArea : Integer.compare(number, other.number);
    }

    /**
     * The canonical form, e.g. {@code NCH4}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return area + number;
    }
}

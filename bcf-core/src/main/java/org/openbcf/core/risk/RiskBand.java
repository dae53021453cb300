package org.openbcf.core.risk;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openbcf.core.internal.Checks;

/**
 * A named range of risk scores, inclusive at both ends, e.g. {@code High 8-12}.
 *
 * <p>Source: the NPSA 2008 risk matrix (bands Low 1–3, Moderate 4–6, High 8–12, Extreme 15–25); bands
 * are configurable (BCF reference, "Risk scores"). Printed as {@code name min-max}, which
 * {@link #parse(CharSequence)} accepts (an en dash is accepted too). This class is immutable and
 * thread-safe.
 *
 * @param name the band's name, e.g. {@code Extreme}; not blank
 * @param min  the lowest score in the band, at least 1
 * @param max  the highest score in the band, at least {@code min}
 * @since 0.1.0
 */
public record RiskBand(String name, int min, int max) {

    private static final Pattern TEXT = Pattern.compile("(.+?)\\s+(\\d+)\\s*[-\u2013]\\s*(\\d+)");

    /**
     * Checks the components.
     *
     * @param name the band's name
     * @param min  the lowest score in the band
     * @param max  the highest score in the band
     */
    public RiskBand {
        name = Checks.notBlank(name, "band name").strip();
        Checks.inRange(min, 1, Risk.MAX_SCORE, "lowest score of band ", name);
        Checks.inRange(max, min, Risk.MAX_SCORE, "highest score of band ", name);
    }

    /**
     * A band: {@code of("Moderate", 4, 6)}.
     *
     * @param name the band's name, not blank
     * @param min  the lowest score, at least 1
     * @param max  the highest score, at least {@code min}
     * @return the band, never null
     */
    public static RiskBand of(String name, int min, int max) {
        return new RiskBand(name, min, max);
    }

    /**
     * Parses {@code Extreme 15-25} or {@code Extreme 15–25}.
     *
     * @param text the text, not null
     * @return the band, never null
     * @throws IllegalArgumentException when the text is not {@code name min-max} with whole numbers
     */
    public static RiskBand parse(CharSequence text) {
        Checks.notNull(text, "text");
        Matcher matcher = TEXT.matcher(text.toString().strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("risk band '" + text + "' is not of the form 'name min-max'");
        }
        try {
            return of(matcher.group(1), Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("risk band '" + text + "' has a score above " + Risk.MAX_SCORE, e);
        }
    }

    /**
     * Whether a score is in this band: {@code min <= score <= max}.
     *
     * @param score the score
     * @return true when the score is in the band
     */
    public boolean contains(int score) {
        return score >= min && score <= max;
    }

    /**
     * Whether this band shares a score with another.
     *
     * @param other the other band, not null
     * @return true when the ranges intersect
     */
    public boolean overlaps(RiskBand other) {
        Checks.notNull(other, "other");
        return min <= other.max && other.min <= max;
    }

    /**
     * The canonical text, e.g. {@code High 8-12}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return name + " " + min + "-" + max;
    }
}

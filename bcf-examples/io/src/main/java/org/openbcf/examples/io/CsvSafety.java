package org.openbcf.examples.io;

import java.util.regex.Pattern;

/**
 * Makes text from inputs safe to write to CSV that a person opens in a spreadsheet ("CSV
 * injection", OWASP): a value beginning with {@code =}, {@code +}, {@code -} or {@code @} (or a tab
 * or carriage return) would run as a formula, so it is written with a leading apostrophe, which
 * spreadsheets show as text. Numbers such as {@code -122180.00}, {@code +5} or {@code -£1,490} are
 * left alone: with only digits, separators, {@code £} and {@code %} after the sign they cannot form
 * a formula.
 *
 * <p>{@code CsvSafety.neutralise("=HYPERLINK(\"http://x\")")} gives {@code '=HYPERLINK("http://x")}.
 * This class is stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class CsvSafety {

    private static final Pattern NUMBER = Pattern.compile("[+-]?£?[0-9][0-9,]*(\\.[0-9]+)?([eE][+-]?[0-9]+)?%?");

    private CsvSafety() {
    }

    /**
     * The text, neutralised when a spreadsheet would read it as a formula.
     *
     * @param text the text from an input, may be null
     * @return the safe text; null stays null
     */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty() || !isRisky(text.charAt(0)) || NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }

    private static boolean isRisky(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}

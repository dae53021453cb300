package org.openbcf.examples.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.DateUtil;
import org.openbcf.core.number.Numbers;

/**
 * The one reader of the numbers a workbook saved, for every path that reads a workbook
 * ({@code bcf check}, {@code bcf review} of an {@code .xlsx} dataset): a saved number as an exact decimal,
 * and a day number as a date.
 *
 * <p>A spreadsheet stores a double, so its text is short and its exponent within a double's range;
 * anything longer or further out is refused by its length and exponent before it is converted (a
 * crafted {@code 1E-999999999} would otherwise become a decimal with a billion zeros), and quoted by a
 * short prefix. A day number is a date only from 1 (1 January 1900) to 2,958,465 (31 December 9999),
 * the dates Excel shows. This class is stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class SavedNumbers {

    /** The longest saved number a workbook writes: 17 significant digits, a sign, a point and an exponent. */
    public static final int MAX_LENGTH = 32;

    /** The largest decimal exponent a saved number may have: beyond a double's range (about 1E±308). */
    public static final int MAX_EXPONENT = 400;

    /** The last day number Excel shows as a date: 31 December 9999. */
    public static final int LAST_DAY = 2_958_465;

    private SavedNumbers() {
    }

    /**
     * A saved number's text as an exact decimal.
     *
     * @param raw the text of the cell's {@code <v>} element, not null
     * @return the number, never null
     * @throws IllegalArgumentException when the text is not a number a spreadsheet saves; the message
     *                                  completes "the cell holds ...", e.g. {@code a malformed number '1x'}
     */
    public static BigDecimal parse(String raw) {
        String text = raw.strip();
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a number of " + text.length() + " characters (" + Numbers.shown(text)
                    + "); a spreadsheet saves at most " + MAX_LENGTH);
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a malformed number " + Numbers.shown(text), e);
        }
        long exponent = (long) value.precision() - value.scale() - 1;
        if (exponent > MAX_EXPONENT || exponent < -MAX_EXPONENT) {
            throw new IllegalArgumentException(Numbers.shown(text)
                    + ", outside the range of numbers a spreadsheet saves (about 1E-308 to 1E+308)");
        }
        return value;
    }

    /**
     * A saved day number as the date Excel shows (the 1900 date system; a fraction of a day, the time,
     * is dropped), e.g. {@code 46112} is 2026-03-31.
     *
     * @param serial the saved number, not null
     * @return the date, never null
     * @throws IllegalArgumentException when the number is below 1 or past {@link #LAST_DAY}; the message
     *                                  completes "the cell holds ..."
     */
    public static LocalDate date(BigDecimal serial) {
        if (serial.compareTo(BigDecimal.ONE) < 0 || serial.compareTo(BigDecimal.valueOf(LAST_DAY + 1L)) >= 0) {
            throw new IllegalArgumentException("the day number " + Numbers.shown(serial.toString())
                    + ", which is not a date (a date is a day number from 1, 1 January 1900, to " + LAST_DAY
                    + ", 31 December 9999)");
        }
        return DateUtil.getLocalDateTime(serial.doubleValue()).toLocalDate();
    }
}

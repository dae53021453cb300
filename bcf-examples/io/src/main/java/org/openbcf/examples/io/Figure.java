package org.openbcf.examples.io;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.openbcf.core.internal.Checks;

/**
 * A statistic's figure with the number of decimal places people read it to: CSV and JSON print the
 * value at full precision ({@link RecordWriter#plain(double)}), a table rounds it half up to
 * {@link #places()} with thousands separators, as Fingertips publishes figures (e.g. a rate
 * {@code 1,933.4}, a count {@code 15,128,673,354}).
 *
 * @param value  the value (a whole count when {@code places} is 0 and the value came from a count)
 * @param places the decimal places a table shows, 0..15
 * @since 0.1.0
 */
public record Figure(double value, int places) {

    /**
     * A figure.
     *
     * @param value  the value
     * @param places the decimal places a table shows, 0..15
     */
    public Figure {
        Checks.inRange(places, 0, 15, "places");
    }

    /**
     * A figure read to the given places.
     *
     * @param value  the value
     * @param places the decimal places a table shows, 0..15
     * @return the figure, never null
     */
    public static Figure of(double value, int places) {
        return new Figure(value, places);
    }

    /**
     * A whole count, printed as an integer everywhere (with thousands separators in a table).
     *
     * @param count the count
     * @return the figure, never null
     */
    public static Figure count(long count) {
        return new Figure(count, 0);
    }

    /**
     * The figure as a table shows it: rounded half up to {@link #places()} with thousands separators,
     * e.g. {@code 1,933.4}; a value that is not finite as Java prints it.
     *
     * @return the text, never null
     */
    public String forPeople() {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        DecimalFormat format = new DecimalFormat(places == 0 ? "#,##0" : "#,##0." + "0".repeat(places),
                DecimalFormatSymbols.getInstance(Locale.UK));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(new BigDecimal(Double.toString(value)));
    }

    /**
     * The value as CSV and JSON print it ({@link RecordWriter#plain(double)}).
     *
     * @return the text, e.g. {@code 0.00001106275903198847} or {@code 400}
     */
    @Override
    public String toString() {
        return RecordWriter.plain(value);
    }
}

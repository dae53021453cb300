package org.openbcf.core.time;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.openbcf.core.internal.Checks;

/**
 * An English financial year, 1 April to 31 March, printed as {@code 2015/16}.
 *
 * <p>{@link #parse(CharSequence)} accepts the forms the BCF templates use: {@code 2015/16},
 * {@code 15/16}, {@code 2015-16} and {@code 2015‐16} (with a Unicode hyphen). A two-digit start
 * year means 20yy. The end year must follow the start year: {@code 2015/17} is rejected.
 *
 * <p>Ordering is chronological and consistent with {@code equals}. This class is immutable and
 * thread-safe.
 *
 * @param startYear the calendar year in which the financial year starts, 1900 to 9998
 * @since 0.1.0
 */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

    /** The earliest start year supported. */
    public static final int MIN_START_YEAR = 1900;
    /** The latest start year supported. */
    public static final int MAX_START_YEAR = 9998;

    private static final Pattern TEXT =
            Pattern.compile("(\\d{4}|\\d{2})\\s*[/\\-\u2010\u2011\u2012\u2013]\\s*(\\d{4}|\\d{2})");

    /**
     * Checks the start year.
     *
     * @param startYear the calendar year in which the financial year starts
     */
    public FinancialYear(@Min(MIN_START_YEAR) @Max(MAX_START_YEAR) int startYear) {
        Checks.inRange(startYear, MIN_START_YEAR, MAX_START_YEAR, "financial year start");
        this.startYear = startYear;
    }

    /**
     * The financial year starting in April of the given calendar year: {@code of(2015)} is 2015/16.
     *
     * @param startYear the calendar year of 1 April
     * @return the financial year, never null
     */
    public static FinancialYear of(int startYear) {
        return new FinancialYear(startYear);
    }

    /**
     * The financial year containing a date: 31 March 2016 is in 2015/16, 1 April 2016 in 2016/17.
     *
     * @param date the date, not null
     * @return the financial year, never null
     */
    public static FinancialYear from(LocalDate date) {
        Checks.notNull(date, "date");
        return of(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
    }

    /**
     * Parses {@code 2015/16}, {@code 15/16} or {@code 2015-16}.
     *
     * @param text the text, not null
     * @return the financial year, never null
     * @throws IllegalArgumentException when the text is not a financial year
     */
    public static FinancialYear parse(CharSequence text) {
        Checks.notNull(text, "text");
        String trimmed = text.toString().strip();
        Matcher m = TEXT.matcher(trimmed);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "financial year '" + trimmed + "' is not of the form 2015/16 or 15/16");
        }
        int start = Integer.parseInt(m.group(1));
        if (m.group(1).length() == 2) {
            start += 2000;
        }
        int end = Integer.parseInt(m.group(2));
        boolean endMatches = m.group(2).length() == 2 ? end == (start + 1) % 100 : end == start + 1;
        if (!endMatches) {
            throw new IllegalArgumentException("financial year '" + trimmed
                    + "' must end the year after it starts (" + start + "/"
                    + endDigits(start) + ")");
        }
        return of(start);
    }

    /**
     * The calendar year in which this financial year ends (31 March).
     *
     * @return the end year
     */
    public int endYear() {
        return startYear + 1;
    }

    /**
     * 1 April of the start year.
     *
     * @return the first day, never null
     */
    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    /**
     * 31 March of the end year.
     *
     * @return the last day, never null
     */
    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    /**
     * Whether the date falls in this financial year.
     *
     * @param date the date, not null
     * @return true when {@code firstDay() <= date <= lastDay()}
     */
    public boolean contains(LocalDate date) {
        return from(date).equals(this);
    }

    /**
     * Quarter 1 (April to June) to 4 (January to March) of this year.
     *
     * @param quarter 1 to 4
     * @return the quarter, never null
     */
    public FinancialQuarter quarter(int quarter) {
        return FinancialQuarter.of(this, quarter);
    }

    /**
     * The four quarters, Q1 to Q4.
     *
     * @return the quarters in order, never null, unmodifiable
     */
    public List<FinancialQuarter> quarters() {
        return List.of(quarter(1), quarter(2), quarter(3), quarter(4));
    }

    /**
     * The twelve months, April to March.
     *
     * @return the months in order, never null, unmodifiable
     */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>(12);
        YearMonth month = YearMonth.of(startYear, Month.APRIL);
        for (int i = 0; i < 12; i++) {
            months.add(month.plusMonths(i));
        }
        return List.copyOf(months);
    }

    /**
     * The year that follows.
     *
     * @return the next financial year, never null
     */
    public FinancialYear next() {
        return plusYears(1);
    }

    /**
     * The year before.
     *
     * @return the previous financial year, never null
     */
    public FinancialYear previous() {
        return plusYears(-1);
    }

    /**
     * This year moved by a number of years.
     *
     * @param years the years to add, may be negative
     * @return the financial year, never null
     */
    public FinancialYear plusYears(int years) {
        return of(Math.addExact(startYear, years));
    }

    /**
     * Equal when the components are equal, as for any record. Written out because a record's generated
     * {@code equals} and {@code hashCode} start through {@code invokedynamic}
     * ({@code java.lang.runtime.ObjectMethods}), which costs more at first use than a hello-world JVM's
     * whole start-up, and {@code bcf p4p} compares quarters on every run.
     *
     * @param other any object, or null
     * @return whether {@code other} is the same year
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof FinancialYear that && startYear == that.startYear;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(startYear);
    }

    @Override
    public int compareTo(FinancialYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    /**
     * The canonical form that {@link #parse(CharSequence)} accepts, e.g. {@code 2015/16}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return startYear + "/" + endDigits(startYear);
    }

    /** The last two digits of the year after {@code start}, e.g. {@code 16} for 2015, {@code 00} for 1999. */
    private static String endDigits(int start) {
        int end = (start + 1) % 100;
        // not String.format: its locale machinery costs more than the rest of a bcf p4p run's parsing
        return end < 10 ? "0" + end : Integer.toString(end);
    }
}

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
import jakarta.validation.constraints.NotNull;

import org.openbcf.core.internal.Checks;

/**
 * A quarter of an English financial year, printed as {@code Q3 2015/16}: Q1 is April to June,
 * Q2 July to September, Q3 October to December and Q4 January to March (of the year's end year).
 *
 * <p>Arithmetic works on one linear index, {@code startYear * 4 + (quarter - 1)}, as ThreeTen-Extra's
 * {@code YearQuarter} does. {@link #parse(CharSequence)} accepts the template forms {@code Q3 2015/16},
 * {@code Q3 15/16} and {@code Q3 2015-16}. Ordering is chronological and consistent with
 * {@code equals}. This class is immutable and thread-safe.
 *
 * @param year    the financial year, not null
 * @param quarter the quarter number, 1 to 4
 * @since 0.1.0
 */
public record FinancialQuarter(FinancialYear year, int quarter) implements Comparable<FinancialQuarter> {

    private static final Pattern TEXT = Pattern.compile("[Qq]\\s*(\\d+)\\s+(.+)");

    /**
     * Checks the components.
     *
     * @param year    the financial year
     * @param quarter the quarter number
     */
    public FinancialQuarter(@NotNull FinancialYear year, @Min(1) @Max(4) int quarter) {
        Checks.notNull(year, "year");
        Checks.inRange(quarter, 1, 4, "quarter of ", year);
        this.year = year;
        this.quarter = quarter;
    }

    /**
     * The quarter of a financial year: {@code of(FinancialYear.of(2015), 3)} is Q3 2015/16.
     *
     * @param year    the financial year, not null
     * @param quarter 1 to 4
     * @return the quarter, never null
     */
    public static FinancialQuarter of(FinancialYear year, int quarter) {
        return new FinancialQuarter(year, quarter);
    }

    /**
     * The quarter of the financial year starting in {@code startYear}: {@code of(2014, 4)} is Q4 2014/15.
     *
     * @param startYear the calendar year in which the financial year starts
     * @param quarter   1 to 4
     * @return the quarter, never null
     */
    public static FinancialQuarter of(int startYear, int quarter) {
        return of(FinancialYear.of(startYear), quarter);
    }

    /**
     * The quarter containing a date: 15 January 2015 is in Q4 2014/15.
     *
     * @param date the date, not null
     * @return the quarter, never null
     */
    public static FinancialQuarter from(LocalDate date) {
        FinancialYear year = FinancialYear.from(date);
        int monthsSinceApril = Math.floorMod(date.getMonthValue() - Month.APRIL.getValue(), 12);
        return of(year, monthsSinceApril / 3 + 1);
    }

    /**
     * Parses {@code Q3 2015/16}, {@code Q3 15/16} or {@code Q3 2015-16}.
     *
     * @param text the text, not null
     * @return the quarter, never null
     * @throws IllegalArgumentException when the text is not a quarter, e.g. {@code Q5 2015/16}
     */
    public static FinancialQuarter parse(CharSequence text) {
        Checks.notNull(text, "text");
        String trimmed = text.toString().strip();
        Matcher m = TEXT.matcher(trimmed);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "quarter '" + trimmed + "' is not of the form Q3 2015/16 or Q3 15/16");
        }
        int quarter;
        try {
            quarter = Integer.parseInt(m.group(1));
        } catch (NumberFormatException e) {
            quarter = Integer.MAX_VALUE;
        }
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException(
                    "quarter '" + trimmed + "' must be Q1 to Q4 (Q1 is April to June)");
        }
        FinancialYear year;
        try {
            year = FinancialYear.parse(m.group(2));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("quarter '" + trimmed + "': " + e.getMessage(), e);
        }
        return of(year, quarter);
    }

    /**
     * The quarters from {@code first} to {@code last}, both included.
     *
     * @param first the first quarter, not null
     * @param last  the last quarter, not null, not before {@code first}
     * @return the quarters in order, never null, unmodifiable
     */
    public static List<FinancialQuarter> rangeClosed(FinancialQuarter first, FinancialQuarter last) {
        Checks.notNull(first, "first");
        Checks.notNull(last, "last");
        if (last.compareTo(first) < 0) {
            throw new IllegalArgumentException("quarter range end (" + last + ") must not be before its start (" + first + ")");
        }
        List<FinancialQuarter> quarters = new ArrayList<>();
        for (long i = first.index(); i <= last.index(); i++) {
            quarters.add(ofIndex(i));
        }
        return List.copyOf(quarters);
    }

    /**
     * The first month of the quarter, e.g. October 2015 for Q3 2015/16.
     *
     * @return the month, never null
     */
    public YearMonth firstMonth() {
        return YearMonth.of(year.startYear(), Month.APRIL).plusMonths(3L * (quarter - 1));
    }

    /**
     * The three months of the quarter.
     *
     * @return the months in order, never null, unmodifiable
     */
    public List<YearMonth> months() {
        YearMonth first = firstMonth();
        return List.of(first, first.plusMonths(1), first.plusMonths(2));
    }

    /**
     * The first day, e.g. 1 October 2015 for Q3 2015/16.
     *
     * @return the date, never null
     */
    public LocalDate firstDay() {
        return firstMonth().atDay(1);
    }

    /**
     * The last day, e.g. 31 December 2015 for Q3 2015/16.
     *
     * @return the date, never null
     */
    public LocalDate lastDay() {
        return firstMonth().plusMonths(2).atEndOfMonth();
    }

    /**
     * Whether the date falls in this quarter.
     *
     * @param date the date, not null
     * @return true when inside the quarter
     */
    public boolean contains(LocalDate date) {
        return from(date).equals(this);
    }

    /**
     * The quarter that follows: Q4 2014/15 is followed by Q1 2015/16.
     *
     * @return the next quarter, never null
     */
    public FinancialQuarter next() {
        return plusQuarters(1);
    }

    /**
     * The quarter before.
     *
     * @return the previous quarter, never null
     */
    public FinancialQuarter previous() {
        return plusQuarters(-1);
    }

    /**
     * This quarter moved by a number of quarters.
     *
     * @param quarters the quarters to add, may be negative
     * @return the quarter, never null
     */
    public FinancialQuarter plusQuarters(long quarters) {
        return ofIndex(Math.addExact(index(), quarters));
    }

    /**
     * The same quarter a number of years away; {@code minusYears(1)} gives the BCF baseline quarter.
     *
     * @param years the years to subtract, may be negative
     * @return the quarter, never null
     */
    public FinancialQuarter minusYears(int years) {
        return of(year.plusYears(-years), quarter);
    }

    /**
     * The number of quarters from this quarter to another: {@code Q4 2014/15} to {@code Q3 2015/16} is 3.
     *
     * @param other the other quarter, not null
     * @return the signed number of quarters
     */
    public long quartersUntil(FinancialQuarter other) {
        Checks.notNull(other, "other");
        return other.index() - index();
    }

    /**
     * The linear index {@code startYear * 4 + (quarter - 1)}.
     *
     * @return the index
     */
    long index() {
        return year.startYear() * 4L + (quarter - 1);
    }

    private static FinancialQuarter ofIndex(long index) {
        long startYear = Math.floorDiv(index, 4);
        if (startYear < FinancialYear.MIN_START_YEAR || startYear > FinancialYear.MAX_START_YEAR) {
            throw new ArithmeticException("quarter arithmetic left the supported years ("
                    + FinancialYear.MIN_START_YEAR + " to " + FinancialYear.MAX_START_YEAR + ")");
        }
        return of((int) startYear, Math.floorMod(index, 4) + 1);
    }

    /**
     * Equal when the components are equal, as for any record. Written out because a record's generated
     * {@code equals} and {@code hashCode} start through {@code invokedynamic}
     * ({@code java.lang.runtime.ObjectMethods}), which costs more at first use than a hello-world JVM's
     * whole start-up, and {@code bcf p4p} compares quarters on every run.
     *
     * @param other any object, or null
     * @return whether {@code other} is the same quarter
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof FinancialQuarter that && quarter == that.quarter && year.equals(that.year);
    }

    @Override
    public int hashCode() {
        return 31 * year.hashCode() + quarter;
    }

    @Override
    public int compareTo(FinancialQuarter other) {
        return Long.compare(index(), other.index());
    }

    /**
     * The canonical form that {@link #parse(CharSequence)} accepts, e.g. {@code Q3 2015/16}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return "Q" + quarter + " " + year;
    }
}

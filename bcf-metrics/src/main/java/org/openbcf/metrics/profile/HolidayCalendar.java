package org.openbcf.metrics.profile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import org.openbcf.core.internal.Checks;

/**
 * Public holidays over a range of calendar years, and the working days (Monday to Friday, less
 * holidays) they leave, e.g. England and Wales 2010–2030 with 21 working days in April 2016.
 *
 * <p>The England and Wales calendar ships as data ({@code england-and-wales-bank-holidays.csv},
 * one-off holidays and substitute days included, 2010–2030), and is computed by rule for any span of
 * years from 2010 with {@link #englandAndWales(int, int)} (Easter by the computus, the fixed-date and
 * substitute-day rules, the one-offs as data); the computed calendar equals the shipped list for
 * 2010–2030 exactly. Callers can supply their own with
 * {@link #of(String, int, int, Collection)} or {@link #read(String, Reader)}. Asking about a date
 * outside the calendar's years is an error, never a silent guess. Source: spec README, "Profiling by
 * working days"; G-22. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class HolidayCalendar {

    private static final String ENGLAND_AND_WALES = "england-and-wales-bank-holidays.csv";

    private final String name;
    private final int firstYear;
    private final int lastYear;
    private final NavigableMap<LocalDate, String> holidays;

    private HolidayCalendar(String name, int firstYear, int lastYear, NavigableMap<LocalDate, String> holidays) {
        this.name = name;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.holidays = Collections.unmodifiableNavigableMap(holidays);
    }

    private static final class EnglandAndWales {
        static final HolidayCalendar CALENDAR = load();

        private static HolidayCalendar load() {
            try (InputStream in = HolidayCalendar.class.getResourceAsStream(ENGLAND_AND_WALES)) {
                return read("England and Wales", new InputStreamReader(Checks.notNull(in, ENGLAND_AND_WALES),
                        StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The England and Wales bank holidays 2010–2030 (GOV.UK; later years by the usual rules).
     *
     * @return the calendar, never null
     */
    public static HolidayCalendar englandAndWales() {
        return EnglandAndWales.CALENDAR;
    }

    /**
     * The England and Wales bank holidays computed by rule for a span of calendar years, e.g.
     * {@code englandAndWales(2010, 2040)} for profiles beyond 2030: New Year's Day, Good Friday, Easter
     * Monday, the Early May, Spring and Summer bank holidays, Christmas Day and Boxing Day with their
     * substitute days, and the one-off holidays of 2011, 2012, 2020, 2022 and 2023. A one-off proclaimed
     * after this release is not known.
     *
     * @param firstYear the first calendar year, 2010 or later
     * @param lastYear  the last calendar year, not before the first, at most 9999
     * @return the calendar, never null
     * @throws IllegalArgumentException for a year before 2010 or a span that ends before it starts
     */
    public static HolidayCalendar englandAndWales(int firstYear, int lastYear) {
        if (lastYear < firstYear) {
            throw new IllegalArgumentException("calendar England and Wales: last year (" + lastYear
                    + ") must not be before first year (" + firstYear + ")");
        }
        NavigableMap<LocalDate, String> holidays = new TreeMap<>();
        for (int year = firstYear; year <= lastYear; year++) {
            holidays.putAll(EnglandAndWalesHolidays.of(year));
        }
        return create("England and Wales", firstYear, lastYear, holidays);
    }

    /**
     * A caller's calendar covering whole calendar years.
     *
     * @param name      the name, e.g. {@code Scotland}, not blank
     * @param firstYear the first calendar year covered
     * @param lastYear  the last calendar year covered, not before the first
     * @param holidays  the holidays, each within the years covered, not null
     * @return the calendar, never null
     */
    public static HolidayCalendar of(String name, int firstYear, int lastYear, Collection<LocalDate> holidays) {
        Checks.notNull(holidays, "holidays");
        NavigableMap<LocalDate, String> named = new TreeMap<>();
        for (LocalDate holiday : holidays) {
            named.put(Checks.notNull(holiday, "holiday"), "holiday");
        }
        return create(name, firstYear, lastYear, named);
    }

    private static HolidayCalendar create(String name, int firstYear, int lastYear,
                                          NavigableMap<LocalDate, String> holidays) {
        Checks.notBlank(name, "name");
        if (lastYear < firstYear) {
            throw new IllegalArgumentException(
                    "calendar " + name + ": last year (" + lastYear + ") must not be before first year (" + firstYear + ")");
        }
        for (LocalDate holiday : holidays.keySet()) {
            if (holiday.getYear() < firstYear || holiday.getYear() > lastYear) {
                throw new IllegalArgumentException("calendar " + name + ": holiday " + holiday
                        + " is outside the years covered (" + firstYear + " to " + lastYear + ")");
            }
        }
        return new HolidayCalendar(name.strip(), firstYear, lastYear, holidays);
    }

    /**
     * Reads a calendar in the shipped format: a {@code date,name} header, then one ISO date and name
     * a line, e.g. {@code 2016-12-27,Christmas Day (substitute day)}; lines starting with {@code #}
     * and blank lines are ignored. The years covered run from the first holiday's to the last's.
     *
     * @param name   the calendar's name, not blank
     * @param reader the text, not null; not closed
     * @return the calendar, never null
     * @throws IllegalArgumentException when a line is not a date and a name
     */
    public static HolidayCalendar read(String name, Reader reader) {
        Checks.notNull(reader, "reader");
        NavigableMap<LocalDate, String> holidays = new TreeMap<>();
        BufferedReader lines = new BufferedReader(reader);
        int number = 0;
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#") || text.equals("date,name")) {
                    continue;
                }
                int comma = text.indexOf(',');
                if (comma < 0 || comma == text.length() - 1) {
                    throw new IllegalArgumentException("calendar " + name + " line " + number + " ('" + text
                            + "') must be a date and a name, e.g. 2016-12-27,Christmas Day (substitute day)");
                }
                holidays.put(parseDate(name, number, text.substring(0, comma)), text.substring(comma + 1).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (holidays.isEmpty()) {
            throw new IllegalArgumentException("calendar " + name + " has no holidays");
        }
        return create(name, holidays.firstKey().getYear(), holidays.lastKey().getYear(), holidays);
    }

    private static LocalDate parseDate(String name, int number, String text) {
        String date = text.strip();
        try {
            return isoDate(date);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("calendar " + name + " line " + number + ": date '" + date
                    + "' is not an ISO date such as 2016-12-27", e);
        }
    }

    /**
     * {@code LocalDate.parse(text)}, with the shipped calendar's form {@code yyyy-MM-dd} read directly:
     * the first {@code LocalDate.parse} sets up {@code java.time}'s formatting machinery, about 7 ms of
     * the start of a command that profiles a target (measured on JDK 17 with the launcher's archive),
     * for a form that needs none of it. Any other text goes to {@code LocalDate.parse}, so what is
     * accepted, and what each date is, is exactly as before ({@code BankHolidayProperties}).
     *
     * @throws DateTimeException when the text is not an ISO date
     */
    static LocalDate isoDate(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(text);
    }

    /** The number the ASCII digits text[from, to) write, or -1 when one is not an ASCII digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * The name, e.g. {@code England and Wales}.
     *
     * @return the name, never null
     */
    public String name() {
        return name;
    }

    /**
     * The first calendar year covered, e.g. 2010.
     *
     * @return the year
     */
    public int firstYear() {
        return firstYear;
    }

    /**
     * The last calendar year covered, e.g. 2030.
     *
     * @return the year
     */
    public int lastYear() {
        return lastYear;
    }

    /**
     * The holidays and their names in date order, e.g. {@code 2016-12-27=Christmas Day (substitute day)}.
     *
     * @return the holidays, never null
     */
    public Map<LocalDate, String> holidays() {
        return holidays;
    }

    /**
     * The holiday on a date, if any.
     *
     * @param date the date, within the years covered
     * @return the holiday's name, empty on an ordinary day
     */
    public Optional<String> holiday(LocalDate date) {
        requireCovered(date);
        return Optional.ofNullable(holidays.get(date));
    }

    /**
     * Whether a date is a working day: Monday to Friday and not a holiday.
     *
     * @param date the date, within the years covered
     * @return true on a working day
     */
    public boolean isWorkingDay(LocalDate date) {
        requireCovered(date);
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.containsKey(date);
    }

    /**
     * The working days in a month, e.g. 21 in April 2016 for England and Wales.
     *
     * @param month the month, within the years covered
     * @return the number of working days
     */
    public int workingDays(YearMonth month) {
        Checks.notNull(month, "month");
        int count = 0;
        for (int day = 1; day <= month.lengthOfMonth(); day++) {
            if (isWorkingDay(month.atDay(day))) {
                count++;
            }
        }
        return count;
    }

    private void requireCovered(LocalDate date) {
        Checks.notNull(date, "date");
        if (date.getYear() < firstYear || date.getYear() > lastYear) {
            throw new IllegalArgumentException("date " + date + " is outside calendar " + name + " ("
                    + firstYear + " to " + lastYear + ")");
        }
    }

    /**
     * The name and years, e.g. {@code England and Wales 2010-2030 (173 holidays)}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return name + " " + firstYear + "-" + lastYear + " (" + holidays.size() + " holidays)";
    }
}

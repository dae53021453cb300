package org.openbcf.metrics.profile;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The England and Wales bank holidays of a calendar year, computed by rule (Banking and Financial
 * Dealings Act 1971 and the royal proclamations that fix the usual days) plus the one-off holidays and
 * moves as data:
 *
 * <ul>
 *   <li>New Year's Day, 1 January, or the next Monday when it falls at a weekend (substitute day);</li>
 *   <li>Good Friday and Easter Monday, from Easter Sunday by the Gregorian computus;</li>
 *   <li>Early May bank holiday, the first Monday in May; Spring bank holiday, the last Monday in May;
 *       Summer bank holiday, the last Monday in August;</li>
 *   <li>Christmas Day and Boxing Day, with substitute days: when either falls at a weekend it moves to
 *       the next weekday that is not already a holiday (so Christmas on a Sunday gives Boxing Day on
 *       Monday and Christmas Day's substitute on Tuesday);</li>
 *   <li>one-offs (GOV.UK, as shipped in {@code england-and-wales-bank-holidays.csv}): the 2011 royal
 *       wedding; the 2012 Diamond Jubilee (Spring bank holiday moved to 4 June); the 2020 Early May
 *       bank holiday moved to VE day, 8 May; the 2022 Platinum Jubilee (Spring bank holiday moved to
 *       2 June) and the State Funeral of Queen Elizabeth II; the 2023 coronation.</li>
 * </ul>
 *
 * <p>Years from 2010 only: one-offs before then are not in openbcf's sources. A one-off proclaimed
 * after this release is not known; a caller who knows of one supplies its own calendar. This class is
 * stateless and thread-safe.
 */
final class EnglandAndWalesHolidays {

    /** The first year computed: the first year of the shipped, sourced list. */
    static final int FIRST_YEAR = 2010;

    private static final String EARLY_MAY = "Early May bank holiday";
    private static final String SPRING = "Spring bank holiday";

    /** Extra one-off holidays, by date. */
    private static final Map<LocalDate, String> ONE_OFFS = Map.of(
            LocalDate.of(2011, 4, 29), "Royal wedding",
            LocalDate.of(2012, 6, 5), "Queen's Diamond Jubilee",
            LocalDate.of(2022, 6, 3), "Platinum Jubilee bank holiday",
            LocalDate.of(2022, 9, 19), "Bank Holiday for the State Funeral of Queen Elizabeth II",
            LocalDate.of(2023, 5, 8), "Bank holiday for the coronation of King Charles III");

    private EnglandAndWalesHolidays() {
    }

    /**
     * Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, Meeus/Jones/Butcher): 27 March
     * 2016, 20 April 2025.
     */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** The holidays of one year, by date. */
    static NavigableMap<LocalDate, String> of(int year) {
        if (year < FIRST_YEAR || year > 9999) {
            throw new IllegalArgumentException("England and Wales bank holidays are computed for " + FIRST_YEAR
                    + " to 9999, not " + year + " (one-off holidays before " + FIRST_YEAR + " are not in openbcf's sources)");
        }
        NavigableMap<LocalDate, String> days = new TreeMap<>();
        LocalDate newYear = LocalDate.of(year, 1, 1);
        if (isWeekend(newYear)) {
            days.put(newYear.with(TemporalAdjusters.next(DayOfWeek.MONDAY)), "New Year's Day (substitute day)");
        } else {
            days.put(newYear, "New Year's Day");
        }
        LocalDate easter = easterSunday(year);
        days.put(easter.minusDays(2), "Good Friday");
        days.put(easter.plusDays(1), "Easter Monday");
        LocalDate earlyMay = LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        LocalDate spring = LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
        if (year == 2020) {
            days.put(LocalDate.of(2020, 5, 8), EARLY_MAY + " (VE day)");
        } else {
            days.put(earlyMay, EARLY_MAY);
        }
        if (year == 2012) {
            spring = LocalDate.of(2012, 6, 4);
        } else if (year == 2022) {
            spring = LocalDate.of(2022, 6, 2);
        }
        days.put(spring, SPRING);
        days.put(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
                "Summer bank holiday");
        christmas(year, days);
        ONE_OFFS.forEach((date, name) -> {
            if (date.getYear() == year) {
                days.put(date, name);
            }
        });
        return days;
    }

    private static void christmas(int year, NavigableMap<LocalDate, String> days) {
        LocalDate christmas = LocalDate.of(year, 12, 25);
        LocalDate boxing = LocalDate.of(year, 12, 26);
        LocalDate next = LocalDate.of(year, 12, 27);
        if (!isWeekend(christmas)) {
            days.put(christmas, "Christmas Day");
        }
        if (!isWeekend(boxing)) {
            days.put(boxing, "Boxing Day");
        }
        if (isWeekend(christmas)) {
            next = nextFreeWeekday(next, days);
            days.put(next, "Christmas Day (substitute day)");
        }
        if (isWeekend(boxing)) {
            days.put(nextFreeWeekday(next, days), "Boxing Day (substitute day)");
        }
    }

    private static LocalDate nextFreeWeekday(LocalDate from, NavigableMap<LocalDate, String> days) {
        LocalDate date = from;
        while (isWeekend(date) || days.containsKey(date)) {
            date = date.plusDays(1);
        }
        return date;
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}

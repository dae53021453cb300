package org.openbcf.metrics.profile;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openbcf.core.internal.Checks;
import org.openbcf.core.money.InputLimits;
import org.openbcf.core.time.FinancialQuarter;
import org.openbcf.core.time.FinancialYear;

/**
 * The working days of each month of a financial year, and annual targets profiled by them, e.g.
 * 2016/17 in England and Wales: [21, 20, 22, 21, 22, 22, 21, 22, 20, 21, 20, 23] = 255 (G-22).
 *
 * <p>{@code monthly target = annual × working days in month / working days in year}; whole-number
 * profiles use {@link LargestRemainder} so they sum to the annual figure (spec README, "Profiling by
 * working days"). This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class WorkingDayProfile {

    /**
     * The largest annual target accepted: 1,000,000,000, the templates' widest input limit
     * ({@code InputLimits.MAX_COUNT}, 2017-19 planning template). Far below 2<sup>53</sup>, so whole
     * monthly targets held as {@code double} are exact and sum exactly (issue 17).
     */
    public static final long MAX_ANNUAL = InputLimits.MAX_COUNT;

    private final FinancialYear year;
    private final List<YearMonth> months;
    private final List<Integer> workingDays;
    private final int total;

    private WorkingDayProfile(FinancialYear year, List<YearMonth> months, List<Integer> workingDays, int total) {
        this.year = year;
        this.months = months;
        this.workingDays = workingDays;
        this.total = total;
    }

    /**
     * The working days of each month of a year in a calendar.
     *
     * @param year     the financial year, within the calendar's years
     * @param calendar the holidays, not null
     * @return the profile, never null
     * @throws IllegalArgumentException when the year is outside the calendar or has no working day
     */
    public static WorkingDayProfile of(FinancialYear year, HolidayCalendar calendar) {
        Checks.notNull(year, "year");
        Checks.notNull(calendar, "calendar");
        if (year.startYear() < calendar.firstYear() || year.endYear() > calendar.lastYear()) {
            throw new IllegalArgumentException("financial year " + year + " is outside calendar " + calendar.name()
                    + " (" + calendar.firstYear() + " to " + calendar.lastYear() + ")");
        }
        List<Integer> days = new ArrayList<>();
        int total = 0;
        for (YearMonth month : year.months()) {
            int count = calendar.workingDays(month);
            days.add(count);
            total += count;
        }
        if (total == 0) {
            throw new IllegalArgumentException("financial year " + year + " has no working days in calendar "
                    + calendar.name());
        }
        return new WorkingDayProfile(year, List.copyOf(year.months()), List.copyOf(days), total);
    }

    /**
     * The financial year, e.g. {@code 2016/17}.
     *
     * @return the year, never null
     */
    public FinancialYear year() {
        return year;
    }

    /**
     * The working days of April … March, e.g. {@code [21, 20, 22, …, 23]} for 2016/17.
     *
     * @return twelve counts, never null
     */
    public List<Integer> workingDays() {
        return workingDays;
    }

    /**
     * The working days in the year, e.g. 255 for 2016/17.
     *
     * @return the total, at least 1
     */
    public int totalWorkingDays() {
        return total;
    }

    /**
     * An annual target profiled by month, e.g. 1,308 → [107.71764705882354, 102.58823529411765, …].
     *
     * @param annual the annual target, finite, 0 to {@link #MAX_ANNUAL}
     * @return twelve months in order, summing to the annual target up to rounding of doubles
     * @throws IllegalArgumentException naming the annual target when it is negative, not finite or above the limit
     */
    public List<ProfiledMonth> monthly(double annual) {
        if (!(annual >= 0.0 && Double.isFinite(annual))) {
            throw new IllegalArgumentException("annual target (" + annual + ") must be a number of at least 0");
        }
        if (annual > MAX_ANNUAL) {
            throw new IllegalArgumentException("annual target (" + annual + ") must be at most " + Checks.group(MAX_ANNUAL));
        }
        List<ProfiledMonth> profile = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            profile.add(new ProfiledMonth(months.get(i), workingDays.get(i), annual * workingDays.get(i) / total));
        }
        return List.copyOf(profile);
    }

    /**
     * A whole-number annual target profiled by month by largest remainder, e.g. 1,308 →
     * [108, 102, 113, 108, 113, 113, 108, 113, 102, 108, 102, 118] (G-22).
     *
     * <p>The months are whole numbers computed exactly in {@code long} and held as {@code double}
     * in {@link ProfiledMonth#target()}; every whole number up to {@link #MAX_ANNUAL} is exact in a
     * double, so the months and {@link #quarterly} sums add up to the annual target exactly.
     *
     * @param annual the annual target, 0 to {@link #MAX_ANNUAL}
     * @return twelve months in order, summing exactly to the annual target
     * @throws IllegalArgumentException naming the annual target when it is negative or above the limit
     */
    public List<ProfiledMonth> monthlyWhole(long annual) {
        if (annual < 0) {
            throw new IllegalArgumentException("annual target (" + annual + ") must not be negative");
        }
        Checks.inRange(annual, 0, MAX_ANNUAL, "annual target");
        List<Long> parts = LargestRemainder.apportion(annual, workingDays);
        List<ProfiledMonth> profile = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            profile.add(new ProfiledMonth(months.get(i), workingDays.get(i), parts.get(i)));
        }
        return List.copyOf(profile);
    }

    /**
     * Sums a monthly profile by financial quarter, e.g. the whole profile of 1,308 → Q1 323, Q2 334,
     * Q3 323, Q4 328 (G-22).
     *
     * @param monthly a monthly profile of this year, not null
     * @return the four quarters in order with their sums, never null
     */
    public Map<FinancialQuarter, Double> quarterly(List<ProfiledMonth> monthly) {
        Checks.notNull(monthly, "monthly");
        Map<FinancialQuarter, Double> quarters = new LinkedHashMap<>();
        for (FinancialQuarter quarter : year.quarters()) {
            quarters.put(quarter, 0.0);
        }
        for (ProfiledMonth month : monthly) {
            FinancialQuarter quarter = FinancialQuarter.from(Checks.notNull(month, "month").month().atDay(1));
            if (!quarters.containsKey(quarter)) {
                throw new IllegalArgumentException("month " + month.month() + " is not in financial year " + year);
            }
            quarters.merge(quarter, month.target(), Double::sum);
        }
        return quarters;
    }

    /**
     * The year and its working days, e.g. {@code 2016/17 [21, 20, …, 23] = 255}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return year + " " + workingDays + " = " + total;
    }
}

package org.openbcf.core.p4p;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.openbcf.core.internal.Checks;
import org.openbcf.core.time.FinancialQuarter;
import org.openbcf.core.year.BcfYear;

/**
 * The consecutive quarters of a payment-for-performance year, e.g. Norfolk's Q4 2014/15 to
 * Q3 2015/16 (the 2015/16 P4P year, R-P4P-1). At least one quarter; each quarter follows the one
 * before it, so none is repeated or missing; every quarter lies in the P4P year
 * ({@link BcfYear#paymentForPerformanceYear()}): payment for performance existed only then, so a
 * Q1 2023/24 series is refused.
 *
 * <p>The {@code with…} methods derive what-if series for scenarios; they never change this one.
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class AdmissionsSeries {

    /** The largest percentage change {@link #withActualsChangedBy} accepts, in size: 1,000,000. */
    private static final long MAX_PERCENT_CHANGE = 1_000_000;
    /** The most decimal places of a percentage change: 10. */
    private static final int MAX_PERCENT_DECIMALS = 10;

    private final List<AdmissionsQuarter> quarters;
    /** The same quarters in an array, for the calculation's loops (read only, never handed out). */
    private final AdmissionsQuarter[] array;

    private AdmissionsSeries(List<AdmissionsQuarter> quarters) {
        this.quarters = quarters;
        this.array = quarters.toArray(new AdmissionsQuarter[0]);
    }

    /**
     * The series of the given quarters, in order.
     *
     * @param quarters the quarters, not null, not empty, consecutive
     * @return the series, never null
     * @throws IllegalArgumentException when empty, a quarter does not follow the one before it, or a
     *                                  quarter lies outside the P4P year Q4 2014/15 to Q3 2015/16
     */
    public static AdmissionsSeries of(List<AdmissionsQuarter> quarters) {
        Checks.notNull(quarters, "quarters");
        if (quarters.isEmpty()) {
            throw new IllegalArgumentException("quarters must not be empty (a P4P year has at least one quarter)");
        }
        for (int i = 0; i < quarters.size(); i++) {
            Checks.notNullElement(quarters.get(i), "quarters", i);
        }
        List<AdmissionsQuarter> copy = List.copyOf(quarters);
        List<FinancialQuarter> p4pYear = BcfYear.paymentForPerformanceYear();
        for (AdmissionsQuarter q : copy) {
            if (!p4pYear.contains(q.quarter())) {
                throw new IllegalArgumentException("quarter " + q.quarter() + " is outside the payment-for-performance year "
                        + p4pYear.get(0) + " to " + p4pYear.get(p4pYear.size() - 1)
                        + " (P4P applied to the 2015/16 BCF only)");
            }
        }
        for (int i = 1; i < copy.size(); i++) {
            FinancialQuarter previous = copy.get(i - 1).quarter();
            FinancialQuarter current = copy.get(i).quarter();
            if (previous.quartersUntil(current) != 1) {
                throw new IllegalArgumentException("quarter " + current + " must follow " + previous
                        + " directly (quarters must be consecutive, without repeats)");
            }
        }
        return new AdmissionsSeries(copy);
    }

    /**
     * The series of the given quarters, in order.
     *
     * @param quarters the quarters, not empty, consecutive
     * @return the series, never null
     */
    public static AdmissionsSeries of(AdmissionsQuarter... quarters) {
        Checks.notNull(quarters, "quarters");
        return of(List.of(quarters));
    }

    /**
     * A series from columns of counts, starting at {@code first}:
     * {@code of(Q4 2014/15, {22905, 23320, 23029, 23835}, {22667, 22702, 21812, 22642}, actuals)}.
     *
     * @param first     the first quarter, not null
     * @param baselines baseline counts, not null
     * @param plans     planned counts, not null, as many as baselines
     * @param actuals   actual counts, not null, as many as baselines
     * @return the series, never null
     */
    public static AdmissionsSeries of(FinancialQuarter first, long[] baselines, long[] plans, long[] actuals) {
        Checks.notNull(first, "first");
        Checks.notNull(baselines, "baselines");
        Checks.notNull(plans, "plans");
        Checks.notNull(actuals, "actuals");
        if (plans.length != baselines.length || actuals.length != baselines.length) {
            throw new IllegalArgumentException("baselines (" + baselines.length + "), plans (" + plans.length
                    + ") and actuals (" + actuals.length + ") must have the same number of quarters");
        }
        List<AdmissionsQuarter> quarters = new ArrayList<>(baselines.length);
        for (int i = 0; i < baselines.length; i++) {
            quarters.add(AdmissionsQuarter.of(first.plusQuarters(i), baselines[i], plans[i], actuals[i]));
        }
        return of(quarters);
    }

    /**
     * The quarters, in order.
     *
     * @return an unmodifiable list, never null or empty
     */
    public List<AdmissionsQuarter> quarters() {
        return quarters;
    }

    /**
     * The quarters in an array shared with this series: callers in this package only read it.
     *
     * @return the array, never null or empty
     */
    AdmissionsQuarter[] quarterArray() {
        return array;
    }

    /**
     * The number of quarters, e.g. 4.
     *
     * @return at least 1
     */
    public int size() {
        return quarters.size();
    }

    /**
     * The figures of one quarter.
     *
     * @param quarter the quarter, not null, one of this series
     * @return the figures, never null
     * @throws IllegalArgumentException when the quarter is not in the series
     */
    public AdmissionsQuarter quarter(FinancialQuarter quarter) {
        return quarters.get(indexOf(quarter));
    }

    /**
     * This series with one quarter's actual admissions changed, e.g. Q3 2015/16 at 22,000.
     *
     * @param quarter the quarter, not null, one of this series
     * @param actual  the new actual count, 0 to 100,000,000
     * @return a new series, never null
     */
    public AdmissionsSeries withActual(FinancialQuarter quarter, long actual) {
        int index = indexOf(quarter);
        List<AdmissionsQuarter> changed = new ArrayList<>(quarters);
        changed.set(index, quarters.get(index).withActual(actual));
        return new AdmissionsSeries(List.copyOf(changed));
    }

    /**
     * This series with every actual changed by a percentage and rounded to a whole admission:
     * {@code withActualsChangedBy(new BigDecimal("-5"), RoundingMode.HALF_UP)} turns 23,331 into
     * 22,164 (22,164.45).
     *
     * @param percent the change in percent, e.g. -5 for five per cent fewer admissions, not null
     * @param mode    how to round each new actual to a whole count, not null
     * @return a new series, never null
     * @throws IllegalArgumentException when a new actual falls outside 0 to 100,000,000, or the percentage
     *                                  is above 1,000,000 in size or has more than 10 decimal places (checked
     *                                  first, so that {@code 1E-999999999} is refused at once)
     */
    public AdmissionsSeries withActualsChangedBy(BigDecimal percent, RoundingMode mode) {
        Checks.notNull(percent, "percent");
        Checks.notNull(mode, "mode");
        Checks.atMost(percent.abs(), MAX_PERCENT_CHANGE, "percent change");
        Checks.decimalPlaces(percent, MAX_PERCENT_DECIMALS, "percent change");
        BigDecimal factor = BigDecimal.ONE.add(percent.movePointLeft(2));
        List<AdmissionsQuarter> changed = new ArrayList<>(quarters.size());
        for (AdmissionsQuarter q : quarters) {
            BigDecimal scaled = factor.multiply(BigDecimal.valueOf(q.actual())).setScale(0, mode);
            if (scaled.signum() < 0 || scaled.compareTo(BigDecimal.valueOf(AdmissionsQuarter.MAX_COUNT)) > 0) {
                throw new IllegalArgumentException("actual for " + q.quarter() + " changed by " + percent.toPlainString()
                        + "% (" + scaled.toPlainString() + ") must be between 0 and 100,000,000");
            }
            changed.add(q.withActual(scaled.longValueExact()));
        }
        return new AdmissionsSeries(List.copyOf(changed));
    }

    /**
     * This series without agreed payments or comments, so that every quarter pays what the rule
     * suggests: what-ifs on actuals start from here, as a return's agreed payments were agreed for
     * its own actuals (Norfolk agreed £0.00 each quarter).
     *
     * @return a new series, never null
     */
    public AdmissionsSeries withoutAgreedPayments() {
        List<AdmissionsQuarter> changed = new ArrayList<>(quarters.size());
        for (AdmissionsQuarter q : quarters) {
            changed.add(AdmissionsQuarter.of(q.quarter(), q.baseline(), q.plan(), q.actual()));
        }
        return new AdmissionsSeries(List.copyOf(changed));
    }

    private int indexOf(FinancialQuarter quarter) {
        Checks.notNull(quarter, "quarter");
        long index = quarters.get(0).quarter().quartersUntil(quarter);
        if (index < 0 || index >= quarters.size()) {
            throw new IllegalArgumentException("quarter " + quarter + " is not in the series ("
                    + quarters.get(0).quarter() + " to " + quarters.get(quarters.size() - 1).quarter() + ")");
        }
        return (int) index;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AdmissionsSeries that && quarters.equals(that.quarters);
    }

    @Override
    public int hashCode() {
        return quarters.hashCode();
    }

    /**
     * One quarter per line, as {@link AdmissionsQuarter#toString()} prints it.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return quarters.stream().map(AdmissionsQuarter::toString).collect(Collectors.joining(System.lineSeparator()));
    }
}

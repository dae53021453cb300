package org.openbcf.core.ledger;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import javax.money.MonetaryAmount;

import jakarta.validation.constraints.NotNull;

import org.openbcf.core.internal.Checks;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.money.InputLimits;
import org.openbcf.core.time.FinancialQuarter;
import org.openbcf.core.time.FinancialYear;

/**
 * Amounts per quarter of one financial year, for example Norfolk's 2015/16 planned income
 * Q1 £19,293,380 … Q4 £14,683,080 (G-11). A quarter may be absent (not yet reported: the actual
 * row shows "-" for Q4 in a Q3 return).
 *
 * <p>Every quarter must belong to the year; amounts are GBP, at least £0 and whole pennies, as the
 * template restricts inputs (R-IN-1). This class is immutable and thread-safe.
 *
 * @param year    the financial year, not null
 * @param amounts the amounts by quarter, not null; sorted by quarter
 * @since 0.1.0
 */
public record QuarterlyAmounts(FinancialYear year, Map<FinancialQuarter, MonetaryAmount> amounts) {

    /**
     * Checks and copies the components.
     *
     * @param year    the financial year
     * @param amounts the amounts by quarter
     */
    public QuarterlyAmounts(@NotNull FinancialYear year, @NotNull Map<FinancialQuarter, MonetaryAmount> amounts) {
        Checks.notNull(year, "year");
        Checks.notNull(amounts, "amounts");
        TreeMap<FinancialQuarter, MonetaryAmount> sorted = new TreeMap<>();
        amounts.forEach((quarter, amount) -> {
            Checks.notNull(quarter, "quarter");
            if (!quarter.year().equals(year)) {
                throw new IllegalArgumentException("quarter " + quarter + " is outside the ledger's year " + year);
            }
            sorted.put(quarter, InputLimits.requireInput(amount, "amount for " + quarter));
        });
        amounts = Collections.unmodifiableSortedMap(sorted);
        this.year = year;
        this.amounts = amounts;
    }

    /**
     * Amounts for Q1, Q2, ... in order; fewer than four leaves the later quarters absent.
     *
     * @param year     the financial year, not null
     * @param amounts  up to four amounts for Q1 onwards, not null, no nulls
     * @return the amounts, never null
     */
    public static QuarterlyAmounts of(FinancialYear year, List<MonetaryAmount> amounts) {
        Checks.notNull(year, "year");
        Checks.notNull(amounts, "amounts");
        if (amounts.size() > 4) {
            throw new IllegalArgumentException("amounts for " + year + " (" + amounts.size() + ") must be at most 4, one per quarter");
        }
        Map<FinancialQuarter, MonetaryAmount> byQuarter = new TreeMap<>();
        for (int i = 0; i < amounts.size(); i++) {
            byQuarter.put(year.quarter(i + 1), Checks.notNull(amounts.get(i), "amount for ", year.quarter(i + 1)));
        }
        return new QuarterlyAmounts(year, byQuarter);
    }

    /**
     * The amount for a quarter, if reported.
     *
     * @param quarter the quarter, not null
     * @return the amount, or empty
     */
    public Optional<MonetaryAmount> amount(FinancialQuarter quarter) {
        return Optional.ofNullable(amounts.get(Checks.notNull(quarter, "quarter")));
    }

    /**
     * Whether all four quarters are present.
     *
     * @return true when complete
     */
    public boolean isComplete() {
        return amounts.size() == 4;
    }

    /**
     * The quarters of the year that are absent.
     *
     * @return the missing quarters in order, never null
     */
    public List<FinancialQuarter> missingQuarters() {
        return year.quarters().stream().filter(q -> !amounts.containsKey(q)).toList();
    }

    /**
     * The sum of the quarters present ("Annual Total" when complete): £62,460,800 for Norfolk's
     * 2015/16 planned income (G-11).
     *
     * @return the total, never null
     */
    public MonetaryAmount total() {
        return Gbp.sum(amounts.values());
    }

    /**
     * The sum of the quarters present up to and including a quarter.
     *
     * @param through the last quarter to include, not null, in this year
     * @return the year-to-date total, never null
     */
    public MonetaryAmount yearToDate(FinancialQuarter through) {
        Checks.notNull(through, "through");
        if (!through.year().equals(year)) {
            throw new IllegalArgumentException("quarter " + through + " is outside the ledger's year " + year);
        }
        return amounts.entrySet().stream().filter(e -> e.getKey().compareTo(through) <= 0)
                .map(Map.Entry::getValue).collect(Gbp.summing());
    }

    /**
     * The last quarter present.
     *
     * @return the quarter, or empty when none is present
     */
    public Optional<FinancialQuarter> lastQuarter() {
        return amounts.isEmpty() ? Optional.empty() : Optional.of(((java.util.SortedMap<FinancialQuarter, MonetaryAmount>) amounts).lastKey());
    }
}

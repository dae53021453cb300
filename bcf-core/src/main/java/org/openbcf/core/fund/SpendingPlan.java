package org.openbcf.core.fund;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import javax.money.MonetaryAmount;

import jakarta.validation.constraints.NotNull;

import org.openbcf.core.internal.Checks;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.money.InputLimits;
import org.openbcf.core.time.FinancialYear;

/**
 * Planned BCF expenditure by category for one financial year. A category the plan leaves blank
 * ("-" in the template) is £0. Norfolk 2015/16 totals £62,462,000 (G-14).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param year    the financial year, not null
 * @param amounts the planned amount per category, GBP, at least £0, whole pennies; not null
 * @since 0.1.0
 */
public record SpendingPlan(FinancialYear year, Map<SpendingCategory, MonetaryAmount> amounts) {

    /**
     * Checks and copies the components, filling absent categories with £0.
     *
     * @param year    the financial year
     * @param amounts the planned amount per category
     */
    public SpendingPlan(@NotNull FinancialYear year, @NotNull Map<SpendingCategory, MonetaryAmount> amounts) {
        Checks.notNull(year, "year");
        Checks.notNull(amounts, "amounts");
        Map<SpendingCategory, MonetaryAmount> copy = new EnumMap<>(SpendingCategory.class);
        for (SpendingCategory category : SpendingCategory.values()) {
            copy.put(category, Gbp.zero());
        }
        amounts.forEach((category, amount) -> copy.put(Checks.notNull(category, "category"),
                InputLimits.requireInput(amount, "planned " + year + " spending on " + category.label())));
        amounts = Collections.unmodifiableMap(copy);
        this.year = year;
        this.amounts = amounts;
    }

    /**
     * A spending plan.
     *
     * @param year    the financial year, not null
     * @param amounts the planned amount per category, not null
     * @return the plan, never null
     */
    public static SpendingPlan of(FinancialYear year, Map<SpendingCategory, MonetaryAmount> amounts) {
        return new SpendingPlan(year, amounts);
    }

    /**
     * The planned amount for a category (£0 when blank).
     *
     * @param category the category, not null
     * @return the amount, never null
     */
    public MonetaryAmount amount(SpendingCategory category) {
        return amounts.get(Checks.notNull(category, "category"));
    }

    /**
     * The sum of the categories.
     *
     * @return the total, never null
     */
    public MonetaryAmount total() {
        return Gbp.sum(amounts.values());
    }

    /**
     * A category's share of the total as a percentage, rounded as asked (a presentation choice):
     * Social Care 59.39 for Norfolk 2015/16 with {@code (2, HALF_UP)}.
     *
     * @param category the category, not null
     * @param scale    decimal places, 0 to 30
     * @param mode     the rounding mode, not null
     * @return the percentage, zero when the total is zero
     */
    public BigDecimal sharePercent(SpendingCategory category, int scale, RoundingMode mode) {
        Checks.notNull(mode, "mode");
        Checks.inRange(scale, 0, 30, "scale");
        BigDecimal total = Gbp.pounds(total());
        if (total.signum() == 0) {
            return BigDecimal.ZERO.setScale(scale);
        }
        return Gbp.pounds(amount(category)).movePointRight(2).divide(total, scale, mode);
    }
}

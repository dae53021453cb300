package org.openbcf.core.scheme;

import java.math.BigDecimal;

import javax.money.MonetaryAmount;

import org.openbcf.core.internal.Checks;
import org.openbcf.core.money.InputLimits;

/**
 * One line of a table of spend by priority with the percentage the table states, e.g. "Intermediate
 * care beds", £1,911,490, 2.68 (which should be 2.62, R1).
 *
 * <p>Source: Norfolk 2022-23 "Core BCF" priorities table (L1888–1904, G2). This class is immutable and
 * thread-safe.
 *
 * @param priority      the priority's name, not blank
 * @param amount        the spend, GBP, at least £0, whole pennies
 * @param statedPercent the percentage as printed, e.g. {@code 22.44}; not negative
 * @since 0.1.0
 */
public record PriorityLine(String priority, MonetaryAmount amount, BigDecimal statedPercent) {

    /**
     * Checks and tidies the components.
     *
     * @param priority      the priority's name
     * @param amount        the spend
     * @param statedPercent the stated percentage
     */
    public PriorityLine {
        priority = Checks.notBlank(priority, "priority").strip();
        InputLimits.requireInput(amount, "spend on '" + priority + "'");
        Checks.nonNegative(statedPercent, "stated percentage of '" + priority + "'");
    }
}

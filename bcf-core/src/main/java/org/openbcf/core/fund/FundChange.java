package org.openbcf.core.fund;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.money.MonetaryAmount;

import org.openbcf.core.internal.Checks;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.time.FinancialYear;

/**
 * How a pooled fund changed from one year to another, partner by partner and in total.
 *
 * <p>Norfolk 2015/16 → 2016/17 (G-13): total £62,461,000 → £63,573,469, difference £1,112,469,
 * {@code total().percentageChange(2, HALF_UP)} = 1.78. A partner missing in one year counts as £0
 * there. This class is immutable and thread-safe.
 *
 * @param from     the earlier year, not null
 * @param to       the later year, not null
 * @param partners the change for each partner, in the later fund's order then the earlier one's, not null
 * @param total    the change of the fund's total, not null
 * @since 0.1.0
 */
public record FundChange(FinancialYear from, FinancialYear to, List<Change> partners, Change total) {

    /**
     * Checks and copies the components.
     *
     * @param from     the earlier year
     * @param to       the later year
     * @param partners the change for each partner
     * @param total    the change of the total
     */
    public FundChange {
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
        Checks.notNull(total, "total");
        partners = List.copyOf(Checks.notNull(partners, "partners"));
    }

    static FundChange between(PooledFund previous, PooledFund current) {
        Map<Partner, MonetaryAmount> before = previous.totalByPartner();
        Map<Partner, MonetaryAmount> after = current.totalByPartner();
        Set<Partner> all = new LinkedHashSet<>(after.keySet());
        all.addAll(before.keySet());
        List<Change> changes = new ArrayList<>();
        for (Partner partner : all) {
            changes.add(new Change(partner.toString(), before.getOrDefault(partner, Gbp.zero()),
                    after.getOrDefault(partner, Gbp.zero())));
        }
        return new FundChange(previous.year(), current.year(), changes,
                new Change("total", previous.total(), current.total()));
    }

    /**
     * One line of a change: what, the earlier amount and the later amount.
     *
     * @param label    what changed, e.g. {@code NHS Norwich CCG (CCG)} or {@code total}, not blank
     * @param previous the earlier amount, GBP, not null
     * @param current  the later amount, GBP, not null
     */
    public record Change(String label, MonetaryAmount previous, MonetaryAmount current) {

        /**
         * Checks the components.
         *
         * @param label    what changed
         * @param previous the earlier amount
         * @param current  the later amount
         */
        public Change {
            Checks.notBlank(label, "label");
            Gbp.require(previous, "previous");
            Gbp.require(current, "current");
        }

        /**
         * Later minus earlier, e.g. £287,664.00 for Norfolk County Council (G-13).
         *
         * @return the difference, never null
         */
        public MonetaryAmount difference() {
            return Gbp.of(Gbp.pounds(current).subtract(Gbp.pounds(previous)));
        }

        /**
         * The change as a percentage of the earlier amount, rounded as asked (a presentation
         * choice): 4.73 for Norfolk County Council with {@code (2, HALF_UP)}.
         *
         * @param scale decimal places, 0 or more
         * @param mode  the rounding mode, not null
         * @return the percentage, or empty when the earlier amount is zero
         */
        public Optional<BigDecimal> percentageChange(int scale, RoundingMode mode) {
            Checks.notNull(mode, "mode");
            Checks.inRange(scale, 0, 30, "scale");
            BigDecimal before = Gbp.pounds(previous);
            if (before.signum() == 0) {
                return Optional.empty();
            }
            return Optional.of(Gbp.pounds(difference()).movePointRight(2).divide(before, scale, mode));
        }
    }
}

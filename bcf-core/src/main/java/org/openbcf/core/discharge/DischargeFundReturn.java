package org.openbcf.core.discharge;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.money.MonetaryAmount;

import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Findings;
import org.openbcf.core.finding.Rule;
import org.openbcf.core.finding.Severity;
import org.openbcf.core.internal.Checks;
import org.openbcf.core.money.Gbp;

/**
 * The 2022-23 ASC Discharge Fund tab of a year-end return: the scheme rows and the stated totals
 * (planned, actual, and actual by ICB and LA). Norfolk: planned £9,671,604; actual £9,150,324 =
 * ICB £5,668,092 + LA £3,482,232 (G5). Build one with {@link DischargeFundTable#builder()}.
 *
 * <p>Source: 2022-23 end-of-year template tab 7 (L2405–2480), rules DF4 and DF6. This class is
 * immutable and thread-safe.
 *
 * @param schemes       the rows in printed order, not null
 * @param plannedTotal  the stated planned expenditure, GBP
 * @param actualTotal   the stated actual expenditure, GBP
 * @param actualIcb     the stated actual expenditure by the ICB, GBP
 * @param actualLa      the stated actual expenditure by the local authority, GBP
 * @since 0.1.0
 */
public record DischargeFundReturn(List<DischargeFundScheme> schemes, MonetaryAmount plannedTotal,
                                  MonetaryAmount actualTotal, MonetaryAmount actualIcb, MonetaryAmount actualLa) {

    /** Rule DF6: "changed planned spending?" is Yes exactly when actual differs from planned. */
    public static final Rule RULE_CHANGE_FLAG = Rule.R_DF_1;
    /** Rule DF4: actual by LA + actual by ICB = actual total. */
    public static final Rule RULE_LA_PLUS_ICB = Rule.R_DF_2;
    /** Rule G5: the scheme rows add up to the stated planned and actual totals. */
    public static final Rule RULE_ROWS_ADD_UP = Rule.R_DF_3;
    /** Rule DF2: impact is reported in the unit the guidance gives the scheme type. */
    public static final Rule RULE_UNIT = Rule.R_DF_4;

    /**
     * Checks and copies the components.
     *
     * @param schemes      the rows
     * @param plannedTotal the stated planned expenditure
     * @param actualTotal  the stated actual expenditure
     * @param actualIcb    the stated ICB actual
     * @param actualLa     the stated LA actual
     */
    public DischargeFundReturn {
        Checks.notNull(schemes, "schemes");
        for (int i = 0; i < schemes.size(); i++) {
            Checks.notNullElement(schemes.get(i), "schemes", i);
        }
        schemes = List.copyOf(schemes);
        Gbp.requireNonNegativePennies(plannedTotal, "Planned Expenditure");
        Gbp.requireNonNegativePennies(actualTotal, "Actual Expenditure");
        Gbp.requireNonNegativePennies(actualIcb, "Actual Expenditure ICB");
        Gbp.requireNonNegativePennies(actualLa, "Actual Expenditure LA");
    }

    /**
     * The rows' planned spend added up (Norfolk's 47 printed rows: £6,675,221).
     *
     * @return the total, never null
     */
    public MonetaryAmount rowsPlanned() {
        return schemes.stream().map(DischargeFundScheme::planned).collect(Gbp.summing());
    }

    /**
     * The rows' actual spend added up (Norfolk's 47 printed rows: £6,173,991).
     *
     * @return the total, never null
     */
    public MonetaryAmount rowsActual() {
        return schemes.stream().map(DischargeFundScheme::actual).collect(Gbp.summing());
    }

    /**
     * Checks the tab: per row, {@link #RULE_CHANGE_FLAG} (WARNING, with planned, actual and variance)
     * when the change flag disagrees with the figures, and {@link #RULE_UNIT} (WARNING) when the unit is
     * not the type's; then {@link #RULE_LA_PLUS_ICB} (ERROR) and {@link #RULE_ROWS_ADD_UP} (WARNING,
     * planned and actual) on the totals.
     *
     * @return the findings, never null
     */
    public Findings check() {
        List<Finding> found = new ArrayList<>();
        for (int i = 0; i < schemes.size(); i++) {
            DischargeFundScheme s = schemes.get(i);
            String where = "dischargeFund.row" + (i + 1);
            if (s.changedPlannedSpending() != s.spendChanged()) {
                String message = s.changedPlannedSpending()
                        ? "'" + s.name() + "' says planned spending changed, but actual equals planned "
                        : "'" + s.name() + "' says planned spending did not change, but actual differs from planned ";
                found.add(Finding.of(RULE_CHANGE_FLAG, Severity.WARNING, where + ".changedPlannedSpending",
                                message + "(" + Gbp.format(s.planned()) + " planned, " + Gbp.format(s.actual()) + " actual)")
                        .withAmount("planned", s.planned()).withAmount("actual", s.actual())
                        .withAmount("variance", s.variance()));
            }
            if (!s.unitMatchesType()) {
                found.add(Finding.of(RULE_UNIT, Severity.WARNING, where + ".unit", "'" + s.name() + "' ("
                        + s.type().label() + ") reports impact in '" + s.unit() + "', not '" + s.type().unit() + "'"));
            }
        }
        MonetaryAmount byParts = Gbp.plus(actualIcb, actualLa);
        if (!Gbp.same(byParts, actualTotal)) {
            found.add(Finding.of(RULE_LA_PLUS_ICB, Severity.ERROR, "dischargeFund.actualTotal", "actual by ICB and LA add up to "
                            + Gbp.format(byParts) + ", not the actual total " + Gbp.format(actualTotal))
                    .withAmount("icbPlusLa", byParts).withAmount("actualTotal", actualTotal)
                    .withAmount("difference", Gbp.minus(byParts, actualTotal)));
        }
        rowsFinding(found, "planned", rowsPlanned(), plannedTotal);
        rowsFinding(found, "actual", rowsActual(), actualTotal);
        return Findings.of(found);
    }

    private static void rowsFinding(List<Finding> found, String which, MonetaryAmount rows, MonetaryAmount stated) {
        if (!Gbp.same(rows, stated)) {
            found.add(Finding.of(RULE_ROWS_ADD_UP, Severity.WARNING, "dischargeFund." + which + "Total", "scheme rows' "
                            + which + " spend adds up to " + Gbp.format(rows) + ", not the stated " + Gbp.format(stated))
                    .withAmount("rows", rows).withAmount("stated", stated).withAmount("difference", Gbp.minus(rows, stated)));
        }
    }

    /**
     * The stated planned total less the stated actual total: £521,280.00 for Norfolk 2022-23
     * (£9,671,604 planned, £9,150,324 actual, seed "ASC Discharge Fund" tab); negative when more was
     * spent than planned.
     *
     * @return the underspend, exact, never null
     */
    public MonetaryAmount underspend() {
        return Gbp.minus(plannedTotal, actualTotal);
    }

    /**
     * The underspend as a percentage of the planned total, rounded as the caller says: 5.39 for
     * Norfolk 2022-23 with {@code (2, HALF_UP)}. Rounding is a presentation choice; no rule fixes it.
     *
     * @param scale decimal places, 0 to 20
     * @param mode  the rounding mode, not null
     * @return the percentage, or empty when nothing was planned
     */
    public Optional<BigDecimal> underspendPercent(int scale, RoundingMode mode) {
        Checks.notNull(mode, "mode");
        Checks.inRange(scale, 0, 20, "scale");
        return plannedTotal.isZero() ? Optional.empty() : Optional.of(Gbp.percentOf(underspend(), plannedTotal, scale, mode));
    }

    /**
     * The impact reported by the rows whose scheme type is measured in the given unit, added up: 56
     * beds for Norfolk 2022-23 ({@link ImpactUnit#BEDS}). Rows without an impact count as 0.
     *
     * @param unit the unit of the scheme types to add up, not null
     * @return the total impact
     * @throws ArithmeticException when the total overflows a {@code long}
     */
    public long totalImpact(ImpactUnit unit) {
        Checks.notNull(unit, "unit");
        long total = 0;
        for (DischargeFundScheme scheme : schemes) {
            if (scheme.type().unit() == unit) {
                total = Math.addExact(total, scheme.impact().orElse(0));
            }
        }
        return total;
    }
}

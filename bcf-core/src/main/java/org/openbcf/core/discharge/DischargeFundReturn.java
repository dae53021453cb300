package org.openbcf.core.discharge;

import java.util.ArrayList;
import java.util.List;

import javax.money.MonetaryAmount;

import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Findings;
import org.openbcf.core.finding.Severity;
import org.openbcf.core.internal.Checks;
import org.openbcf.core.money.Gbp;

/**
 * The 2022-23 ASC Discharge Fund tab of a year-end return: the scheme rows and the stated totals
 * (planned, actual, and actual by ICB and LA). Norfolk: planned £9,671,604; actual £9,150,324 =
 * ICB £5,668,092 + LA £3,482,232 (G5). Read one with {@link DischargeFundTable#read(java.io.Reader)}.
 *
 * <p>Source: 2022-23 end-of-year template tab 7 (L2405–2480), rules DF4 and DF6. This class is
 * immutable and thread-safe.
 *
 * @param schemes       the rows in printed order, not null
 * @param plannedTotal  the stated planned expenditure, GBP
 * @param actualTotal   the stated actual expenditure, GBP
 * @param actualIcb     the stated actual expenditure by the ICB, GBP
 * @param actualLa      the stated actual expenditure by the local authority, GBP
 */
public record DischargeFundReturn(List<DischargeFundScheme> schemes, MonetaryAmount plannedTotal,
                                  MonetaryAmount actualTotal, MonetaryAmount actualIcb, MonetaryAmount actualLa) {

    /** Rule DF6: "changed planned spending?" is Yes exactly when actual differs from planned. */
    public static final String RULE_CHANGE_FLAG = "R-DF-1";
    /** Rule DF4: actual by LA + actual by ICB = actual total. */
    public static final String RULE_LA_PLUS_ICB = "R-DF-2";
    /** Rule G5: the scheme rows add up to the stated planned and actual totals. */
    public static final String RULE_ROWS_ADD_UP = "R-DF-3";
    /** Rule DF2: impact is reported in the unit the guidance gives the scheme type. */
    public static final String RULE_UNIT = "R-DF-4";

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
     * Checks the tab: per row, {@value #RULE_CHANGE_FLAG} (WARNING, with planned, actual and variance)
     * when the change flag disagrees with the figures, and {@value #RULE_UNIT} (WARNING) when the unit is
     * not the type's; then {@value #RULE_LA_PLUS_ICB} (ERROR) and {@value #RULE_ROWS_ADD_UP} (WARNING,
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
        MonetaryAmount byParts = actualIcb.add(actualLa);
        if (!Gbp.same(byParts, actualTotal)) {
            found.add(Finding.of(RULE_LA_PLUS_ICB, Severity.ERROR, "dischargeFund.actualTotal", "actual by ICB and LA add up to "
                            + Gbp.format(byParts) + ", not the actual total " + Gbp.format(actualTotal))
                    .withAmount("icbPlusLa", byParts).withAmount("actualTotal", actualTotal)
                    .withAmount("difference", byParts.subtract(actualTotal)));
        }
        rowsFinding(found, "planned", rowsPlanned(), plannedTotal);
        rowsFinding(found, "actual", rowsActual(), actualTotal);
        return Findings.of(found);
    }

    private static void rowsFinding(List<Finding> found, String which, MonetaryAmount rows, MonetaryAmount stated) {
        if (!Gbp.same(rows, stated)) {
            found.add(Finding.of(RULE_ROWS_ADD_UP, Severity.WARNING, "dischargeFund." + which + "Total", "scheme rows' "
                            + which + " spend adds up to " + Gbp.format(rows) + ", not the stated " + Gbp.format(stated))
                    .withAmount("rows", rows).withAmount("stated", stated).withAmount("difference", rows.subtract(stated)));
        }
    }
}

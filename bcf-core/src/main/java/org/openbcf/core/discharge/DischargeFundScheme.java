package org.openbcf.core.discharge;

import java.util.OptionalLong;

import javax.money.MonetaryAmount;

import org.openbcf.core.internal.Checks;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.money.InputLimits;

/**
 * One row of the 2022-23 ASC Discharge Fund tab: a scheme, its type, planned and actual spend, its
 * actual impact in the unit printed, and the two Yes/No answers. Example: "Orchard House", bed-based
 * intermediate care, planned £252,000, actual £230,000, 5 beds, changed planned spending "No".
 *
 * <p>Source: 2022-23 end-of-year template tab 7 (L2428–2475). This class is immutable and thread-safe.
 *
 * @param name                   the scheme's name, not blank
 * @param type                   the scheme type, not null
 * @param subType                the sub type as printed ({@code (blank)} kept), not null
 * @param planned                planned expenditure, GBP, at least £0, whole pennies
 * @param actual                 actual expenditure, GBP, at least £0, whole pennies
 * @param impact                 the actual number of packages (beds, hours, ...), empty when blank; 0 to
 *                               {@link InputLimits#MAX_COUNT}
 * @param unit                   the unit of measure as printed, not null
 * @param changedPlannedSpending the answer to "Did you make any changes to planned spending?"
 * @param changeExplanation      the "If yes, please explain why" text, not null
 * @param intendedImpact         the answer to "Did the scheme have the intended impact?"
 * @param impactExplanation      the impact explanation, e.g. "47 weeks of bed based care achieved"; not null
 * @since 0.1.0
 */
public record DischargeFundScheme(String name, DischargeSchemeType type, String subType, MonetaryAmount planned,
                                  MonetaryAmount actual, OptionalLong impact, ImpactUnit unit,
                                  boolean changedPlannedSpending, String changeExplanation, boolean intendedImpact,
                                  String impactExplanation) {

    /**
     * Checks and tidies the components.
     *
     * @param name                   the scheme's name
     * @param type                   the scheme type
     * @param subType                the sub type
     * @param planned                planned expenditure
     * @param actual                 actual expenditure
     * @param impact                 the actual number of packages
     * @param unit                   the unit of measure
     * @param changedPlannedSpending whether planned spending changed
     * @param changeExplanation      why it changed
     * @param intendedImpact         whether the scheme had its intended impact
     * @param impactExplanation      the impact explanation
     */
    public DischargeFundScheme {
        name = Checks.notBlank(name, "scheme name").strip();
        Checks.notNull(type, "type of scheme '" + name + "'");
        subType = Checks.notNull(subType, "subType").strip();
        InputLimits.requireInput(planned, "planned expenditure of '" + name + "'");
        InputLimits.requireInput(actual, "actual expenditure of '" + name + "'");
        Checks.notNull(impact, "impact");
        if (impact.isPresent()) {
            InputLimits.requireCount(impact.getAsLong(), "actual number of packages of '" + name + "'");
        }
        Checks.notNull(unit, "unit of '" + name + "'");
        changeExplanation = Checks.notNull(changeExplanation, "changeExplanation").strip();
        impactExplanation = Checks.notNull(impactExplanation, "impactExplanation").strip();
    }

    /**
     * Whether actual spend differs from planned, which is when "changed planned spending?" should be Yes
     * (rule DF6).
     *
     * @return true when actual ≠ planned
     */
    public boolean spendChanged() {
        return !Gbp.same(planned, actual);
    }

    /**
     * Actual minus planned: Glendon House Cromer (Beds) +£28,935.00.
     *
     * @return the variance, never null
     */
    public MonetaryAmount variance() {
        return Gbp.minus(actual, planned);
    }

    /**
     * Whether the printed unit is the one the guidance asks this scheme type for.
     *
     * @return true when {@code unit() == type().unit()}
     */
    public boolean unitMatchesType() {
        return unit == type.unit();
    }

    /**
     * The weeks of bed-based care the beds provided: beds × weeks (guidance: 10 beds for 12 weeks
     * "achieves 120 weeks of bed based care"; Orchard House 5 beds reports 47).
     *
     * @param weeks the weeks each bed was available, at least 0
     * @return the bed-weeks
     * @throws IllegalStateException when the scheme does not report beds
     */
    public long bedWeeks(long weeks) {
        if (unit != ImpactUnit.BEDS || impact.isEmpty()) {
            throw new IllegalStateException("scheme '" + name + "' reports " + unit + ", not a number of beds");
        }
        return bedWeeks(impact.getAsLong(), weeks);
    }

    /**
     * Bed-weeks = beds × weeks (DF2, L2418): {@code bedWeeks(10, 12)} is 120.
     *
     * @param beds  the number of beds, 0 to {@link InputLimits#MAX_COUNT}
     * @param weeks the weeks each bed is available, 0 to {@link InputLimits#MAX_COUNT}
     * @return the bed-weeks, exact (at most 10^18, which fits a long)
     * @throws IllegalArgumentException naming the field when beds or weeks are negative or above the limit
     */
    public static long bedWeeks(long beds, long weeks) {
        InputLimits.requireCount(beds, "beds");
        InputLimits.requireCount(weeks, "weeks");
        return Math.multiplyExact(beds, weeks);
    }
}

package org.openbcf.core.expenditure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import javax.money.MonetaryAmount;

import org.openbcf.core.compliance.OutOfHospitalMinimum;
import org.openbcf.core.compliance.SocialCareMaintenance;
import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Findings;
import org.openbcf.core.finding.Rule;
import org.openbcf.core.finding.Severity;
import org.openbcf.core.internal.Checks;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.year.BcfYear;
import org.openbcf.core.year.Origin;
import org.openbcf.core.year.SocialCareFloor;
import org.openbcf.core.year.YearValue;

/**
 * The floors on the two figures derived from an expenditure plan, chosen by year: the adult social
 * care spend from the NHS minimum against last year's ({@link #check(BcfYear, Optional, MonetaryAmount)})
 * and the NHS-commissioned out-of-hospital spend against the area's minimum
 * ({@link #checkOutOfHospital(BcfYear, Optional, MonetaryAmount)}).
 *
 * <p>2025/26 uses {@link SocialCareFloor} (baseline × 1.039, R-25-1); 2022/23 and 2023/24 use
 * {@link SocialCareMaintenance} with the year's {@link BcfYear#socialCareFloor()} (last year × 1.0566,
 * R-PC-2), as do 2024/25 (bcf-2017-2027-by-year L233-234) and, with a caller-supplied uplift, 2017/18 to
 * 2019/20 and 2021/22 (R-PC-2's other years). Where a figure the rule needs is missing (no baseline, no
 * uplift, no out-of-hospital minimum) the result is one {@link Severity#INFO} finding that names what was
 * not supplied, never a guessed national figure. A year neither rule applies in (2015/16, 2016/17,
 * 2020/21, 2026/27: {@link Rule#appliesIn}) gives no finding at all. Example: 2025/26, baseline
 * £10,000,000, planned £10,389,000 gives R-25-1 with a shortfall of £1,000.00. This class is a
 * stateless function and thread-safe.
 *
 * @since 0.1.0
 */
public final class AdultSocialCareFloor {

    private static final String ASC_WHERE = "nhsMinimum.adultSocialCare";
    private static final String OOH_WHERE = "nhsMinimum.outOfHospital";

    private AdultSocialCareFloor() {
    }

    /**
     * Checks the adult social care spend from the NHS minimum against the year's floor, with the
     * year's own {@link BcfYear#socialCareFloor()}: 2025/26 → {@link SocialCareFloor} (R-25-1); 2022/23,
     * 2023/24, 2024/25 → {@link SocialCareMaintenance} at 5.66% (R-PC-2). No baseline, or a year of R-PC-2
     * whose floor is caller-supplies (2017/18 to 2019/20, 2021/22), gives one INFO finding (R-25-1 for
     * 2025/26, else R-PC-2) naming what was not supplied; a year neither rule applies in gives none.
     *
     * @param year     the year, not null
     * @param baseline last year's adult social care spend from the NHS minimum (the 2024-25 baseline
     *                 in 2025/26), GBP, whole pennies, at least £0; not null (may be empty)
     * @param planned  this year's planned spend, e.g. {@link ExpenditurePlan#adultSocialCareFromNhsMinimum()},
     *                 GBP, whole pennies, at least £0, not null
     * @return the findings, never null
     */
    public static Findings check(BcfYear year, Optional<MonetaryAmount> baseline, MonetaryAmount planned) {
        Checks.notNull(year, "year");
        return check(year, baseline, planned, year.socialCareFloor());
    }

    /**
     * Checks as {@link #check(BcfYear, Optional, MonetaryAmount)} does, with an uplift the caller may
     * have supplied for a year whose sources are silent: {@code check(BcfYear.parse("2021/22"), baseline,
     * planned, y.socialCareFloor().supply(new BigDecimal("0.05")))}. A finding from a caller's uplift
     * says so. 2025/26 always uses the sourced 3.9% ({@link SocialCareFloor}); a year R-PC-2 does not apply
     * in gives no finding whatever the uplift.
     *
     * @param year     the year, not null
     * @param baseline last year's spend, not null (may be empty)
     * @param planned  this year's planned spend, not null
     * @param uplift   the floor's uplift over last year as a fraction, sourced, supplied or caller-supplies, not null
     * @return the findings, never null
     */
    public static Findings check(BcfYear year, Optional<MonetaryAmount> baseline, MonetaryAmount planned,
                                 YearValue<BigDecimal> uplift) {
        Checks.notNull(year, "year");
        Checks.notNull(baseline, "baseline");
        Checks.notNull(planned, "planned");
        Checks.notNull(uplift, "uplift");
        boolean floor2025 = year.year().startYear() == 2025;
        Rule rule = floor2025 ? Rule.R_25_1 : Rule.R_PC_2;
        if (!rule.appliesIn(year.year())) {
            return Findings.none();
        }
        if (baseline.isEmpty()) {
            return notChecked(rule, ASC_WHERE, "not checked: last year's adult social care spend from the NHS minimum"
                    + (floor2025 ? " (the 2024-25 baseline)" : "") + " was not supplied; supply "
                    + "asc_from_nhs_minimum_baseline");
        }
        if (floor2025) {
            return new SocialCareFloor(baseline.get(), planned).check();
        }
        if (uplift.callerMustSupply()) {
            return notChecked(rule, ASC_WHERE, "not checked: openbcf's sources do not give " + uplift.source()
                    + "; supply the uplift (a dataset's social_care_floor_uplift) to check it");
        }
        Findings findings = new SocialCareMaintenance(baseline.get(), planned, uplift.require()).check();
        return uplift.origin() == Origin.CALLER ? suppliedByCaller(findings, "uplift") : findings;
    }

    /**
     * Checks the NHS-commissioned out-of-hospital spend against the area's minimum: with a minimum,
     * {@link OutOfHospitalMinimum} (R-PC-3, ERROR below it); without, one INFO finding of R-PC-3 "not
     * checked: the minimum is not in openbcf's sources; supply nhs_out_of_hospital_minimum" (every year,
     * {@link BcfYear#outOfHospitalMinimum()} is caller-supplies).
     *
     * <p>The planned spend may hold fractions of a penny (a joint line's NHS share, exact). It is
     * compared exactly: as the minimum is in whole pennies, the spend is at least the minimum exactly
     * when the spend rounded down to the penny is, so openbcf compares that, and a shortfall is reported
     * against the spend rounded down (at most a penny more than the exact gap).
     *
     * @param year    the year, not null
     * @param minimum the area's minimum, GBP, whole pennies, £0 to £1,000,000,000; not null (may be empty)
     * @param planned the planned spend, e.g. {@link ExpenditurePlan#nhsCommissionedOutOfHospital()}, GBP,
     *                at least £0, at most £1,000,000,000, not null
     * @return the findings, never null
     */
    public static Findings checkOutOfHospital(BcfYear year, Optional<MonetaryAmount> minimum, MonetaryAmount planned) {
        Checks.notNull(year, "year");
        Checks.notNull(minimum, "minimum");
        Checks.notNull(planned, "planned");
        if (minimum.isEmpty()) {
            return notChecked(Rule.R_PC_3, OOH_WHERE, "not checked: the " + year + " minimum NHS-commissioned "
                    + "out-of-hospital spend is not in openbcf's sources; supply nhs_out_of_hospital_minimum");
        }
        Checks.nonNegative(Gbp.pounds(planned), "NHS-commissioned out-of-hospital spend");
        return new OutOfHospitalMinimum(Gbp.roundToPenny(planned, RoundingMode.FLOOR), minimum.get()).check();
    }

    /**
     * The year's floor for adult social care spend from the NHS minimum, when it can be computed: the
     * baseline × (1 + the year's uplift), exact (2025/26: £10,000,000 → £10,390,000; 2022/23 and
     * 2023/24: × 1.0566). Empty without a baseline or when the year's uplift is not in openbcf's sources.
     *
     * @param year     the year, not null
     * @param baseline last year's spend, not null (may be empty)
     * @return the floor, or empty
     */
    public static Optional<MonetaryAmount> required(BcfYear year, Optional<MonetaryAmount> baseline) {
        Checks.notNull(year, "year");
        return required(baseline, year.socialCareFloor());
    }

    /**
     * The floor as {@link #required(BcfYear, Optional)} computes it, with an uplift the caller may have
     * supplied: {@code required(baseline, y.socialCareFloor().supply(new BigDecimal("0.05")))}.
     *
     * @param baseline last year's spend, not null (may be empty)
     * @param uplift   the floor's uplift, sourced, supplied or caller-supplies, not null
     * @return the floor, or empty without a baseline or an uplift
     */
    public static Optional<MonetaryAmount> required(Optional<MonetaryAmount> baseline, YearValue<BigDecimal> uplift) {
        Checks.notNull(baseline, "baseline");
        Checks.notNull(uplift, "uplift");
        if (baseline.isEmpty() || uplift.callerMustSupply()) {
            return Optional.empty();
        }
        return Optional.of(new SocialCareMaintenance(baseline.get(), baseline.get(), uplift.require()).required());
    }

    private static Findings notChecked(Rule rule, String where, String message) {
        return Findings.of(Finding.of(rule, Severity.INFO, where, message));
    }

    private static Findings suppliedByCaller(Findings findings, String what) {
        return Findings.of(findings.stream().map(f -> new Finding(f.rule(), f.severity(), f.where(),
                f.message() + " (" + what + " supplied by the caller)", f.amounts(), f.figures())).toList());
    }
}

package org.openbcf.core.compliance;

import java.math.BigDecimal;

import javax.money.MonetaryAmount;

import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Findings;
import org.openbcf.core.finding.Rule;
import org.openbcf.core.finding.Severity;
import org.openbcf.core.internal.Checks;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.money.InputLimits;

/**
 * National condition 2 (2022-23): the NHS contribution to adult social care is maintained in line with
 * the uplift to the NHS minimum, i.e. this year's ≥ last year's × (1 + uplift). The uplift is an input
 * (5.66% in 2022-23: £36,048,000 × 1.0566 = £38,088,316.80, G9).
 *
 * <p>Source: 2022-23 template, condition 2 (L2061–2067, L2219) and V-NC2; uplift F8 (L1909). The
 * floor is compared exactly, never rounded. This class is immutable and thread-safe.
 *
 * @param lastYear the previous year's contribution to adult social care, GBP, at least £0
 * @param thisYear this year's planned contribution, GBP, at least £0
 * @param uplift   the uplift as a fraction, e.g. {@code 0.0566}; at least 0
 * @since 0.1.0
 */
public record SocialCareMaintenance(MonetaryAmount lastYear, MonetaryAmount thisYear, BigDecimal uplift) {

    /** Rule: the NHS contribution to adult social care is at least last year's uplifted. */
    public static final Rule RULE = Rule.R_PC_2;

    /**
     * Checks the components.
     *
     * @param lastYear the previous year's contribution
     * @param thisYear this year's planned contribution
     * @param uplift   the uplift as a fraction
     */
    public SocialCareMaintenance {
        InputLimits.requireInput(lastYear, "last year's NHS contribution to adult social care");
        InputLimits.requireInput(thisYear, "this year's NHS contribution to adult social care");
        Checks.nonNegative(uplift, "uplift");
    }

    /**
     * The least this year's contribution may be: last year's × (1 + uplift), exact.
     *
     * @return the floor, never null
     */
    public MonetaryAmount required() {
        return Gbp.of(Gbp.pounds(lastYear).multiply(BigDecimal.ONE.add(uplift)));
    }

    /**
     * Checks the condition: {@link #RULE} (ERROR) when this year's is below the floor, with the
     * required, planned and shortfall amounts. Exactly at the floor passes.
     *
     * @return the findings, never null
     */
    public Findings check() {
        MonetaryAmount required = required();
        if (!thisYear.isLessThan(required)) {
            return Findings.none();
        }
        return Findings.of(Finding.of(RULE, Severity.ERROR, "nhsMinimum.adultSocialCare", "NHS contribution to adult "
                        + "social care " + Gbp.format(thisYear) + " is below last year's " + Gbp.format(lastYear)
                        + " uplifted by " + uplift.movePointRight(2).stripTrailingZeros().toPlainString() + "%, "
                        + Gbp.format(required))
                .withAmount("required", required).withAmount("planned", thisYear)
                .withAmount("shortfall", Gbp.minus(required, thisYear)).withFigure("uplift", uplift));
    }
}

package org.openbcf.core.year;

import java.math.BigDecimal;

import javax.money.MonetaryAmount;

import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Findings;
import org.openbcf.core.finding.Rule;
import org.openbcf.core.money.Gbp;

/**
 * The 2025-26 floor for adult social care: the spend on adult social care from the NHS minimum
 * contribution is at least the 2024-25 baseline × 1.039, per Health and Wellbeing Board (bcf-2024-27
 * §1.7 R-25-1). Example: baseline £10,000,000.00 needs at least £10,390,000.00; a plan of
 * £10,389,000.00 (3.89% above) falls short by £1,000.00.
 *
 * <p>The floor is exact, never rounded; meeting it exactly passes. The 3.9% comes from
 * {@link BcfYear#socialCareFloor()} for 2025/26. This class is immutable and thread-safe.
 *
 * @param baseline the 2024-25 spend on adult social care from the NHS minimum, GBP, at least £0
 * @param planned  the 2025-26 planned spend, GBP, at least £0
 * @since 0.1.0
 */
public record SocialCareFloor(MonetaryAmount baseline, MonetaryAmount planned) {

    /** The rule: {@link Rule#R_25_1}. */
    public static final Rule RULE = Rule.R_25_1;

    /**
     * Checks the components.
     *
     * @param baseline the 2024-25 spend
     * @param planned  the 2025-26 planned spend
     */
    public SocialCareFloor {
        Gbp.requireNonNegativePennies(baseline, "2024-25 baseline adult social care spend from the NHS minimum");
        Gbp.requireNonNegativePennies(planned, "2025-26 planned adult social care spend from the NHS minimum");
    }

    /**
     * The uplift over the baseline, 0.039 (sourced from {@link BcfYear#socialCareFloor()} of 2025/26).
     *
     * @return the uplift, never null
     */
    public static BigDecimal uplift() {
        return BcfYear.parse("2025/26").socialCareFloor().require();
    }

    /**
     * The least the 2025-26 spend may be: baseline × (1 + 0.039), exact.
     *
     * @return the floor, never null
     */
    public MonetaryAmount required() {
        return Gbp.of(Gbp.pounds(baseline).multiply(BigDecimal.ONE.add(uplift())));
    }

    /**
     * The amount below the floor, £0 when the floor is met.
     *
     * @return the shortfall, at least £0, never null
     */
    public MonetaryAmount shortfall() {
        MonetaryAmount gap = Gbp.minus(required(), planned);
        return gap.isNegative() ? Gbp.of(0) : gap;
    }

    /**
     * Checks the floor: {@link Rule#R_25_1} (ERROR) at {@code nhsMinimum.adultSocialCare} when the
     * planned spend is below it, with the baseline, required, planned and shortfall amounts in pounds.
     *
     * @return the findings, empty when the floor is met, never null
     */
    public Findings check() {
        MonetaryAmount required = required();
        if (!planned.isLessThan(required)) {
            return Findings.none();
        }
        MonetaryAmount shortfall = Gbp.minus(required, planned);
        return Findings.of(Finding.of(RULE, "nhsMinimum.adultSocialCare", "2025-26 adult social care spend from the NHS "
                        + "minimum " + Gbp.format(planned) + " is below the 2024-25 baseline " + Gbp.format(baseline)
                        + " + 3.9%, " + Gbp.format(required) + ", by " + Gbp.format(shortfall))
                .withAmount("baseline", baseline).withAmount("required", required).withAmount("planned", planned)
                .withAmount("shortfall", shortfall).withFigure("uplift", uplift()));
    }
}

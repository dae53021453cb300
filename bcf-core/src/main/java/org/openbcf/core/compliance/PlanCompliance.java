package org.openbcf.core.compliance;

import javax.money.MonetaryAmount;

import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Findings;
import org.openbcf.core.finding.Severity;
import org.openbcf.core.fund.PooledFund;
import org.openbcf.core.internal.Checks;
import org.openbcf.core.money.Gbp;

/**
 * The plan-compliance checks of a year's BCF plan in one call: every contribution on a stream of the
 * fund's year ({@link PooledFund#check()}, R-POOL-3), mandatory streams pooled under
 * section 75 ({@link MandatoryStreams}), the NHS minimum split ({@link NhsMinimumSplit}) and its total
 * against the fund's NHS minimum, the NHS contribution to adult social care maintained
 * ({@link SocialCareMaintenance}), and NHS-commissioned out-of-hospital spend at its minimum
 * ({@link OutOfHospitalMinimum}).
 *
 * <p>Source: 2022-23 national conditions 1–3 (L2218–2220) and pool rules F2–F7. This class is
 * immutable and thread-safe.
 *
 * @param fund          the pooled fund, not null
 * @param split         the NHS minimum split, not null
 * @param socialCare    the adult social care maintenance inputs, not null
 * @param outOfHospital the out-of-hospital minimum inputs, not null
 * @since 0.1.0
 */
public record PlanCompliance(PooledFund fund, NhsMinimumSplit split, SocialCareMaintenance socialCare,
                             OutOfHospitalMinimum outOfHospital) {

    /**
     * Checks the components.
     *
     * @param fund          the pooled fund
     * @param split         the NHS minimum split
     * @param socialCare    the adult social care maintenance inputs
     * @param outOfHospital the out-of-hospital minimum inputs
     */
    public PlanCompliance {
        Checks.notNull(fund, "fund");
        Checks.notNull(split, "split");
        Checks.notNull(socialCare, "socialCare");
        Checks.notNull(outOfHospital, "outOfHospital");
    }

    /**
     * Runs every check, in the order above. The split's NHS minimum differing from the fund's NHS (or
     * CCG) minimum contributions is a {@link NhsMinimumSplit#RULE} ERROR at {@code nhsMinimum.total}.
     *
     * @return the findings, never null
     */
    public Findings check() {
        Findings findings = fund.check().and(MandatoryStreams.check(fund));
        MonetaryAmount pooled = fund.totalOf(c -> c.stream().isNhsMinimum());
        if (!Gbp.same(pooled, split.nhsMinimum())) {
            findings = findings.and(Findings.of(Finding.of(NhsMinimumSplit.RULE, Severity.ERROR, "nhsMinimum.total",
                            "the split's NHS minimum " + Gbp.format(split.nhsMinimum()) + " differs from the "
                                    + Gbp.format(pooled) + " pooled")
                    .withAmount("split", split.nhsMinimum()).withAmount("pooled", pooled)
                    .withAmount("difference", Gbp.minus(split.nhsMinimum(), pooled))));
        }
        return findings.and(split.check()).and(socialCare.check()).and(outOfHospital.check());
    }
}

package org.openbcf.core.compliance;

import javax.money.MonetaryAmount;

import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Findings;
import org.openbcf.core.finding.Rule;
import org.openbcf.core.finding.Severity;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.money.InputLimits;

/**
 * National condition 3 (2022-23): investment in NHS-commissioned out-of-hospital services is at least
 * the minimum set for the area. The minimum is an input: the source names the condition but gives no
 * figure.
 *
 * <p>Source: 2022-23 template, condition 3 (L2220) and V-NC3. This class is immutable and thread-safe.
 *
 * @param planned the planned NHS-commissioned out-of-hospital spend, GBP, at least £0
 * @param minimum the minimum for the area, GBP, at least £0
 * @since 0.1.0
 */
public record OutOfHospitalMinimum(MonetaryAmount planned, MonetaryAmount minimum) {

    /** Rule: NHS-commissioned out-of-hospital spend is at least the minimum. */
    public static final Rule RULE = Rule.R_PC_3;

    /**
     * Checks the components.
     *
     * @param planned the planned spend
     * @param minimum the minimum
     */
    public OutOfHospitalMinimum {
        InputLimits.requireInput(planned, "NHS-commissioned out-of-hospital spend");
        InputLimits.requireInput(minimum, "NHS-commissioned out-of-hospital minimum");
    }

    /**
     * Checks the condition: {@link #RULE} (ERROR) when the spend is below the minimum, with the
     * minimum, planned and shortfall amounts. Exactly at the minimum passes.
     *
     * @return the findings, never null
     */
    public Findings check() {
        if (!planned.isLessThan(minimum)) {
            return Findings.none();
        }
        return Findings.of(Finding.of(RULE, Severity.ERROR, "nhsMinimum.outOfHospital", "NHS-commissioned "
                        + "out-of-hospital spend " + Gbp.format(planned) + " is below the minimum " + Gbp.format(minimum))
                .withAmount("minimum", minimum).withAmount("planned", planned)
                .withAmount("shortfall", Gbp.minus(minimum, planned)));
    }
}

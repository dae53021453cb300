package org.openbcf.core.compliance;

import java.math.BigDecimal;
import java.math.RoundingMode;

import javax.money.MonetaryAmount;

import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Findings;
import org.openbcf.core.finding.Rule;
import org.openbcf.core.finding.Severity;
import org.openbcf.core.internal.Checks;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.money.InputLimits;

/**
 * The locally agreed split of the NHS minimum contribution between the ICB and the council. Norfolk
 * 2022-23: council (adult social care) £36.048m + ICB £36.984m = NHS minimum £73.032m (G1).
 *
 * <p>Source: 2022-23 slide "Core BCF" (L1795–1796), rule F7. This class is immutable and thread-safe.
 *
 * @param nhsMinimum the NHS minimum contribution, GBP, at least £0
 * @param council    the council's (adult social care) allocation, GBP, at least £0
 * @param icb        the ICB's allocation, GBP, at least £0
 * @since 0.1.0
 */
public record NhsMinimumSplit(MonetaryAmount nhsMinimum, MonetaryAmount council, MonetaryAmount icb) {

    /** Rule: the two allocations add up to the NHS minimum contribution. */
    public static final Rule RULE = Rule.R_PC_1;

    /**
     * Checks the components.
     *
     * @param nhsMinimum the NHS minimum contribution
     * @param council    the council's allocation
     * @param icb        the ICB's allocation
     */
    public NhsMinimumSplit {
        InputLimits.requireInput(nhsMinimum, "NHS minimum contribution");
        InputLimits.requireInput(council, "council allocation of the NHS minimum");
        InputLimits.requireInput(icb, "ICB allocation of the NHS minimum");
    }

    /**
     * The council's share of the NHS minimum as a percentage: 49.36 for Norfolk 2022-23 with
     * {@code (2, HALF_UP)}; rounding is a presentation choice.
     *
     * @param scale decimal places, 0 to 30
     * @param mode  the rounding mode, not null
     * @return the percentage, zero when the minimum is zero
     */
    public BigDecimal councilSharePercent(int scale, RoundingMode mode) {
        Checks.notNull(mode, "mode");
        Checks.inRange(scale, 0, 30, "scale");
        BigDecimal total = Gbp.pounds(nhsMinimum);
        return total.signum() == 0 ? BigDecimal.ZERO.setScale(scale)
                : Gbp.pounds(council).movePointRight(2).divide(total, scale, mode);
    }

    /**
     * Checks the split: {@link #RULE} (ERROR) when council + ICB differs from the NHS minimum, with the
     * allocations' sum, the minimum and the difference.
     *
     * @return the findings, never null
     */
    public Findings check() {
        MonetaryAmount allocated = allocated();
        if (Gbp.same(allocated, nhsMinimum)) {
            return Findings.none();
        }
        return Findings.of(Finding.of(RULE, Severity.ERROR, "nhsMinimum.split", "council and ICB allocations add up to "
                        + Gbp.format(allocated) + ", not the NHS minimum contribution " + Gbp.format(nhsMinimum))
                .withAmount("allocated", allocated).withAmount("nhsMinimum", nhsMinimum)
                .withAmount("difference", Gbp.minus(allocated, nhsMinimum)));
    }

    /**
     * The council's and the ICB's allocations added up: £73,032,000.00 for Norfolk 2022-23
     * (£36,048,000 + £36,984,000, G1); {@code R-PC-1} ({@link #RULE}) checks it against the NHS minimum.
     *
     * @return council + ICB, exact, never null
     */
    public MonetaryAmount allocated() {
        return Gbp.plus(council, icb);
    }
}

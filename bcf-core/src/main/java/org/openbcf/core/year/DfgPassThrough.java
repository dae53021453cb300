package org.openbcf.core.year;

import javax.money.MonetaryAmount;

import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Findings;
import org.openbcf.core.finding.Rule;
import org.openbcf.core.money.Gbp;

/**
 * In a two-tier area the upper-tier authority passes its Disabled Facilities Grant to the district
 * councils in full, unless the districts agree otherwise (2017 condition, bcf-2024-27 §1.7 R-25-4;
 * Norfolk's "nearly £7m" 2017-18 DFG went through its seven district councils, norfolk-2017-2019-progress
 * FR-11). Example: DFG £7,000,000.00, passed £6,900,000.00, no agreement: R-DFG-1 with £100,000.00
 * not passed. This class is immutable and thread-safe.
 *
 * @param dfg                the authority's DFG for the year (all its lines), GBP, at least £0
 * @param passedToDistricts  the amount passed to the district councils, GBP, at least £0
 * @param districtsAgreedOtherwise whether the districts agreed to keep part with the upper tier
 * @since 0.1.0
 */
public record DfgPassThrough(MonetaryAmount dfg, MonetaryAmount passedToDistricts, boolean districtsAgreedOtherwise) {

    /**
     * Checks the components.
     *
     * @param dfg                      the DFG
     * @param passedToDistricts        the amount passed on
     * @param districtsAgreedOtherwise whether the districts agreed otherwise
     */
    public DfgPassThrough {
        Gbp.requireNonNegativePennies(dfg, "DFG");
        Gbp.requireNonNegativePennies(passedToDistricts, "DFG passed to district councils");
    }

    /**
     * Checks the rule: {@link Rule#R_DFG_1} (ERROR) at {@code dfg.passedToDistricts} when less than the
     * DFG was passed on without the districts' agreement, with the amount not passed.
     *
     * @return the findings, never null
     */
    public Findings check() {
        if (districtsAgreedOtherwise || !passedToDistricts.isLessThan(dfg)) {
            return Findings.none();
        }
        MonetaryAmount kept = Gbp.minus(dfg, passedToDistricts);
        return Findings.of(Finding.of(Rule.R_DFG_1, "dfg.passedToDistricts", "only " + Gbp.format(passedToDistricts)
                        + " of the DFG " + Gbp.format(dfg) + " was passed to the district councils, without their "
                        + "agreement; " + Gbp.format(kept) + " was kept")
                .withAmount("dfg", dfg).withAmount("passed", passedToDistricts).withAmount("notPassed", kept));
    }
}

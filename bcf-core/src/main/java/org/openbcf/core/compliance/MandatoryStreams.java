package org.openbcf.core.compliance;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Findings;
import org.openbcf.core.finding.Rule;
import org.openbcf.core.finding.Severity;
import org.openbcf.core.fund.Contribution;
import org.openbcf.core.fund.FundingStream;
import org.openbcf.core.fund.PooledFund;
import org.openbcf.core.fund.StreamCategory;
import org.openbcf.core.internal.Checks;
import org.openbcf.core.time.FinancialYear;

/**
 * National condition 1 (2022-23): all mandatory funding is in a pooled fund under section 75 of the
 * NHS Act 2006. Mandatory streams are the era's minimum streams (NHS or CCG minimum, DFG, social care
 * capital grant, iBCF) and, from 2022-23, the ASC Discharge Fund.
 *
 * <p>Sources: 2022-23 template rules F2, F4, F5 (L2088, L2218, L1670); 2015/16 plan. The combined
 * "DFG and social care capital grant" line of 2015/16 counts for both. This class is a stateless
 * utility and thread-safe.
 *
 * @since 0.1.0
 */
public final class MandatoryStreams {

    /** Rule: every mandatory stream of the year is pooled with a positive amount. */
    public static final Rule RULE_POOLED = Rule.R_PC_4;
    /** Rule: the fund is pooled under a section 75 agreement. */
    public static final Rule RULE_SECTION_75 = Rule.R_PC_5;

    private MandatoryStreams() {
    }

    /**
     * The mandatory streams of a year: 2022/23 is NHS minimum, DFG, iBCF and both Discharge Fund parts.
     *
     * @param year the year, not null
     * @return a new set, never null
     */
    public static Set<FundingStream> required(FinancialYear year) {
        Checks.notNull(year, "year");
        Set<FundingStream> required = EnumSet.noneOf(FundingStream.class);
        for (FundingStream stream : FundingStream.availableIn(year)) {
            if (stream.category() != StreamCategory.ADDITIONAL && stream != FundingStream.DFG_AND_SOCIAL_CARE_CAPITAL_GRANT) {
                required.add(stream);
            }
        }
        return required;
    }

    /**
     * Checks a fund against its year's mandatory streams: {@link #RULE_POOLED} (ERROR) for each stream
     * with no positive contribution, and {@link #RULE_SECTION_75} (ERROR) when the fund is not under
     * section 75.
     *
     * @param fund the fund, not null
     * @return the findings, never null
     */
    public static Findings check(PooledFund fund) {
        Checks.notNull(fund, "fund");
        return check(fund, required(fund.year()));
    }

    /**
     * Checks a fund against the given mandatory streams, e.g. a local agreement's list.
     *
     * @param fund     the fund, not null
     * @param required the streams that must be pooled, not null
     * @return the findings, in stream declaration order, never null
     */
    public static Findings check(PooledFund fund, Set<FundingStream> required) {
        Checks.notNull(fund, "fund");
        Checks.notNull(required, "required");
        List<Finding> found = new ArrayList<>();
        for (FundingStream stream : FundingStream.values()) {
            if (required.contains(stream) && !pooled(fund, stream)) {
                found.add(Finding.of(RULE_POOLED, Severity.ERROR, "pooledFund." + stream.name(), "mandatory stream "
                        + stream.label() + " is not pooled in the " + fund.year() + " fund")
                        .withAmount("pooled", fund.totalOf(c -> c.stream() == stream)));
            }
        }
        if (!fund.section75()) {
            found.add(Finding.of(RULE_SECTION_75, Severity.ERROR, "pooledFund.section75",
                    "the " + fund.year() + " fund is not pooled under a section 75 agreement (NHS Act 2006)"));
        }
        return Findings.of(found);
    }

    private static boolean pooled(PooledFund fund, FundingStream stream) {
        return fund.contributions().stream().filter(c -> c.amount().isPositive()).map(Contribution::stream)
                .anyMatch(s -> s == stream || (s == FundingStream.DFG_AND_SOCIAL_CARE_CAPITAL_GRANT
                        && (stream == FundingStream.DFG || stream == FundingStream.SOCIAL_CARE_CAPITAL_GRANT)));
    }
}

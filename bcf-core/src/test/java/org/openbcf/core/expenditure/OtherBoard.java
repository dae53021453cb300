package org.openbcf.core.expenditure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.openbcf.core.fund.Contribution;
import org.openbcf.core.fund.FundingStream;
import org.openbcf.core.fund.Partner;
import org.openbcf.core.fund.PartnerType;
import org.openbcf.core.fund.PooledFund;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.time.FinancialYear;

/**
 * A hypothetical 2025/26 board that is not Norfolk (issue 13, "Must show"): NHS minimum £30,000,000,
 * LABCG £13,208,845, two DFG lines (£2,000,000 and a £250,000 top-up), an additional LA contribution of
 * £1,000,000, and a scheme-level plan that spends exactly that. The figures are invented; the rules
 * are the sources'.
 */
final class OtherBoard {

    static final FinancialYear Y2025 = FinancialYear.parse("2025/26");
    static final Partner COUNCIL = Partner.of("Lewisham Council", PartnerType.COUNTY_COUNCIL);
    static final Partner ICB = Partner.of("NHS South East London ICB", PartnerType.ICB);

    private OtherBoard() {
    }

    static PooledFund pool() {
        return PooledFund.of("Lewisham", Y2025, true, List.of(
                Contribution.of(ICB, FundingStream.NHS_MINIMUM, Gbp.of(30_000_000)),
                Contribution.of(COUNCIL, FundingStream.LABCG, Gbp.of(13_208_845)),
                Contribution.of(COUNCIL, FundingStream.DFG, Gbp.of(2_000_000), "April allocation"),
                Contribution.of(COUNCIL, FundingStream.DFG, Gbp.of(250_000), "in-year top-up"),
                Contribution.of(COUNCIL, FundingStream.ADDITIONAL_LA, Gbp.of(1_000_000))));
    }

    static List<ExpenditureLine> lines() {
        return new ArrayList<>(List.of(
                line("1", "Home First reablement", "Reablement in a Person's Own Home", AreaOfSpend.SOCIAL_CARE,
                        Commissioner.LA, null, FundingStream.NHS_MINIMUM, 9_000_000),
                line("2", "Carers' support", "Carers Services", AreaOfSpend.SOCIAL_CARE, Commissioner.LA, null,
                        FundingStream.NHS_MINIMUM, 1_500_000),
                line("3", "Community nursing", "Community Based Schemes", AreaOfSpend.COMMUNITY_HEALTH, Commissioner.NHS,
                        null, FundingStream.NHS_MINIMUM, 12_000_000),
                line("4", "Integrated discharge team", "Integrated Care Planning and Navigation", AreaOfSpend.ACUTE,
                        Commissioner.JOINT, "40", FundingStream.NHS_MINIMUM, 3_500_000),
                line("5", "Rapid response", "Urgent Community Response", AreaOfSpend.COMMUNITY_HEALTH, Commissioner.JOINT,
                        "62.5", FundingStream.NHS_MINIMUM, 4_000_000),
                line("6", "Home care market", "Home Care or Domiciliary Care", AreaOfSpend.SOCIAL_CARE, Commissioner.LA,
                        null, FundingStream.LABCG, 13_208_845),
                line("7", "Adaptations", "DFG Related Schemes", AreaOfSpend.OTHER, Commissioner.LA, null,
                        FundingStream.DFG, 2_250_000),
                line("8", "Equipment", "Assistive Technologies and Equipment", AreaOfSpend.SOCIAL_CARE, Commissioner.LA,
                        null, FundingStream.ADDITIONAL_LA, 1_000_000)));
    }

    static ExpenditurePlan plan() {
        return ExpenditurePlan.of(Y2025, lines());
    }

    static ExpenditureLine line(String id, String name, String type, AreaOfSpend area, Commissioner commissioner,
                                String share, FundingStream source, long pounds) {
        return ExpenditureLine.of(id, name, type, area, commissioner, share == null ? null : new BigDecimal(share),
                source, Gbp.of(pounds));
    }
}

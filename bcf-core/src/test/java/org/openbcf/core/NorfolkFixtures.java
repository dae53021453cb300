package org.openbcf.core;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.money.MonetaryAmount;

import org.openbcf.core.fund.Contribution;
import org.openbcf.core.fund.FundingStream;
import org.openbcf.core.fund.Partner;
import org.openbcf.core.fund.PartnerType;
import org.openbcf.core.fund.PooledFund;
import org.openbcf.core.fund.SpendingCategory;
import org.openbcf.core.fund.SpendingPlan;
import org.openbcf.core.ledger.FlowLedger;
import org.openbcf.core.ledger.LedgerFlow;
import org.openbcf.core.ledger.QuarterlyAmounts;
import org.openbcf.core.ledger.QuarterlyLedger;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.time.FinancialYear;

/**
 * Norfolk's published figures, as inputs for golden tests. Sources are the seed lines cited in
 * shared/spec/norfolk-2016-quarterly-return-and-plan.md (G-11 to G-14) and
 * norfolk-2023-25-plan-and-year-end.md (G3).
 */
public final class NorfolkFixtures {

    public static final FinancialYear Y2015 = FinancialYear.parse("2015/16");
    public static final FinancialYear Y2016 = FinancialYear.parse("2016/17");
    public static final FinancialYear Y2022 = FinancialYear.parse("2022/23");

    public static final Partner NCC = Partner.of("Norfolk County Council", PartnerType.COUNTY_COUNCIL);
    public static final Partner GYW = Partner.of("NHS Great Yarmouth and Waveney CCG", PartnerType.CCG);
    public static final Partner NORTH = Partner.of("NHS North Norfolk CCG", PartnerType.CCG);
    public static final Partner NORWICH = Partner.of("NHS Norwich CCG", PartnerType.CCG);
    public static final Partner SOUTH = Partner.of("NHS South Norfolk CCG", PartnerType.CCG);
    public static final Partner WEST = Partner.of("NHS West Norfolk CCG", PartnerType.CCG);
    public static final Partner ICB = Partner.of("NHS Norfolk and Waveney ICB", PartnerType.ICB);

    private NorfolkFixtures() {
    }

    /** G-13, 2015/16 column (seed lines 2562–2574). */
    public static PooledFund contributions2015() {
        return PooledFund.of("Norfolk", Y2015, true, List.of(
                Contribution.of(NCC, FundingStream.DFG_AND_SOCIAL_CARE_CAPITAL_GRANT, Gbp.of(6_080_000)),
                Contribution.of(GYW, FundingStream.CCG_MINIMUM, Gbp.of(7_120_000)),
                Contribution.of(NORTH, FundingStream.CCG_MINIMUM, Gbp.of(11_553_000)),
                Contribution.of(NORWICH, FundingStream.CCG_MINIMUM, Gbp.of(12_245_000)),
                Contribution.of(SOUTH, FundingStream.CCG_MINIMUM, Gbp.of(14_020_000)),
                Contribution.of(WEST, FundingStream.CCG_MINIMUM, Gbp.of(11_443_000))));
    }

    /** G-13, 2016/17 column (seed lines 2562–2574). */
    public static PooledFund contributions2016() {
        return PooledFund.of("Norfolk", Y2016, true, List.of(
                Contribution.of(NCC, FundingStream.DFG, Gbp.of(6_367_664)),
                Contribution.of(GYW, FundingStream.CCG_MINIMUM, Gbp.of(7_169_276)),
                Contribution.of(NORTH, FundingStream.CCG_MINIMUM, Gbp.of(11_472_003)),
                Contribution.of(NORWICH, FundingStream.CCG_MINIMUM, Gbp.of(12_442_039)),
                Contribution.of(SOUTH, FundingStream.CCG_MINIMUM, Gbp.of(14_311_134)),
                Contribution.of(WEST, FundingStream.CCG_MINIMUM, Gbp.of(11_811_353))));
    }

    /** G-14 (seed lines 2519–2533); Acute is "-". */
    public static SpendingPlan spending2015() {
        Map<SpendingCategory, MonetaryAmount> amounts = new EnumMap<>(SpendingCategory.class);
        amounts.put(SpendingCategory.MENTAL_HEALTH, Gbp.of(1_938_000));
        amounts.put(SpendingCategory.COMMUNITY_HEALTH, Gbp.of(12_049_000));
        amounts.put(SpendingCategory.CONTINUING_CARE, Gbp.of(545_000));
        amounts.put(SpendingCategory.PRIMARY_CARE, Gbp.of(2_142_000));
        amounts.put(SpendingCategory.SOCIAL_CARE, Gbp.of(37_099_000));
        amounts.put(SpendingCategory.OTHER, Gbp.of(8_689_000));
        return SpendingPlan.of(Y2015, amounts);
    }

    /** G-11 and G-12 (seed lines 1910–1950); the I&amp;E comment was "N/A". */
    public static QuarterlyLedger ledger2015() {
        FlowLedger income = FlowLedger.of(LedgerFlow.INCOME,
                amounts(19_293_380, 13_801_260, 14_683_080, 14_683_080),
                amounts(19_599_950, 13_519_950, 13_519_950, 13_519_950),
                amounts(17_272_933, 15_846_950, 13_519_950),
                Gbp.of(62_461_000), "N/A");
        FlowLedger expenditure = FlowLedger.of(LedgerFlow.EXPENDITURE,
                amounts(19_293_380, 13_801_260, 14_683_080, 14_683_080),
                amounts(17_272_950, 13_519_950, 13_519_950, 15_846_950),
                amounts(16_738_383, 14_054_502, 13_519_950),
                Gbp.of(62_461_780), "N/A");
        return QuarterlyLedger.of(income, expenditure);
    }

    /** 2022-23 end-of-year pool, planned (G3 in norfolk-2023-25-plan-and-year-end.md, L2276–2304). */
    public static PooledFund pool2022Planned() {
        return pool2022(0, 6_189_372);
    }

    /** 2022-23 end-of-year pool, actual: LA additional £2,782,610 and ICB discharge fund £6,195,700. */
    public static PooledFund pool2022Actual() {
        return pool2022(2_782_610, 6_195_700);
    }

    private static PooledFund pool2022(long additionalLa, long dischargeIcb) {
        return PooledFund.of("Norfolk", Y2022, true, List.of(
                Contribution.of(NCC, FundingStream.DFG, Gbp.of(9_157_782)),
                Contribution.of(NCC, FundingStream.IBCF, Gbp.of(39_618_564)),
                Contribution.of(ICB, FundingStream.NHS_MINIMUM, Gbp.of(73_032_095)),
                Contribution.of(NCC, FundingStream.ADDITIONAL_LA, Gbp.of(additionalLa)),
                Contribution.of(ICB, FundingStream.ADDITIONAL_NHS, Gbp.zero()),
                Contribution.of(NCC, FundingStream.ASC_DISCHARGE_FUND_LA, Gbp.of(3_482_232)),
                Contribution.of(ICB, FundingStream.ASC_DISCHARGE_FUND_ICB, Gbp.of(dischargeIcb))));
    }

    private static QuarterlyAmounts amounts(long... pounds) {
        return QuarterlyAmounts.of(Y2015, java.util.Arrays.stream(pounds).mapToObj(Gbp::of).toList());
    }
}

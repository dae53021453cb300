package org.openbcf.core.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Findings;
import org.openbcf.core.fund.Contribution;
import org.openbcf.core.fund.FundingStream;
import org.openbcf.core.fund.Partner;
import org.openbcf.core.fund.PartnerType;
import org.openbcf.core.fund.PooledFund;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.time.FinancialYear;

class PlanComplianceTest {

    static final Partner ICB = Partner.of("NHS Norfolk and Waveney ICB", PartnerType.ICB);
    static final Partner NCC = Partner.of("Norfolk County Council", PartnerType.COUNTY_COUNCIL);
    static final FinancialYear Y2022 = FinancialYear.parse("2022/23");

    /** Norfolk 2022-23 pool (G3, L2276–2304). */
    static PooledFund norfolk2022(boolean section75, FundingStream... leaveOut) {
        List<Contribution> c = new ArrayList<>(List.of(
                Contribution.of(NCC, FundingStream.DFG, Gbp.of(9_157_782)),
                Contribution.of(NCC, FundingStream.IBCF, Gbp.of(39_618_564)),
                Contribution.of(ICB, FundingStream.NHS_MINIMUM, Gbp.of(73_032_095)),
                Contribution.of(NCC, FundingStream.ADDITIONAL_LA, Gbp.of(2_782_610)),
                Contribution.of(NCC, FundingStream.ASC_DISCHARGE_FUND_LA, Gbp.of(3_482_232)),
                Contribution.of(ICB, FundingStream.ASC_DISCHARGE_FUND_ICB, Gbp.of(6_189_372))));
        c.removeIf(x -> List.of(leaveOut).contains(x.stream()));
        return PooledFund.of("Norfolk", Y2022, section75, c);
    }

    // G1: 36.048 + 36.984 = 73.032 £m; council share 49.36%
    @Test
    void norfolkSplitOfTheNhsMinimumAddsUp() {
        NhsMinimumSplit split = new NhsMinimumSplit(Gbp.of(73_032_000), Gbp.of(36_048_000), Gbp.of(36_984_000));
        assertThat(split.check()).isEqualTo(Findings.none());
        assertThat(split.councilSharePercent(2, RoundingMode.HALF_UP)).isEqualByComparingTo("49.36");
        assertThat(split.councilSharePercent(4, RoundingMode.HALF_UP)).isEqualByComparingTo("49.3592");
        assertThat(new NhsMinimumSplit(Gbp.zero(), Gbp.zero(), Gbp.zero()).councilSharePercent(2, RoundingMode.HALF_UP))
                .isEqualByComparingTo("0");
    }

    @Test
    void aSplitThatDoesNotAddUpIsAFindingWithAmounts() {
        // the £m split against the template's £73,032,095: £95 unallocated
        Finding f = new NhsMinimumSplit(Gbp.of(73_032_095), Gbp.of(36_048_000), Gbp.of(36_984_000)).check().list().get(0);
        assertThat(f.ruleId()).isEqualTo("R-PC-1");
        assertThat(f.amounts()).containsEntry("allocated", Gbp.of(73_032_000)).containsEntry("difference", Gbp.of(-95));
        assertThat(f.message()).isEqualTo("council and ICB allocations add up to £73,032,000.00, not the NHS minimum "
                + "contribution £73,032,095.00");
    }

    // G9: £36,048,000 × 1.0566 = £38,088,316.80
    @Test
    void socialCareFloorIsLastYearUpliftedBy566Percent() {
        SocialCareMaintenance nc2 = new SocialCareMaintenance(Gbp.of(36_048_000), Gbp.of(38_088_316), new BigDecimal("0.0566"));
        assertThat(nc2.required()).isEqualTo(Gbp.of(new BigDecimal("38088316.80")));
        Finding f = nc2.check().list().get(0);
        assertThat(f.ruleId()).isEqualTo("R-PC-2");
        assertThat(f.amounts()).containsEntry("shortfall", Gbp.of(new BigDecimal("0.80")));
        assertThat(f.figures()).containsEntry("uplift", new BigDecimal("0.0566"));
        assertThat(f.message()).isEqualTo("NHS contribution to adult social care £38,088,316.00 is below last year's "
                + "£36,048,000.00 uplifted by 5.66%, £38,088,316.80");
        assertThat(new SocialCareMaintenance(Gbp.of(36_048_000), Gbp.of(new BigDecimal("38088316.80")),
                new BigDecimal("0.0566")).check()).isEqualTo(Findings.none());
    }

    @Test
    void outOfHospitalSpendBelowItsMinimumIsAFinding() {
        assertThat(new OutOfHospitalMinimum(Gbp.of(20_000_000), Gbp.of(20_000_000)).check()).isEqualTo(Findings.none());
        Finding f = new OutOfHospitalMinimum(Gbp.of(19_000_000), Gbp.of(20_000_000)).check().list().get(0);
        assertThat(f.ruleId()).isEqualTo("R-PC-3");
        assertThat(f.amounts()).containsEntry("shortfall", Gbp.of(1_000_000)).containsEntry("planned", Gbp.of(19_000_000));
    }

    @Test
    void mandatoryStreamsFollowTheEra() {
        assertThat(MandatoryStreams.required(Y2022)).containsExactlyInAnyOrder(FundingStream.NHS_MINIMUM, FundingStream.DFG,
                FundingStream.IBCF, FundingStream.ASC_DISCHARGE_FUND_LA, FundingStream.ASC_DISCHARGE_FUND_ICB);
        assertThat(MandatoryStreams.required(FinancialYear.parse("2015/16"))).containsExactlyInAnyOrder(
                FundingStream.CCG_MINIMUM, FundingStream.DFG, FundingStream.SOCIAL_CARE_CAPITAL_GRANT);
        assertThat(MandatoryStreams.required(FinancialYear.parse("2017/18"))).containsExactlyInAnyOrder(
                FundingStream.CCG_MINIMUM, FundingStream.DFG, FundingStream.IBCF);
    }

    @Test
    void norfolk2022PoolsEveryMandatoryStream() {
        assertThat(MandatoryStreams.check(norfolk2022(true))).isEqualTo(Findings.none());
    }

    @Test
    void aMissingStreamAndNoSection75AreFindings() {
        Findings findings = MandatoryStreams.check(norfolk2022(false, FundingStream.IBCF, FundingStream.ASC_DISCHARGE_FUND_LA));
        assertThat(findings.list()).extracting(Finding::ruleId, Finding::where).containsExactly(
                org.assertj.core.groups.Tuple.tuple("R-PC-4", "pooledFund.IBCF"),
                org.assertj.core.groups.Tuple.tuple("R-PC-4", "pooledFund.ASC_DISCHARGE_FUND_LA"),
                org.assertj.core.groups.Tuple.tuple("R-PC-5", "pooledFund.section75"));
        assertThat(findings.list().get(0).message()).isEqualTo("mandatory stream iBCF is not pooled in the 2022/23 fund");
        assertThat(findings.list().get(0).amounts()).containsEntry("pooled", Gbp.zero());
    }

    @Test
    void aZeroContributionDoesNotCountAsPooledAndTheCombined2015LineCountsForBoth() {
        PooledFund zeroIbcf = PooledFund.of("X", Y2022, true, List.of(Contribution.of(NCC, FundingStream.IBCF, Gbp.zero())));
        assertThat(MandatoryStreams.check(zeroIbcf, EnumSet.of(FundingStream.IBCF)).size()).isEqualTo(1);
        PooledFund y2015 = PooledFund.of("X", FinancialYear.parse("2015/16"), true, List.of(
                Contribution.of(ICB, FundingStream.CCG_MINIMUM, Gbp.of(1)),
                Contribution.of(NCC, FundingStream.DFG_AND_SOCIAL_CARE_CAPITAL_GRANT, Gbp.of(1))));
        assertThat(MandatoryStreams.check(y2015)).isEqualTo(Findings.none());
        assertThat(MandatoryStreams.check(y2015, EnumSet.noneOf(FundingStream.class))).isEqualTo(Findings.none());
        PooledFund combinedOnly = PooledFund.of("X", FinancialYear.parse("2015/16"), true, List.of(
                Contribution.of(NCC, FundingStream.DFG_AND_SOCIAL_CARE_CAPITAL_GRANT, Gbp.of(1))));
        assertThat(MandatoryStreams.check(combinedOnly).list()).extracting(Finding::where)
                .containsExactly("pooledFund.CCG_MINIMUM");
        PooledFund dfgOnly = PooledFund.of("X", FinancialYear.parse("2015/16"), true, List.of(
                Contribution.of(NCC, FundingStream.DFG, Gbp.of(1))));
        assertThat(MandatoryStreams.check(dfgOnly).list()).extracting(Finding::where)
                .containsExactly("pooledFund.CCG_MINIMUM", "pooledFund.SOCIAL_CARE_CAPITAL_GRANT");
    }

    @Test
    void planComplianceRunsEveryCheckAndComparesTheSplitWithThePool() {
        PlanCompliance norfolk = new PlanCompliance(norfolk2022(true),
                new NhsMinimumSplit(Gbp.of(73_032_000), Gbp.of(36_048_000), Gbp.of(36_984_000)),
                new SocialCareMaintenance(Gbp.of(36_048_000), Gbp.of(38_088_317), new BigDecimal("0.0566")),
                new OutOfHospitalMinimum(Gbp.of(36_984_000), Gbp.of(36_984_000)));
        Findings findings = norfolk.check();
        assertThat(findings.list()).extracting(Finding::ruleId, Finding::where).containsExactly(
                org.assertj.core.groups.Tuple.tuple("R-PC-1", "nhsMinimum.total"));
        assertThat(findings.list().get(0).amounts()).containsEntry("difference", Gbp.of(-95));
        assertThat(findings.list().get(0).message())
                .isEqualTo("the split's NHS minimum £73,032,000.00 differs from the £73,032,095.00 pooled");
        PlanCompliance exact = new PlanCompliance(norfolk2022(true),
                new NhsMinimumSplit(Gbp.of(73_032_095), Gbp.of(36_048_095), Gbp.of(36_984_000)),
                norfolk.socialCare(), norfolk.outOfHospital());
        assertThat(exact.check()).isEqualTo(Findings.none());
    }

    @Test
    void badInputsNameTheField() {
        assertThatThrownBy(() -> new NhsMinimumSplit(Gbp.of(-1), Gbp.zero(), Gbp.zero()))
                .hasMessageContaining("NHS minimum contribution (-£1.00) must not be negative");
        assertThatThrownBy(() -> new NhsMinimumSplit(Gbp.zero(), null, Gbp.zero())).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("council allocation");
        assertThatThrownBy(() -> new SocialCareMaintenance(Gbp.zero(), Gbp.zero(), new BigDecimal("-0.01")))
                .hasMessageContaining("uplift (-0.01) must not be negative");
        assertThatThrownBy(() -> new OutOfHospitalMinimum(Gbp.zero(), Gbp.of(-5)))
                .hasMessageContaining("out-of-hospital minimum (-£5.00)");
        assertThatThrownBy(() -> new NhsMinimumSplit(Gbp.zero(), Gbp.zero(), Gbp.zero()).councilSharePercent(31, RoundingMode.UP))
                .hasMessageContaining("scale (31)");
        assertThatThrownBy(() -> new PlanCompliance(null, null, null, null)).hasMessageContaining("fund");
        assertThatThrownBy(() -> MandatoryStreams.check(null)).hasMessageContaining("fund");
        assertThatThrownBy(() -> MandatoryStreams.check(norfolk2022(true), null)).hasMessageContaining("required");
        assertThatThrownBy(() -> MandatoryStreams.required(null)).hasMessageContaining("year");
    }

    // G1: council £36.048m + ICB £36.984m = £73.032m
    @Test
    void allocatedIsCouncilPlusIcbG1() {
        assertThat(new NhsMinimumSplit(Gbp.of(73_032_000), Gbp.of(36_048_000), Gbp.of(36_984_000)).allocated())
                .isEqualTo(Gbp.of(73_032_000));
        assertThat(new NhsMinimumSplit(Gbp.of(1), Gbp.ofPence(1), Gbp.ofPence(2)).allocated()).isEqualTo(Gbp.ofPence(3));
    }
}

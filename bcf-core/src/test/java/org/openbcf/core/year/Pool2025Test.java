package org.openbcf.core.year;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Findings;
import org.openbcf.core.finding.Rule;
import org.openbcf.core.fund.Contribution;
import org.openbcf.core.fund.FundingStream;
import org.openbcf.core.fund.Partner;
import org.openbcf.core.fund.PartnerType;
import org.openbcf.core.fund.PooledFund;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.time.FinancialYear;

/** The 2025-26 pool: NHS minimum + LABCG + DFG (two lines, R-25-4) + additional (bcf-2024-27 §1.7 R-25-3). */
class Pool2025Test {

    private static final FinancialYear Y2025 = FinancialYear.parse("2025/26");
    private static final Partner ICB = Partner.of("NHS Example ICB", PartnerType.ICB);
    private static final Partner COUNCIL = Partner.of("Example Council", PartnerType.COUNTY_COUNCIL);

    private static List<Contribution> pool2025() {
        return List.of(
                Contribution.of(ICB, FundingStream.NHS_MINIMUM, Gbp.of(60_000_000)),
                // Barking and Dagenham's 2025-26 LABCG (bcf-2024-27 §3)
                Contribution.of(COUNCIL, FundingStream.LABCG, Gbp.of(13_208_845)),
                // Bristol 2024-25 DFG and its January top-up (bcf-2024-27 R-25-4)
                Contribution.of(COUNCIL, FundingStream.DFG, Gbp.of(3_848_548), "April allocation"),
                Contribution.of(COUNCIL, FundingStream.DFG, Gbp.of(529_560), "January top-up"),
                Contribution.of(COUNCIL, FundingStream.ADDITIONAL_LA, Gbp.of(1_000_000)),
                Contribution.of(ICB, FundingStream.ADDITIONAL_NHS, Gbp.of(718_608)));
    }

    @Test
    void a2025PoolWithTwoDfgLinesComputesItsSubTotalsWithoutFindings() {
        PooledFund fund = PooledFund.of("Example", Y2025, true, pool2025());
        // 60,000,000 + 13,208,845 + 3,848,548 + 529,560 = 77,586,953
        assertThat(fund.minimumSubTotal()).isEqualTo(Gbp.of(77_586_953));
        assertThat(fund.additionalSubTotal()).isEqualTo(Gbp.of(1_718_608));
        assertThat(fund.bcfTotal()).isEqualTo(Gbp.of(79_305_561));
        assertThat(fund.dischargeFundTotal()).isEqualTo(Gbp.of(0));
        assertThat(fund.totalByStream().get(FundingStream.DFG)).isEqualTo(Gbp.of(4_378_108));
        assertThat(fund.check().isEmpty()).isTrue();
        assertThat(fund.contributions().get(3)).hasToString(
                "Example Council (county council), Disabled Facilities Grant [January top-up]: £529,560.00");
    }

    @Test
    void anIbcfOrDischargeFundLineIn2025IsAFindingNamingStreamYearAndItsYears() {
        for (FundingStream folded : List.of(FundingStream.IBCF, FundingStream.ASC_DISCHARGE_FUND_LA,
                FundingStream.ASC_DISCHARGE_FUND_ICB)) {
            List<Contribution> rows = new ArrayList<>(pool2025());
            rows.add(Contribution.of(folded.isNhs() ? ICB : COUNCIL, folded, Gbp.of(2_501_842)));
            Findings findings = PooledFund.of("Example", Y2025, true, rows).check();
            assertThat(findings.list()).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(Rule.R_POOL_3);
                assertThat(f.where()).isEqualTo("contributions[7].stream");
                assertThat(f.message()).contains(folded.label(), "2025/26", "exists 2017/18 to 2024/25".replace(
                        "2017/18", folded.firstYear().toString()));
                assertThat(f.amounts().get("amount")).isEqualTo(Gbp.of(2_501_842));
            });
        }
    }

    @Test
    void twoUnlabelledLinesOfOnePartnerAndStreamAreStillDuplicates() {
        List<Contribution> rows = new ArrayList<>(pool2025());
        rows.add(Contribution.of(COUNCIL, FundingStream.DFG, Gbp.of(1), "January top-up"));
        assertThatThrownBy(() -> PooledFund.of("Example", Y2025, true, rows)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("contribution 7 repeats partner Example Council and stream Disabled Facilities Grant "
                        + "line 'January top-up'");
        assertThatThrownBy(() -> Contribution.of(COUNCIL, FundingStream.DFG, Gbp.of(1), null)).hasMessage("line must not be null");
        assertThat(Contribution.of(COUNCIL, FundingStream.DFG, Gbp.of(1), " x ").line()).isEqualTo("x");
        assertThat(Contribution.of(COUNCIL, FundingStream.DFG, Gbp.of(1)).withLine("top-up").line()).isEqualTo("top-up");
    }

    @Test
    void ascSpendFromTheNhsMinimum389PerCentAboveTheBaselineFallsShortInPounds() {
        // bcf-2024-27 §1.7 R-25-1: 2025-26 ≥ 2024-25 × 1.039
        SocialCareFloor short389 = new SocialCareFloor(Gbp.of(10_000_000), Gbp.of(10_389_000));
        assertThat(short389.required()).isEqualTo(Gbp.of(10_390_000));
        assertThat(short389.shortfall()).isEqualTo(Gbp.of(1_000));
        Finding f = short389.check().list().get(0);
        assertThat(f.rule()).isEqualTo(Rule.R_25_1);
        assertThat(f.amounts().get("shortfall")).isEqualTo(Gbp.of(1_000));
        assertThat(f.message()).contains("£10,389,000.00", "£10,390,000.00", "by £1,000.00");
        assertThat(short389.check().size()).isEqualTo(1);
        SocialCareFloor exactly39 = new SocialCareFloor(Gbp.of(10_000_000), Gbp.of(10_390_000));
        assertThat(exactly39.check().isEmpty()).isTrue();
        assertThat(exactly39.shortfall()).isEqualTo(Gbp.of(0));
        // a baseline with pence: 1,234,567.89 × 1.039 = 1,282,716.03771, the floor kept exact
        SocialCareFloor pence = new SocialCareFloor(Gbp.of(new java.math.BigDecimal("1234567.89")),
                Gbp.of(new java.math.BigDecimal("1282716.03")));
        assertThat(Gbp.pounds(pence.shortfall())).isEqualByComparingTo("0.00771");
        assertThatThrownBy(() -> new SocialCareFloor(Gbp.of(-1), Gbp.of(0))).hasMessageContaining("2024-25 baseline");
    }
}

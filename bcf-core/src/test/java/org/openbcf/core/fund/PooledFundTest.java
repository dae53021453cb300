package org.openbcf.core.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openbcf.core.NorfolkFixtures.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openbcf.core.finding.Rule;
import org.openbcf.core.money.Gbp;

class PooledFundTest {

    @Test
    void g13Contributions2015TotalSixtyTwoMillion() {
        PooledFund fund = contributions2015();
        assertThat(fund.total()).isEqualTo(Gbp.of(62_461_000));
        assertThat(Gbp.format(fund.total())).isEqualTo("£62,461,000.00");
        assertThat(fund.totalOf(c -> c.partner().type() == PartnerType.CCG)).isEqualTo(Gbp.of(56_381_000));
        assertThat(fund.totalByPartner()).hasSize(6).containsEntry(NORWICH, Gbp.of(12_245_000));
        assertThat(fund.section75()).isTrue();
        assertThat(fund).hasToString("Norfolk 2015/16 pooled fund (section 75): £62,461,000.00 from 6 contributions");
    }

    @Test
    void g13Contributions2016AndTheChange() {
        PooledFund current = contributions2016();
        assertThat(Gbp.format(current.total())).isEqualTo("£63,573,469.00");
        assertThat(current.totalOf(c -> c.partner().type().isNhs())).isEqualTo(Gbp.of(57_205_805));
        FundChange change = current.changeFrom(contributions2015());
        assertThat(change.from()).isEqualTo(Y2015);
        assertThat(change.to()).isEqualTo(Y2016);
        assertThat(change.total().difference()).isEqualTo(Gbp.of(1_112_469));
        assertThat(change.total().percentageChange(2, RoundingMode.HALF_UP)).contains(new BigDecimal("1.78"));
        assertThat(change.partners()).extracting(c -> Gbp.formatPlain(c.difference()))
                .containsExactly("287664.00", "49276.00", "-80997.00", "197039.00", "291134.00", "368353.00");
        assertThat(change.partners()).extracting(c -> c.percentageChange(2, RoundingMode.HALF_UP).orElseThrow().toPlainString())
                .containsExactly("4.73", "0.69", "-0.70", "1.61", "2.08", "3.22");
    }

    @Test
    void aPartnerInOnlyOneYearCountsAsZeroInTheOther() {
        PooledFund before = PooledFund.of("X", Y2015, false, List.of(Contribution.of(NCC, FundingStream.DFG, Gbp.of(10))));
        PooledFund after = PooledFund.of("X", Y2016, false, List.of(Contribution.of(GYW, FundingStream.CCG_MINIMUM, Gbp.of(5))));
        FundChange change = after.changeFrom(before);
        assertThat(change.partners()).hasSize(2);
        assertThat(change.partners().get(0).previous()).isEqualTo(Gbp.zero());
        assertThat(change.partners().get(0).percentageChange(1, RoundingMode.HALF_UP)).isEmpty();
        assertThat(change.partners().get(1).current()).isEqualTo(Gbp.zero());
        assertThat(change.partners().get(1).percentageChange(0, RoundingMode.HALF_UP)).contains(new BigDecimal("-100"));
    }

    @Test
    void pool2022SubTotalsAsTheEndOfYearTemplate() {
        PooledFund planned = pool2022Planned();
        PooledFund actual = pool2022Actual();
        assertThat(planned.minimumSubTotal()).isEqualTo(Gbp.of(121_808_441));
        assertThat(planned.additionalSubTotal()).isEqualTo(Gbp.zero());
        assertThat(planned.bcfTotal()).isEqualTo(Gbp.of(121_808_441));
        assertThat(actual.bcfTotal()).isEqualTo(Gbp.of(124_591_051));
        assertThat(planned.dischargeFundTotal()).isEqualTo(Gbp.of(9_671_604));
        assertThat(actual.dischargeFundTotal()).isEqualTo(Gbp.of(9_677_932));
        assertThat(planned.total()).isEqualTo(Gbp.of(131_480_045));
        assertThat(actual.total()).isEqualTo(Gbp.of(134_268_983));
        assertThat(planned.totalByStream()).containsEntry(FundingStream.IBCF, Gbp.of(39_618_564));
        assertThat(actual.changeFrom(planned).total().difference()).isEqualTo(Gbp.of(2_788_938));
        assertThat(planned.share(FundingStream.NHS_MINIMUM).multiply(BigDecimal.valueOf(planned.total().getNumber().longValue())))
                .isNotNull();
    }

    @Test
    void sharesOfTheMinimumMatchTheSpec() {
        PooledFund planned = pool2022Planned();
        PooledFund minimumOnly = PooledFund.of("N", Y2022, true, planned.contributions().stream()
                .filter(c -> c.stream().category() == StreamCategory.MINIMUM).toList());
        assertThat(minimumOnly.share(FundingStream.NHS_MINIMUM).movePointRight(2).setScale(2, RoundingMode.HALF_UP))
                .isEqualByComparingTo("59.96");
        assertThat(minimumOnly.share(FundingStream.DFG).movePointRight(2).setScale(2, RoundingMode.HALF_UP))
                .isEqualByComparingTo("7.52");
        assertThat(PooledFund.of("E", Y2022, true, List.of()).share(FundingStream.DFG)).isEqualByComparingTo("0");
    }

    @Test
    void rejectsDuplicatePartnerStreamRows() {
        assertThatThrownBy(() -> PooledFund.of("Norfolk", Y2015, true, List.of(
                Contribution.of(NORWICH, FundingStream.CCG_MINIMUM, Gbp.of(1)),
                Contribution.of(NCC, FundingStream.DFG, Gbp.of(2)),
                Contribution.of(NORWICH, FundingStream.CCG_MINIMUM, Gbp.of(3)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("contribution 3 repeats partner NHS Norwich CCG and stream CCG minimum contribution")
                .hasMessageContaining("first at contribution 1");
    }

    @Test
    void reportsAStreamOutsideItsEraAsAFinding() {
        PooledFund early = PooledFund.of("Norfolk", Y2015, true, List.of(Contribution.of(NCC, FundingStream.IBCF, Gbp.of(1))));
        assertThat(early.check().list()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.R_POOL_3);
            assertThat(f.where()).isEqualTo("contributions[1].stream");
            assertThat(f.message()).contains("funding stream iBCF does not exist in 2015/16 (iBCF exists 2017/18 to 2024/25)");
        });
        assertThat(PooledFund.of("Norfolk", Y2016, true,
                List.of(Contribution.of(NCC, FundingStream.SOCIAL_CARE_CAPITAL_GRANT, Gbp.of(1)))).check().toString())
                .contains("does not exist in 2016/17 (social care capital grant exists 2015/16 to 2015/16)");
        assertThat(PooledFund.of("N", Y2022, true, List.of(Contribution.of(GYW, FundingStream.CCG_MINIMUM, Gbp.of(1)))).check()
                .toString()).contains("CCG minimum contribution does not exist in 2022/23");
    }

    @Test
    void rejectsNegativeContributionsAndNullParts() {
        assertThatThrownBy(() -> Contribution.of(NCC, FundingStream.DFG, Gbp.of(-5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("contribution of Norfolk County Council to Disabled Facilities Grant (-£5.00) must not be negative");
        assertThatThrownBy(() -> Contribution.of(NCC, FundingStream.DFG, Gbp.of(new BigDecimal("0.001"))))
                .hasMessageContaining("whole pennies");
        assertThatThrownBy(() -> Contribution.of(null, FundingStream.DFG, Gbp.of(1)))
                .isInstanceOf(NullPointerException.class).hasMessage("partner must not be null");
        assertThatThrownBy(() -> Contribution.of(NCC, null, Gbp.of(1))).hasMessage("stream must not be null");
        assertThatThrownBy(() -> Contribution.of(NCC, FundingStream.DFG, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> PooledFund.of("N", Y2015, true, java.util.Arrays.asList(
                Contribution.of(NCC, FundingStream.DFG, Gbp.of(1)), null))).hasMessage("contributions[1] must not be null");
        assertThatThrownBy(() -> PooledFund.of(" ", Y2015, true, List.of())).hasMessage("name must not be blank");
        assertThatThrownBy(() -> PooledFund.of("N", null, true, List.of())).hasMessage("year must not be null");
    }

    @Test
    void equalFundsHaveEqualHashCodes() {
        assertThat(contributions2015()).isEqualTo(contributions2015()).hasSameHashCodeAs(contributions2015());
        assertThat(contributions2015()).isNotEqualTo(contributions2016());
        assertThat(contributions2015().contributions().get(1))
                .hasToString("NHS Great Yarmouth and Waveney CCG (CCG), CCG minimum contribution: £7,120,000.00");
    }

    @Test
    void partnersPrintAndParse() {
        assertThat(NORWICH).hasToString("NHS Norwich CCG (CCG)");
        assertThat(Partner.parse("NHS Norwich CCG (CCG)")).isEqualTo(NORWICH);
        assertThat(Partner.parse("Norfolk County Council (county council)")).isEqualTo(NCC);
        assertThat(Partner.parse("Breckland (District_Council)").type()).isEqualTo(PartnerType.DISTRICT_COUNCIL);
        assertThatThrownBy(() -> Partner.parse("Norfolk")).hasMessageContaining("'Norfolk' is not of the form 'name (type)'");
        assertThatThrownBy(() -> Partner.parse("X (parish)")).hasMessageContaining("partner type 'parish'");
        assertThatThrownBy(() -> Partner.of("", PartnerType.CCG)).hasMessage("partner name must not be blank");
        assertThat(NORWICH.compareTo(NCC)).isNegative();
        assertThat(Partner.of("A", PartnerType.CCG).compareTo(Partner.of("A", PartnerType.ICB))).isNegative();
    }

    @Test
    void streamsKnowTheirEras() {
        assertThat(FundingStream.availableIn(Y2015)).contains(FundingStream.CCG_MINIMUM, FundingStream.SOCIAL_CARE_CAPITAL_GRANT)
                .doesNotContain(FundingStream.IBCF, FundingStream.NHS_MINIMUM);
        assertThat(FundingStream.availableIn(Y2022)).contains(FundingStream.NHS_MINIMUM, FundingStream.IBCF,
                FundingStream.ASC_DISCHARGE_FUND_LA, FundingStream.ASC_DISCHARGE_FUND_ICB, FundingStream.ADDITIONAL_NHS)
                .doesNotContain(FundingStream.CCG_MINIMUM);
        assertThat(FundingStream.IBCF.firstYear()).hasToString("2017/18");
        assertThat(FundingStream.IBCF.lastYear()).map(Object::toString).contains("2024/25");
        assertThat(FundingStream.LABCG.lastYear()).isEmpty();
        assertThat(FundingStream.CCG_MINIMUM.lastYear()).map(Object::toString).contains("2021/22");
        assertThat(FundingStream.ASC_DISCHARGE_FUND_ICB.isNhs()).isTrue();
        assertThat(FundingStream.DFG.isNhs()).isFalse();
        assertThat(FundingStream.IBCF.isAvailableIn(FinancialYearOf(2016))).isFalse();
        assertThat(FundingStream.IBCF.isAvailableIn(FinancialYearOf(2017))).isTrue();
        assertThat(FundingStream.CCG_MINIMUM.isAvailableIn(FinancialYearOf(2021))).isTrue();
        assertThat(FundingStream.CCG_MINIMUM.isAvailableIn(FinancialYearOf(2022))).isFalse();
        assertThat(PartnerType.ofLabel("ICB")).isEqualTo(PartnerType.ICB);
        assertThat(PartnerType.COUNTY_COUNCIL.label()).isEqualTo("county council");
    }

    private static org.openbcf.core.time.FinancialYear FinancialYearOf(int start) {
        return org.openbcf.core.time.FinancialYear.of(start);
    }

    /** G3: the 2022-23 template states £131,480,045 planned and £134,268,983 actual (BCF + Discharge Fund). */
    @Test
    void aStatedPoolIsCheckedAgainstEveryContributionDischargeFundIncluded() {
        assertThat(pool2022Planned().checkStatedTotal(Gbp.of(131_480_045))).isEmpty();
        assertThat(pool2022Actual().checkStatedTotal(Gbp.of(134_268_983))).isEmpty();
        var findings = pool2022Planned().checkStatedTotal(Gbp.of(121_808_441)).list();
        assertThat(findings).hasSize(1);
        var f = findings.get(0);
        assertThat(f.rule()).isEqualTo(Rule.R_POOL_4);
        assertThat(f.severity()).isEqualTo(org.openbcf.core.finding.Severity.ERROR);
        assertThat(f.where()).isEqualTo("pooledFund.total");
        assertThat(f.message()).isEqualTo("the stated pooled fund £121,808,441.00 differs from the sum of the contributions "
                + "£131,480,045.00 by -£9,671,604.00");
        assertThat(f.amounts()).containsEntry("stated", Gbp.of(121_808_441)).containsEntry("contributions", Gbp.of(131_480_045))
                .containsEntry("difference", Gbp.of(-9_671_604));
        assertThat(pool2022Planned().checkStatedTotal(Gbp.of(131_480_046)).list().get(0).amounts())
                .containsEntry("difference", Gbp.of(1));
        assertThatThrownBy(() -> pool2022Planned().checkStatedTotal(Gbp.parse("0.001"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stated pooled fund");
        assertThatThrownBy(() -> pool2022Planned().checkStatedTotal(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("stated pooled fund");
    }
}

package org.openbcf.core.year;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import javax.money.MonetaryAmount;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openbcf.core.condition.ConditionSet;
import org.openbcf.core.condition.NationalCondition;
import org.openbcf.core.fund.FundingStream;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.time.FinancialYear;

/**
 * Golden tests for the years of {@code shared/spec/bcf-2017-2027-by-year.md}, each citing its line
 * (Lnnn), and its section 11 source inconsistencies as negative tests (§11.1 … §11.7).
 */
class BcfYearByYearTest {

    private static final String SPEC = "bcf-2017-2027-by-year ";

    private static BcfYear year(String text) {
        return BcfYear.parse(text);
    }

    private static List<String> titles(BcfYear year) {
        return year.conditions().require().stream().map(NationalCondition::title).toList();
    }

    /** L36-60: the four 2017-19 conditions; NC1 and NC2 verbatim (L40, L45), NC3 and NC4 as paraphrased (L48, L52). */
    @Test
    void the2017To19ConditionsAreTheFourOfTheFramework() {
        for (String y : List.of("2017/18", "2018/19")) {
            assertThat(titles(year(y))).containsExactly("Plans to be jointly agreed",
                    "NHS contribution to adult social care is maintained in line with inflation",
                    "Requirement to ring-fence a portion of the clinical commission group minimum to invest in Out of Hospital services",
                    "A requirement to implement the High Impact Change model (HIC) for managing transfers of care");
            assertThat(year(y).conditions().source()).startsWith(SPEC + "L36-60");
        }
        NationalCondition nc1 = year("2017/18").conditions().require().get(0);
        assertThat(nc1.question()).contains("signed off by the Health and Wellbeing Board", "local housing authority",
                "DFG is passed to the districts in full unless jointly agreed otherwise");
        assertThat(year("2017/18").conditionSet()).isEmpty();
        assertThat(year("2017/18").whatNoRequires().callerMustSupply()).isTrue();
    }

    /** L138-141: 2019/20 "The national conditions for the fund were unchanged" (North Tyneside). */
    @Test
    void the2019ConditionsAreThe2017To19FourUnchanged() {
        assertThat(year("2019/20").conditions().require()).isEqualTo(year("2017/18").conditions().require());
        assertThat(year("2019/20").conditions().source()).startsWith(SPEC + "L138-141").contains("unchanged");
        assertThat(year("2019/20").dfgPassedToDistricts().require()).isTrue();
        assertThat(year("2019/20").dfgPassedToDistricts().source()).isEqualTo(SPEC + "L42-43 (2017-19 condition 1), "
                + "L138 (unchanged in 2019/20)");
    }

    /** L192-196: the four 2021/22 conditions. */
    @Test
    void the2021ConditionsAreTheFourOfThe2021To22Framework() {
        assertThat(titles(year("2021/22"))).containsExactly(
                "A jointly agreed plan between local health and social care commissioners, signed off by the Health and "
                        + "Wellbeing Board",
                "NHS contribution to adult social care to be maintained in line with the uplift to CCG minimum contribution",
                "Invest in NHS-commissioned out-of-hospital services",
                "A plan for improving outcomes for people being discharged from hospital");
        assertThat(year("2021/22").conditions().require()).extracting(NationalCondition::id).containsExactly("1", "2", "3", "4");
        assertThat(year("2021/22").conditions().source()).startsWith(SPEC + "L192-196");
    }

    /** L169 (2020/21: required, not listed) and L294 (2026/27: not found) stay the caller's. */
    @Test
    void the2020And2026ConditionsAreTheCallers() {
        assertThat(year("2020/21").conditions().callerMustSupply()).isTrue();
        assertThat(year("2020/21").conditions().source()).contains("does not list them").contains("L169");
        assertThat(year("2026/27").conditions().callerMustSupply()).isTrue();
        assertThat(year("2026/27").conditions().source()).contains("L294");
    }

    /** §11.6 (L64-65): the page that says conditions were "reduced for 2016-17" lists the 2017-19 set. */
    @Test
    void the2017To19ConditionsAreNotThoseOf2016To17() {
        List<NationalCondition> y2016 = year("2016/17").conditions().require();
        assertThat(year("2016/17").conditionSet()).contains(ConditionSet.BCF_2016_17);
        assertThat(y2016).hasSizeGreaterThan(4).doesNotContainAnyElementsOf(year("2017/18").conditions().require());
    }

    /** L207-208: NHS contribution +5.3% in 2021-22; §11.1 (L213-215): Durham's "3.5 percent national uplift" is not it. */
    @Test
    void the2021UpliftIsFivePointThreePerCentNotDurhamsThreePointFive() {
        YearValue<BigDecimal> uplift = year("2021/22").nhsMinimumUplift();
        assertThat(uplift.require()).isEqualByComparingTo("0.053").isNotEqualByComparingTo("0.035");
        assertThat(uplift.source()).startsWith(SPEC + "L207-208");
        // a caller cannot replace the sourced national uplift with Durham's figure
        assertThat(uplift.supply(new BigDecimal("0.035")).require()).isEqualByComparingTo("0.053");
        // the area's own floor (condition 2, L194) is the caller's, and the marker names the conflict
        YearValue<BigDecimal> floor = year("2021/22").socialCareFloor();
        assertThat(floor.callerMustSupply()).isTrue();
        assertThat(floor.source()).contains("5.3% nationally", "Durham", "L212-215");
        assertThat(floor.supply(new BigDecimal("0.035")).origin()).isEqualTo(Origin.CALLER);
    }

    /** L233-234 (every HWB +5.66% for 2023-25) and L45, L105 (2017-19: "in line with inflation", % not found). */
    @Test
    void the2024UpliftIsFivePointSixSixPerCentAndThe2017To19FloorIsInflation() {
        assertThat(year("2024/25").nhsMinimumUplift().require()).isEqualByComparingTo("0.0566");
        assertThat(year("2024/25").nhsMinimumUplift().source()).contains("L233-234");
        assertThat(year("2024/25").socialCareFloor().require()).isEqualByComparingTo("0.0566");
        for (String y : List.of("2017/18", "2018/19", "2019/20")) {
            assertThat(year(y).socialCareFloor().callerMustSupply()).as(y).isTrue();
            assertThat(year(y).socialCareFloor().source()).as(y).contains("in line with inflation", "L105");
            assertThat(year(y).nhsMinimumUplift().callerMustSupply()).as(y).isTrue();
        }
        assertThat(year("2026/27").nhsMinimumUplift().callerMustSupply()).isTrue();
        assertThat(year("2020/21").socialCareFloor().callerMustSupply()).isTrue();
    }

    /**
     * National totals of each stream, £m as stated (§10 L298-309 and the lines cited); C = caller
     * supplies (not found, or stated only rounded: never a guessed national figure).
     */
    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = ';', value = {
            "2017/18;CCG_MINIMUM;C;L104", "2017/18;IBCF;C;L91-94", "2017/18;DFG;431;L101",
            "2018/19;CCG_MINIMUM;C;L128", "2018/19;IBCF;1499;L91", "2018/19;DFG;468;L127",
            "2019/20;CCG_MINIMUM;C;L146", "2019/20;IBCF;1837;L148", "2019/20;DFG;505;L150",
            "2020/21;CCG_MINIMUM;4048;L171", "2020/21;IBCF;2077;L171", "2020/21;DFG;573;L171",
            "2021/22;CCG_MINIMUM;C;L207", "2021/22;IBCF;2077;L208", "2021/22;DFG;573;L207",
            "2022/23;NHS_MINIMUM;C;L229", "2022/23;IBCF;C;L305", "2022/23;DFG;C;L229",
            "2022/23;ASC_DISCHARGE_FUND_LA;200;L226", "2022/23;ASC_DISCHARGE_FUND_ICB;300;L226",
            "2023/24;NHS_MINIMUM;C;L238", "2023/24;IBCF;C;L306", "2023/24;DFG;C;L238",
            "2023/24;ASC_DISCHARGE_FUND_LA;300;L234", "2023/24;ASC_DISCHARGE_FUND_ICB;300;L234",
            "2024/25;NHS_MINIMUM;C;L238", "2024/25;IBCF;2140;L307", "2024/25;DFG;711;L236",
            "2024/25;ASC_DISCHARGE_FUND_LA;C;L307", "2024/25;ASC_DISCHARGE_FUND_ICB;C;L307",
            "2025/26;NHS_MINIMUM;5614;L308", "2025/26;LABCG;2640;L308", "2025/26;DFG;761;L244",
            "2026/27;NHS_MINIMUM;C;L289", "2026/27;LABCG;2640;L269-270", "2026/27;DFG;723;L278",
            "2020/21;ADDITIONAL_LA;C;voluntary", "2026/27;ADDITIONAL_NHS;C;voluntary"})
    void everyStreamHasItsStatedNationalTotalOrACallerSuppliesMarker(String y, String stream, String millions, String line) {
        YearValue<MonetaryAmount> total = year(y).nationalTotal(FundingStream.valueOf(stream));
        assertThat(total.source()).contains(line.equals("voluntary") ? "local and voluntary" : line);
        if (millions.equals("C")) {
            assertThat(total.callerMustSupply()).as(total.toString()).isTrue();
            assertThat(total.source()).contains(y).contains(FundingStream.valueOf(stream).label());
        } else {
            assertThat(total.isSourced()).as(total.toString()).isTrue();
            assertThat(total.require()).isEqualTo(Gbp.of(new BigDecimal(millions).movePointRight(6)));
        }
    }

    /** A figure stated only rounded is not an exact national total: L146 "around £3.8bn", L207 "£6.9bn", L247 "£9 billion". */
    @Test
    void aRoundedFigureIsQuotedNotTakenAsExact() {
        assertThat(year("2019/20").nationalTotal(FundingStream.CCG_MINIMUM).source()).contains("\"around £3.8bn\"",
                "not an exact figure");
        assertThat(year("2021/22").nationalMinimumFund().source()).contains("\"£6.9bn\"");
        assertThat(year("2025/26").nationalMinimumFund().source()).contains("\"the £9 billion Better Care Fund\"", "L247");
        // the three exact 2025-26 streams sum to £9,015m (L249), which "£9 billion" only approximates
        MonetaryAmount streams = sum(year("2025/26"), FundingStream.NHS_MINIMUM, FundingStream.LABCG, FundingStream.DFG);
        assertThat(streams).isEqualTo(Gbp.of(9_015_000_000L));
        assertThat(year("2025/26").nationalMinimumFund().value()).isEmpty();
    }

    /** L171: the 2020-21 policy statement's Table 1 adds up: £4,048m + £2,077m + £573m = £6,698m. */
    @Test
    void the2020FundIsTheSumOfItsThreeStreams() {
        BcfYear y2020 = year("2020/21");
        assertThat(y2020.nationalMinimumFund().require()).isEqualTo(Gbp.of(6_698_000_000L))
                .isEqualTo(sum(y2020, FundingStream.CCG_MINIMUM, FundingStream.IBCF, FundingStream.DFG));
        // L172-173: iBCF £1,837m + £240m winter pressures; DFG £505m (May 2020) + £68m (9 December 2020)
        assertThat(y2020.nationalTotal(FundingStream.IBCF).require())
                .isEqualTo(Gbp.plus(year("2019/20").nationalTotal(FundingStream.IBCF).require(), Gbp.of(240_000_000)));
        assertThat(y2020.nationalTotal(FundingStream.DFG).require())
                .isEqualTo(Gbp.plus(year("2019/20").nationalTotal(FundingStream.DFG).require(), Gbp.of(68_000_000)));
        // L207-208: iBCF and DFG held at 2020-21 levels in 2021-22
        assertThat(year("2021/22").nationalTotal(FundingStream.IBCF).require()).isEqualTo(y2020.nationalTotal(FundingStream.IBCF).require());
    }

    /** §11.5 (L244-246): VODG dates the £50m DFG top-up February 2025 and 2026; it belongs to 2025-26, over £711m (L236-237). */
    @Test
    void theDfgTopUpBelongsTo2025Not2024() {
        MonetaryAmount y2024 = year("2024/25").nationalTotal(FundingStream.DFG).require();
        MonetaryAmount y2025 = year("2025/26").nationalTotal(FundingStream.DFG).require();
        assertThat(y2024).isEqualTo(Gbp.of(711_000_000)).isNotEqualTo(Gbp.of(761_000_000));
        assertThat(Gbp.minus(y2025, y2024)).isEqualTo(Gbp.of(50_000_000));
        // L283: 2026-27 £723m is +1.69% on £711m and -4.99% on £761m (half-up, 2 places)
        MonetaryAmount y2026 = year("2026/27").nationalTotal(FundingStream.DFG).require();
        assertThat(Gbp.percentOf(Gbp.minus(y2026, y2024), y2024, 2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("1.69");
        assertThat(Gbp.percentOf(Gbp.minus(y2026, y2025), y2025, 2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("-4.99");
    }

    /** L265-277: in 2026/27 the LABCG stays a ring-fenced stream with the 2025-26 allocations; no separate Discharge Fund. */
    @Test
    void the2026LabcgIsARingFencedStreamWithThe2025Allocations() {
        BcfYear y2026 = year("2026/27");
        assertThat(y2026.streams().require()).contains(FundingStream.LABCG)
                .doesNotContain(FundingStream.ASC_DISCHARGE_FUND_LA, FundingStream.ASC_DISCHARGE_FUND_ICB, FundingStream.IBCF);
        assertThat(y2026.mandatoryStreams().require()).contains(FundingStream.LABCG);
        assertThat(y2026.labcgAllocations().require()).isEqualTo(FinancialYear.parse("2025/26"));
        assertThat(y2026.labcgAllocations().source()).startsWith(SPEC + "L266-270");
        assertThat(year("2025/26").labcgAllocations().require()).isEqualTo(FinancialYear.parse("2025/26"));
        assertThat(y2026.nationalTotal(FundingStream.LABCG).require())
                .isEqualTo(year("2025/26").nationalTotal(FundingStream.LABCG).require());
        assertThat(y2026.nationalTotal(FundingStream.DFG).source()).startsWith(SPEC + "L278");
        assertThat(y2026.nationalTotal(FundingStream.NHS_MINIMUM).source()).contains("not found");
        assertThat(y2026.nationalMinimumFund().callerMustSupply()).isTrue();
        assertThatThrownBy(() -> year("2024/25").labcgAllocations()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2024/25").hasMessageContaining("2025/26 onwards");
    }

    @Test
    void aStreamThatDoesNotExistInTheYearHasNoNationalTotal() {
        assertThatThrownBy(() -> year("2026/27").nationalTotal(FundingStream.IBCF)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("iBCF").hasMessageContaining("2026/27").hasMessageContaining("2017/18 to 2024/25");
        assertThatThrownBy(() -> year("2021/22").nationalTotal(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("stream");
    }

    /** L132-137 (2019/20), L161-167 (2020/21), L181-191 (2021/22): frameworks, deadlines and sign-offs. */
    @Test
    void the2019To21FrameworksReportingAndSignOffsFollowTheSources() {
        assertThat(year("2019/20").framework().require()).contains("10 April 2019", "18 July 2019");
        assertThat(year("2019/20").reporting().require()).extracting(ReportingItem::toString).containsExactly(
                "final plan, after Health and Wellbeing Board approval: 27 September 2019", "approval letters: December 2019");
        assertThat(year("2019/20").signOffs().require()).hasSize(2);
        assertThat(year("2020/21").framework().require()).contains("3 December 2020", "no formal plans");
        assertThat(year("2020/21").reporting().require()).singleElement().extracting(ReportingItem::toString)
                .asString().startsWith("end-of-year reconciliation");
        assertThat(year("2020/21").signOffs().callerMustSupply()).isTrue();
        assertThat(year("2021/22").reporting().require()).extracting(ReportingItem::toString).containsExactly(
                "planning round: from 30 September 2021", "plan: 16 November 2021");
        assertThat(year("2021/22").signOffs().require()).singleElement().asString().contains("ratify");
    }

    /** §11.7 (L185-186): York says "published in September 2021"; the framework was published 19 August 2021 (L183). */
    @Test
    void the2021FrameworkWasPublishedInAugustNotSeptember() {
        assertThat(year("2021/22").framework().require()).contains("19 August 2021").doesNotContain("September");
        assertThat(year("2021/22").framework().source()).isEqualTo(SPEC + "L181-184");
    }

    /** §11.3 (L144-145): a page headed "10/02/2021" describes 2019/20 planning; the 2019/20 framework is of April 2019. */
    @Test
    void the2019FrameworkIsDatedBy2019SourcesNotAMislabelledPage() {
        assertThat(year("2019/20").framework().require()).doesNotContain("2021");
        assertThat(year("2019/20").framework().source()).doesNotContain("L144").doesNotContain("L145");
    }

    /** §11.4 (L168): Bracknell Forest's "8 June 20201" is no year openbcf reads: the year-end is 2020/21's. */
    @Test
    void aMistypedYearIsRefusedNotRead() {
        assertThatThrownBy(() -> BcfYear.parse("2020/201")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2020/201");
        assertThatThrownBy(() -> BcfYear.parse("20201/02")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("20201/02");
        assertThat(year("2020/21").reporting().source()).contains("L163-167");
    }

    private static MonetaryAmount sum(BcfYear year, FundingStream... streams) {
        return Gbp.sum(java.util.Arrays.stream(streams).map(s -> year.nationalTotal(s).require()).toList());
    }
}

package org.openbcf.core.year;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openbcf.core.condition.ConditionAnswer;
import org.openbcf.core.condition.ConditionSet;
import org.openbcf.core.condition.NationalCondition;
import org.openbcf.core.fund.FundingStream;
import org.openbcf.core.time.FinancialQuarter;
import org.openbcf.core.time.FinancialYear;

class BcfYearTest {

    /**
     * Every year 2015/16..2026/27 answers streams, conditions and minimums: S = sourced, C = caller
     * supplies. Streams cite FundingStream (norfolk-2016 plan; norfolk-2017-2019 FR-04; norfolk-2023-25 F1,
     * F11; bcf-2024-27 §1.3, §1.6); conditions ConditionSet, bcf-2024-27 §1.3 or bcf-2017-2027-by-year
     * L36-60, L138, L192-196; uplift bcf-2024-27 §1.8 and bcf-2017-2027-by-year L207, L233; ASC floor
     * bcf-2024-27 §1.7 R-25-1, norfolk-2023-25 V-NC2 and bcf-2017-2027-by-year L233-234.
     */
    @ParameterizedTest(name = "{0}: streams {1}, conditions {2}, uplift {3}, floor {4}")
    @CsvSource(delimiter = ';', value = {
            "2015/16;CCG_MINIMUM DFG SOCIAL_CARE_CAPITAL_GRANT DFG_AND_SOCIAL_CARE_CAPITAL_GRANT ADDITIONAL_LA ADDITIONAL_NHS;S;C;C",
            "2016/17;CCG_MINIMUM DFG ADDITIONAL_LA ADDITIONAL_NHS;S;C;C",
            "2017/18;CCG_MINIMUM DFG IBCF ADDITIONAL_LA ADDITIONAL_NHS;S;C;C",
            "2018/19;CCG_MINIMUM DFG IBCF ADDITIONAL_LA ADDITIONAL_NHS;S;C;C",
            "2019/20;CCG_MINIMUM DFG IBCF ADDITIONAL_LA ADDITIONAL_NHS;S;C;C",
            "2020/21;CCG_MINIMUM DFG IBCF ADDITIONAL_LA ADDITIONAL_NHS;C;C;C",
            "2021/22;CCG_MINIMUM DFG IBCF ADDITIONAL_LA ADDITIONAL_NHS;S;S;C",
            "2022/23;NHS_MINIMUM DFG IBCF ASC_DISCHARGE_FUND_LA ASC_DISCHARGE_FUND_ICB ADDITIONAL_LA ADDITIONAL_NHS;S;S;S",
            "2023/24;NHS_MINIMUM DFG IBCF ASC_DISCHARGE_FUND_LA ASC_DISCHARGE_FUND_ICB ADDITIONAL_LA ADDITIONAL_NHS;S;S;S",
            "2024/25;NHS_MINIMUM DFG IBCF ASC_DISCHARGE_FUND_LA ASC_DISCHARGE_FUND_ICB ADDITIONAL_LA ADDITIONAL_NHS;S;S;S",
            "2025/26;NHS_MINIMUM DFG LABCG ADDITIONAL_LA ADDITIONAL_NHS;S;C;S",
            "2026/27;NHS_MINIMUM DFG LABCG ADDITIONAL_LA ADDITIONAL_NHS;C;C;C"})
    void everyYearAnswersWithASourcedValueOrACallerSuppliesMarker(String text, String streams, String conditions,
                                                                  String uplift, String floor) {
        BcfYear year = BcfYear.parse(text);
        assertThat(year).hasToString(text);
        assertThat(year.streams().isSourced()).isTrue();
        assertThat(year.streams().require()).containsExactlyElementsOf(
                Arrays.stream(streams.split(" ")).map(FundingStream::valueOf).collect(Collectors.toList()));
        assertOrigin(year.conditions(), conditions);
        assertOrigin(year.nhsMinimumUplift(), uplift);
        assertOrigin(year.socialCareFloor(), floor);
        assertThat(year.outOfHospitalMinimum().callerMustSupply()).isTrue();
        assertThat(year.outOfHospitalMinimum().source()).contains(text);
        // every stream of the year has a national total: sourced (a whole number of pounds) or caller supplies naming it
        for (FundingStream stream : year.streams().require()) {
            YearValue<javax.money.MonetaryAmount> total = year.nationalTotal(stream);
            if (total.isSourced()) {
                assertThat(org.openbcf.core.money.Gbp.pounds(total.require()).stripTrailingZeros().scale()).isLessThanOrEqualTo(0);
            } else {
                assertThat(total.source()).as(total.toString()).contains(text).contains(stream.label());
            }
        }
        for (YearValue<?> value : List.of(year.framework(), year.mandatoryStreams(), year.allowedAnswers(),
                year.whatNoRequires(), year.paymentForPerformance(), year.ibcfPurposes(), year.dfgPassedToDistricts(),
                year.reporting(), year.signOffs(), year.nationalMinimumFund())) {
            assertThat(value).isNotNull();
            if (value.isSourced()) {
                assertThat(value.value()).isPresent();
            } else {
                assertThat(value.callerMustSupply()).isTrue();
                assertThat(value.source()).isNotBlank();
            }
        }
    }

    private static void assertOrigin(YearValue<?> value, String expected) {
        if (expected.equals("S")) {
            assertThat(value.origin()).as(value.toString()).isEqualTo(Origin.SOURCED);
            assertThat(value.value()).isPresent();
        } else {
            assertThat(value.origin()).as(value.toString()).isEqualTo(Origin.CALLER_SUPPLIES);
            assertThat(value.value()).isEmpty();
            assertThat(value.toString()).startsWith("caller supplies: ");
        }
    }

    @Test
    void theYearsAreTheTwelveFrom2015To2026() {
        assertThat(BcfYear.all()).hasSize(12).first().hasToString("2015/16");
        assertThat(BcfYear.all()).last().hasToString("2026/27");
        assertThat(BcfYear.all()).isSorted();
        assertThatThrownBy(() -> BcfYear.parse("2014/15")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2014/15").hasMessageContaining("2015/16 to 2026/27");
        assertThatThrownBy(() -> BcfYear.parse("2027/28")).hasMessageContaining("2027/28");
        assertThatThrownBy(() -> BcfYear.of(null)).hasMessage("year must not be null");
        assertThat(BcfYear.parse("2025/26")).isEqualTo(BcfYear.of(FinancialYear.of(2025)))
                .hasSameHashCodeAs(BcfYear.parse("25/26")).isNotEqualTo(BcfYear.parse("2024/25"));
    }

    @Test
    void the2025FloorIsThreePointNinePerCentAndTheUpliftIsTheCallers() {
        // bcf-2024-27 §1.7 R-25-1; §1.4 "Not seen: ... the uplift %"
        BcfYear y2025 = BcfYear.parse("2025/26");
        assertThat(y2025.socialCareFloor().require()).isEqualByComparingTo("0.039");
        assertThat(y2025.socialCareFloor()).hasToString("0.039 (sourced: bcf-2024-27 §1.7 R-25-1)");
        YearValue<BigDecimal> uplift = BcfYear.parse("2026/27").nhsMinimumUplift();
        assertThat(uplift.callerMustSupply()).isTrue();
        assertThatThrownBy(uplift::require).isInstanceOf(IllegalStateException.class).hasMessageContaining("2026/27");
        YearValue<BigDecimal> supplied = uplift.supply(new BigDecimal("0.05"));
        assertThat(supplied.origin()).isEqualTo(Origin.CALLER);
        assertThat(supplied.require()).isEqualByComparingTo("0.05");
        assertThat(supplied.toString()).startsWith("0.05 (caller: ");
        assertThat(y2025.socialCareFloor().supply(BigDecimal.ONE)).isEqualTo(y2025.socialCareFloor());
        assertThat(BcfYear.parse("2022/23").nhsMinimumUplift().require()).isEqualByComparingTo("0.0566");
    }

    @Test
    void the2025ConditionsAreTheThreeTheSpecRecordsAndTheirAnswersAreTheCallers() {
        BcfYear y2025 = BcfYear.parse("2025/26");
        assertThat(y2025.conditions().require()).extracting(NationalCondition::title).containsExactly(
                "Plans to be jointly agreed", "Implementing the objectives of the BCF",
                "Complying with grant and funding conditions, including maintaining the NHS minimum contribution to adult social care");
        assertThat(y2025.conditionSet()).isEmpty();
        assertThat(y2025.allowedAnswers().callerMustSupply()).isTrue();
        assertThat(BcfYear.parse("2015/16").allowedAnswers().require()).contains(ConditionAnswer.NO_IN_PROGRESS);
        assertThat(BcfYear.parse("2015/16").whatNoRequires().require()).isEqualTo("a comment and a target date");
        assertThat(BcfYear.parse("2023/24").whatNoRequires().require()).isEqualTo("a comment explaining it");
        assertThat(BcfYear.parse("2023/24").conditionSet()).contains(ConditionSet.BCF_2023_25);
        assertThat(BcfYear.parse("2020/21").conditions().source()).contains("2020/21").contains("L169");
        assertThat(BcfYear.parse("2018/19").conditionSet()).isEmpty();
        assertThat(BcfYear.parse("2018/19").allowedAnswers().callerMustSupply()).isTrue();
    }

    @Test
    void the2025StreamsReplaceIbcfAndTheDischargeFundWithTheLabcg() {
        // bcf-2024-27 §1.3: LABCG "formerly known as the improved Better Care Fund"; §1.6 Discharge Fund consolidated
        assertThat(BcfYear.parse("2025/26").mandatoryStreams().require()).containsExactlyInAnyOrder(
                FundingStream.NHS_MINIMUM, FundingStream.DFG, FundingStream.LABCG);
        assertThat(BcfYear.parse("2024/25").mandatoryStreams().require()).contains(FundingStream.IBCF,
                FundingStream.ASC_DISCHARGE_FUND_LA, FundingStream.ASC_DISCHARGE_FUND_ICB);
        assertThat(FundingStream.LABCG.label()).isEqualTo("Local Authority Better Care Grant");
    }

    @Test
    void signOffsReportingAndPurposesFollowTheSources() {
        // bcf-2024-27 §1.3 sign-off; norfolk-2017-2019 GV-02, FR-05
        assertThat(BcfYear.parse("2025/26").signOffs().require()).containsExactly(
                "chief executive of every partner organisation (cannot be delegated)", "the council's section 151 officer",
                "Health and Wellbeing Board (may follow submission)");
        assertThat(BcfYear.parse("2017/18").signOffs().require()).hasSize(2);
        assertThat(BcfYear.parse("2026/27").signOffs().callerMustSupply()).isTrue();
        assertThat(BcfYear.parse("2024/25").reporting().require()).extracting(ReportingItem::toString).containsExactly(
                "2024-25 spending plans and metric targets: by 10 June 2024",
                "section 75 agreement for 2024-25 in place: by 30 September 2024",
                "capacity and demand plan for intermediate and short-term care: with the plan");
        assertThat(BcfYear.parse("2017/18").ibcfPurposes().require()).hasSize(3);
        assertThat(BcfYear.parse("2016/17").ibcfPurposes().require()).isEmpty();
        assertThat(BcfYear.parse("2025/26").ibcfPurposes().require()).isEmpty();
        assertThat(BcfYear.parse("2020/21").ibcfPurposes().callerMustSupply()).isTrue();
        assertThat(BcfYear.parse("2018/19").dfgPassedToDistricts().require()).isTrue();
        assertThat(BcfYear.parse("2026/27").framework().require()).contains("neighbourhood health");
        assertThat(BcfYear.all()).allMatch(y -> y.framework().isSourced());
        assertThatThrownBy(() -> new ReportingItem(" ", "x")).hasMessageContaining("reporting item");
    }

    @Test
    void paymentForPerformanceBelongsTo2015Only() {
        assertThat(BcfYear.paymentForPerformanceYear()).extracting(FinancialQuarter::toString)
                .containsExactly("Q4 2014/15", "Q1 2015/16", "Q2 2015/16", "Q3 2015/16");
        assertThat(BcfYear.parse("2015/16").paymentForPerformance().require()).hasSize(4);
        assertThat(BcfYear.parse("2023/24").paymentForPerformance().require()).isEmpty();
    }

    @Test
    void yearValuesRejectMissingParts() {
        assertThatThrownBy(() -> YearValue.sourced(null, "x")).hasMessage("value must not be null");
        assertThatThrownBy(() -> YearValue.sourced(1, " ")).hasMessage("source must not be blank");
        assertThatThrownBy(() -> YearValue.callerSupplies("")).hasMessage("what must not be blank");
        assertThatThrownBy(() -> YearValue.<Integer>callerSupplies("n").supply(null)).hasMessage("callerValue must not be null");
        assertThat(YearValue.sourced(1, "a")).isEqualTo(YearValue.sourced(1, "a")).hasSameHashCodeAs(YearValue.sourced(1, "a"))
                .isNotEqualTo(YearValue.sourced(2, "a")).isNotEqualTo(YearValue.sourced(1, "b"))
                .isNotEqualTo(YearValue.<Integer>callerSupplies("a"));
    }

    /** norfolk-2023-25 F6 (L1780-1783): the NHS minimum must fund reablement, carers and out-of-hospital services. */
    @Test
    void theNhsMinimumMustFundReablementCarersAndOutOfHospitalIn2022To2024Only() {
        for (BcfYear y : BcfYear.all()) {
            YearValue<java.util.Set<MandatorySpend>> must = y.nhsMinimumMustFund();
            int start = y.year().startYear();
            if (start >= 2022 && start <= 2024) {
                assertThat(must.isSourced()).as(y.toString()).isTrue();
                assertThat(must.require()).containsExactly(MandatorySpend.REABLEMENT, MandatorySpend.CARERS,
                        MandatorySpend.OUT_OF_HOSPITAL);
                assertThat(must.source()).startsWith("norfolk-2023-25 F6 (L1780-1783)");
            } else {
                assertThat(must.callerMustSupply()).as(y.toString()).isTrue();
                assertThat(must.source()).startsWith("what the " + y + " NHS minimum contribution must fund");
            }
        }
        assertThat(BcfYear.parse("2023/24").nhsMinimumMustFund().source()).endsWith("for the 2023-25 plan (F11)");
        assertThat(BcfYear.parse("2016/17").nhsMinimumMustFund().source()).contains("condition 7, R-16-7");
        assertThat(BcfYear.parse("2018/19").nhsMinimumMustFund().source()).contains("2017-19 sources record no such");
        assertThat(BcfYear.parse("2025/26").nhsMinimumMustFund().source()).contains("bcf-2024-27 §1.3");
        assertThat(BcfYear.parse("2020/21").nhsMinimumMustFund().source()).endsWith("not in openbcf's sources");
        assertThat(MandatorySpend.CARERS.label()).isEqualTo("support for unpaid carers");
    }
}

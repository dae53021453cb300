package org.openbcf.core.p4p;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import javax.money.MonetaryAmount;

import org.junit.jupiter.api.Test;
import org.openbcf.core.money.Gbp;

/** Golden figures G-1 to G-10 of spec/norfolk-2016-quarterly-return-and-plan.md, to the penny. */
class PaymentForPerformanceTest {

    private final PerformanceResult norfolk = Norfolk.result();

    static List<String> money(PerformanceResult result, Function<QuarterPayment, MonetaryAmount> figure) {
        return result.quarters().stream().map(figure).map(Gbp::formatPlain).toList();
    }

    static List<Long> counts(PerformanceResult result, Function<QuarterPayment, Long> figure) {
        return result.quarters().stream().map(figure).toList();
    }

    @Test
    void g1BaselinePlanTargetAndPercentChange() {
        assertThat(norfolk.baselineTotal()).isEqualTo(93_089);
        assertThat(norfolk.planTotal()).isEqualTo(89_823);
        assertThat(norfolk.targetReduction()).isEqualTo(3_266);
        assertThat(norfolk.percentChange()).contains(new BigDecimal("3.5"));
    }

    @Test
    void g2PlannedReductionsAndTheirCumulative() {
        assertThat(counts(norfolk, QuarterPayment::plannedReduction)).containsExactly(238L, 618L, 1_217L, 1_193L);
        assertThat(counts(norfolk, QuarterPayment::cumulativePlannedReduction))
                .containsExactly(238L, 856L, 2_073L, 3_266L);
    }

    @Test
    void g3MaximumQuarterlyPaymentsAndCumulativeCap() {
        assertThat(money(norfolk, QuarterPayment::maximumPayment))
                .containsExactly("354620.00", "920820.00", "1813330.00", "1777570.00");
        assertThat(money(norfolk, QuarterPayment::cumulativeCap))
                .containsExactly("354620.00", "1275440.00", "3088770.00", "4866340.00");
    }

    @Test
    void g4PerformancePotIsTargetTimesCost() {
        assertThat(Gbp.formatPlain(norfolk.performancePot())).isEqualTo("4866340.00");
    }

    @Test
    void g5PerformanceAgainstBaseline() {
        assertThat(counts(norfolk, QuarterPayment::actualReduction)).containsExactly(-426L, -15L, -1_075L, 567L);
        assertThat(counts(norfolk, QuarterPayment::cumulativeActualReduction))
                .containsExactly(-426L, -441L, -1_516L, -949L);
        assertThat(norfolk.actualTotal()).isEqualTo(94_038);
        assertThat(norfolk.actualTotal() - norfolk.baselineTotal()).isEqualTo(949);
    }

    @Test
    void g6SuggestedPaymentsAreAllZero() {
        assertThat(money(norfolk, QuarterPayment::suggestedPayment)).containsOnly("0.00").hasSize(4);
        assertThat(money(norfolk, QuarterPayment::amountDue)).containsOnly("0.00").hasSize(4);
        assertThat(Gbp.formatPlain(norfolk.totalSuggestedPayments())).isEqualTo("0.00");
    }

    @Test
    void g7UnreleasedFundsSuggestedAndAgreed() {
        assertThat(money(norfolk, QuarterPayment::unreleasedFunds))
                .containsExactly("354620.00", "920820.00", "1813330.00", "1777570.00");
        assertThat(norfolk.quarters().stream().map(q -> Gbp.formatPlain(q.agreedUnreleasedFunds().orElseThrow())))
                .containsExactly("354620.00", "920820.00", "1813330.00", "1777570.00");
        assertThat(Gbp.formatPlain(norfolk.totalUnreleasedFunds())).isEqualTo("4866340.00");
        assertThat(Gbp.formatPlain(norfolk.totalPaid())).isEqualTo("0.00");
    }

    @Test
    void g8NorfolkPassesTheP4pValidations() {
        assertThat(norfolk.findings().isEmpty()).isTrue();
    }

    @Test
    void g9RingFencedPartOfTheLocalShare() {
        assertThat(norfolk.ringFencedFunds().map(Gbp::formatPlain)).contains("11428660.00");
    }

    @Test
    void g10H1ExactlyOnPlanPaysEveryMaximum() {
        PerformanceResult h1 = PaymentForPerformance.calculate(Norfolk.withReductions(238, 618, 1_217, 1_193), Norfolk.TERMS);
        assertThat(money(h1, QuarterPayment::suggestedPayment))
                .containsExactly("354620.00", "920820.00", "1813330.00", "1777570.00");
        assertThat(money(h1, QuarterPayment::unreleasedFunds)).containsOnly("0.00").hasSize(4);
        assertThat(money(h1, QuarterPayment::amountDue))
                .containsExactly("354620.00", "1275440.00", "3088770.00", "4866340.00");
        assertThat(Gbp.formatPlain(h1.totalPaid())).isEqualTo("4866340.00");
        assertThat(Gbp.formatPlain(h1.totalUnreleasedFunds())).isEqualTo("0.00");
        assertThat(h1.findings().isEmpty()).isTrue();
    }

    @Test
    void g10H2CatchUpThenTheCapBindsAndUnreleasedFundsGoNegative() {
        PerformanceResult h2 = PaymentForPerformance.calculate(Norfolk.withReductions(100, 700, 1_300, 1_200), Norfolk.TERMS);
        assertThat(counts(h2, QuarterPayment::cumulativeActualReduction)).containsExactly(100L, 800L, 2_100L, 3_300L);
        assertThat(money(h2, QuarterPayment::amountDue))
                .containsExactly("149000.00", "1192000.00", "3088770.00", "4866340.00");
        assertThat(money(h2, QuarterPayment::suggestedPayment))
                .containsExactly("149000.00", "1043000.00", "1896770.00", "1777570.00");
        assertThat(money(h2, QuarterPayment::unreleasedFunds))
                .containsExactly("205620.00", "-122180.00", "-83440.00", "0.00");
        assertThat(Gbp.formatPlain(h2.totalPaid())).isEqualTo("4866340.00");
        assertThat(Gbp.formatPlain(h2.totalUnreleasedFunds())).isEqualTo("0.00");
    }

    @Test
    void g10H3DeteriorationHitsTheFloorWithoutClawBack() {
        PerformanceResult h3 = PaymentForPerformance.calculate(Norfolk.withReductions(238, -300, 1_500, 1_193), Norfolk.TERMS);
        assertThat(counts(h3, QuarterPayment::cumulativeActualReduction)).containsExactly(238L, -62L, 1_438L, 2_631L);
        assertThat(money(h3, QuarterPayment::amountDue))
                .containsExactly("354620.00", "0.00", "2142620.00", "3920190.00");
        assertThat(money(h3, QuarterPayment::suggestedPayment))
                .containsExactly("354620.00", "0.00", "1788000.00", "1777570.00");
        assertThat(money(h3, QuarterPayment::unreleasedFunds))
                .containsExactly("0.00", "920820.00", "25330.00", "0.00");
        assertThat(Gbp.formatPlain(h3.totalPaid())).isEqualTo("3920190.00");
        assertThat(Gbp.formatPlain(h3.totalUnreleasedFunds())).isEqualTo("946150.00");
    }

    @Test
    void aZeroOrNegativeTargetGivesNoPotAndNoPayments() {
        AdmissionsSeries flat = AdmissionsSeries.of(Norfolk.FIRST, new long[] {100, 100}, new long[] {100, 101},
                new long[] {50, 50});
        PerformanceResult result = PaymentForPerformance.calculate(flat, Norfolk.TERMS);
        assertThat(result.targetReduction()).isEqualTo(-1);
        assertThat(Gbp.formatPlain(result.performancePot())).isEqualTo("0.00");
        assertThat(money(result, QuarterPayment::maximumPayment)).containsOnly("0.00");
        assertThat(money(result, QuarterPayment::suggestedPayment)).containsOnly("0.00");
        assertThat(result.ringFencedFunds().map(Gbp::formatPlain)).contains("16295000.00");
        assertThat(result.percentChange()).contains(new BigDecimal("-0.5"));
    }

    @Test
    void percentChangeIsEmptyWhenTheBaselineIsZeroAndRoundsHalfUp() {
        AdmissionsSeries zero = AdmissionsSeries.of(Norfolk.FIRST, new long[] {0}, new long[] {0}, new long[] {0});
        assertThat(PaymentForPerformance.calculate(zero, Norfolk.TERMS).percentChange()).isEmpty();
        AdmissionsSeries half = AdmissionsSeries.of(Norfolk.FIRST, new long[] {2000}, new long[] {1999}, new long[] {0});
        assertThat(PaymentForPerformance.calculate(half, Norfolk.TERMS).percentChange()).contains(new BigDecimal("0.1"));
    }

    @Test
    void aLocalShareBelowTheCostCapsThePotAndQuartersStillAddUpToIt() {
        AdmissionsSeries thirds = AdmissionsSeries.of(Norfolk.FIRST, new long[] {11, 11, 11}, new long[] {10, 10, 10},
                new long[] {10, 11, 10});
        PerformanceResult result = PaymentForPerformance.calculate(thirds,
                PerformanceTerms.of(Gbp.of(1490), Gbp.of(100)));
        assertThat(Gbp.formatPlain(result.performancePot())).isEqualTo("100.00");
        assertThat(money(result, QuarterPayment::maximumPayment)).containsExactly("33.33", "33.34", "33.33");
        assertThat(money(result, QuarterPayment::cumulativeCap)).containsExactly("33.33", "66.67", "100.00");
        assertThat(money(result, QuarterPayment::amountDue)).containsExactly("33.33", "33.33", "66.67");
        assertThat(money(result, QuarterPayment::suggestedPayment)).containsExactly("33.33", "0.00", "33.34");
        assertThat(result.ringFencedFunds().map(Gbp::formatPlain)).contains("0.00");
    }

    @Test
    void aHalfPennyRoundsUp() {
        AdmissionsSeries two = AdmissionsSeries.of(Norfolk.FIRST, new long[] {1, 1}, new long[] {0, 0},
                new long[] {0, 1});
        PerformanceResult result = PaymentForPerformance.calculate(two, PerformanceTerms.of(Gbp.of(1), Gbp.ofPence(1)));
        assertThat(money(result, QuarterPayment::maximumPayment)).containsExactly("0.01", "0.00");
        assertThat(money(result, QuarterPayment::suggestedPayment)).containsExactly("0.01", "0.00");
    }

    @Test
    void aNegativePlannedQuarterLowersTheCapButNeverBelowZero() {
        AdmissionsSeries dip = AdmissionsSeries.of(Norfolk.FIRST, new long[] {100, 100, 100},
                new long[] {90, 120, 50}, new long[] {90, 100, 100});
        PerformanceResult result = PaymentForPerformance.calculate(dip, PerformanceTerms.of(Gbp.of(10)));
        assertThat(money(result, QuarterPayment::maximumPayment)).containsExactly("100.00", "-200.00", "500.00");
        assertThat(money(result, QuarterPayment::cumulativeCap)).containsExactly("100.00", "0.00", "400.00");
        assertThat(money(result, QuarterPayment::suggestedPayment)).containsExactly("100.00", "0.00", "0.00");
        assertThat(money(result, QuarterPayment::unreleasedFunds)).containsExactly("0.00", "-200.00", "500.00");
    }

    @Test
    void paymentsAlreadyMadeAreTheAgreedOnesWhenGiven() {
        List<AdmissionsQuarter> quarters = Norfolk.withReductions(238, 618, 1_217, 1_193).quarters();
        AdmissionsSeries agreed = AdmissionsSeries.of(quarters.get(0).withAgreedPayment(Gbp.of(100_000))
                .withComment("part paid"), quarters.get(1), quarters.get(2), quarters.get(3));
        PerformanceResult result = PaymentForPerformance.calculate(agreed, Norfolk.TERMS);
        assertThat(money(result, QuarterPayment::suggestedPayment))
                .containsExactly("354620.00", "1175440.00", "1813330.00", "1777570.00");
        assertThat(money(result, QuarterPayment::payment))
                .containsExactly("100000.00", "1175440.00", "1813330.00", "1777570.00");
        assertThat(result.quarters().get(0).agreedUnreleasedFunds().map(Gbp::formatPlain)).contains("254620.00");
        assertThat(result.quarters().get(1).agreedUnreleasedFunds()).isEmpty();
        assertThat(result.quarters().get(0).agreedPayment().map(Gbp::formatPlain)).contains("100000.00");
        assertThat(result.quarters().get(1).agreedPayment()).isEmpty();
        assertThat(result.quarters().get(0)).isNotEqualTo(result.quarters().get(1)).isNotEqualTo("Q4");
        assertThat(result.quarters().get(0)).isEqualTo(PaymentForPerformance.calculate(agreed, Norfolk.TERMS).quarters().get(0));
        assertThat(Gbp.formatPlain(result.totalPaid())).isEqualTo("4866340.00");
        assertThat(result.findings().isEmpty()).isTrue();
    }

    @Test
    void withoutALocalShareThereIsNoRingFencedPart() {
        PerformanceResult result = PaymentForPerformance.calculate(Norfolk.series(), PerformanceTerms.of(Gbp.of(1490)));
        assertThat(result.ringFencedFunds()).isEmpty();
        assertThat(Gbp.formatPlain(result.performancePot())).isEqualTo("4866340.00");
    }

    @Test
    void aQuarterCanBeLookedUpByItsLabel() {
        QuarterPayment q1 = norfolk.quarter(Norfolk.FIRST.next());
        assertThat(q1.quarter()).hasToString("Q1 2015/16");
        assertThat(Gbp.formatPlain(q1.maximumPayment())).isEqualTo("920820.00");
        assertThat(q1).hasToString("Q1 2015/16: maximum £920,820.00, suggested £0.00, unreleased £920,820.00");
    }

    @Test
    void resultsAreValuesAndPrintTheirTotals() {
        assertThat(Norfolk.result()).isEqualTo(norfolk).hasSameHashCodeAs(norfolk);
        assertThat(PaymentForPerformance.calculate(Norfolk.withReductions(1, 1, 1, 1), Norfolk.TERMS))
                .isNotEqualTo(norfolk);
        assertThat(norfolk).hasToString(
                "target 3266 (3.5%), pot £4,866,340.00, paid £0.00, unreleased £4,866,340.00, 0 findings");
        assertThat(norfolk.series()).isEqualTo(Norfolk.series());
        assertThat(norfolk.terms()).isEqualTo(Norfolk.TERMS);
    }

    // G-10 H1: the running totals of the suggested payments are the amounts due
    @Test
    void g10H1CumulativeSuggestedPayments() {
        PerformanceResult h1 = PaymentForPerformance.calculate(Norfolk.withReductions(238, 618, 1_217, 1_193), Norfolk.TERMS);
        assertThat(h1.cumulativeSuggestedPayments()).extracting(Gbp::formatPlain)
                .containsExactly("354620.00", "1275440.00", "3088770.00", "4866340.00");
        assertThat(h1.cumulativeSuggestedPayments().get(3)).isEqualTo(h1.totalSuggestedPayments());
        assertThat(norfolk.cumulativeSuggestedPayments()).extracting(Gbp::formatPlain).containsOnly("0.00").hasSize(4);
    }
}

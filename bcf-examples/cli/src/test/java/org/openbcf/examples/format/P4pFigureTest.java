package org.openbcf.examples.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.p4p.AdmissionsSeries;
import org.openbcf.core.p4p.PaymentForPerformance;
import org.openbcf.core.p4p.PerformanceResult;
import org.openbcf.core.p4p.PerformanceTerms;
import org.openbcf.core.p4p.QuarterPayment;
import org.openbcf.examples.demo.PaymentForPerformanceSection;

/**
 * The P4P column model: one name, header, kind and reading per figure, for the CSV, the check and the
 * tables. Norfolk 2015/16 (G-1 to G-9): target 3,266, pot £4,866,340.00, first quarter maximum
 * £354,620.00, nothing suggested.
 */
class P4pFigureTest {

    private static final PerformanceResult NORFOLK = PaymentForPerformance.calculate(
            PaymentForPerformanceSection.norfolkSeries().withoutAgreedPayments(), PaymentForPerformanceSection.NORFOLK_TERMS);

    private static final QuarterPayment Q4_2014_15 = NORFOLK.quarters().get(0);

    @Test
    void theCheckNamesAreTheColumnsInCamelCaseAndTheComputedFiguresAreTheOnesTheCheckHadAlways() {
        assertThat(P4pFigure.CUMULATIVE_ACTUAL_REDUCTION.field()).isEqualTo("cumulativeActualReduction");
        assertThat(P4pFigure.QUARTER.field()).isEqualTo("quarter");
        assertThat(P4pFigure.computed().stream().map(P4pFigure::field).toList()).containsExactly("plannedReduction",
                "cumulativePlannedReduction", "actualReduction", "cumulativeActualReduction", "maximumPayment",
                "cumulativeCap", "amountDue", "suggestedPayment", "unreleasedFunds", "agreedUnreleasedFunds");
    }

    @Test
    void theCsvContractIsUnchanged() {
        assertThat(P4pCsv.COLUMNS).containsExactly("quarter", "planned_reduction", "cumulative_planned_reduction",
                "actual_reduction", "cumulative_actual_reduction", "maximum_payment", "suggested_payment", "unreleased_funds");
        assertThat(P4pCsv.EXTRA_COLUMNS).containsExactly("cumulative_cap", "amount_due", "agreed_payment",
                "agreed_unreleased_funds");
    }

    @Test
    void norfolksFirstQuarterForMachinesAndForPeopleG1() {
        assertThat(P4pFigure.QUARTER.value(Q4_2014_15)).isEqualTo("Q4 2014/15");
        assertThat(P4pFigure.PLANNED_REDUCTION.value(Q4_2014_15)).isEqualTo(238L);
        assertThat(P4pFigure.ACTUAL_REDUCTION.text(Q4_2014_15)).isEqualTo("-426");
        assertThat(P4pFigure.BASELINE.text(Q4_2014_15)).isEqualTo("22,905");
        assertThat(P4pFigure.MAXIMUM_PAYMENT.value(Q4_2014_15)).isEqualTo(new BigDecimal("354620.00"));
        assertThat(P4pFigure.MAXIMUM_PAYMENT.text(Q4_2014_15)).isEqualTo("£354,620.00");
        assertThat(P4pFigure.SUGGESTED_PAYMENT.number(Q4_2014_15)).contains(new BigDecimal("0.00"));
        assertThat(P4pFigure.MAXIMUM_PAYMENT.kind()).isEqualTo(FigureKind.MONEY);
        assertThat(P4pFigure.PLAN.isInput()).isTrue();
        assertThat(P4pFigure.AMOUNT_DUE.isInput()).isFalse();
    }

    @Test
    void anAgreedFigureWithoutAnAgreedPaymentIsEmpty() {
        assertThat(P4pFigure.AGREED_PAYMENT.value(Q4_2014_15)).isNull();
        assertThat(P4pFigure.AGREED_UNRELEASED_FUNDS.number(Q4_2014_15)).isEmpty();
        assertThat(P4pFigure.AGREED_UNRELEASED_FUNDS.text(Q4_2014_15)).isEqualTo("-");
    }

    @Test
    void everyMoneyFigureIsTheLibrarysAmountInPounds() {
        AdmissionsSeries series = PaymentForPerformanceSection.norfolkSeries();
        for (QuarterPayment q : PaymentForPerformance.calculate(series, PaymentForPerformanceSection.NORFOLK_TERMS).quarters()) {
            assertSame(P4pFigure.MAXIMUM_PAYMENT.number(q), Optional.of(Gbp.pounds(q.maximumPayment())));
            assertSame(P4pFigure.CUMULATIVE_CAP.number(q), Optional.of(Gbp.pounds(q.cumulativeCap())));
            assertSame(P4pFigure.AMOUNT_DUE.number(q), Optional.of(Gbp.pounds(q.amountDue())));
            assertSame(P4pFigure.SUGGESTED_PAYMENT.number(q), Optional.of(Gbp.pounds(q.suggestedPayment())));
            assertSame(P4pFigure.UNRELEASED_FUNDS.number(q), Optional.of(Gbp.pounds(q.unreleasedFunds())));
            assertSame(P4pFigure.AGREED_PAYMENT.number(q), q.agreedPayment().map(Gbp::pounds));
            assertSame(P4pFigure.AGREED_UNRELEASED_FUNDS.number(q), q.agreedUnreleasedFunds().map(Gbp::pounds));
        }
    }

    private static void assertSame(Optional<BigDecimal> model, Optional<BigDecimal> library) {
        assertThat(model.isPresent()).isEqualTo(library.isPresent());
        model.ifPresent(m -> assertThat(m).isEqualByComparingTo(library.orElseThrow()));
    }

    @Test
    void theQuarterIsALabelNotANumberAndAnUnknownColumnIsNamed() {
        assertThatThrownBy(() -> P4pFigure.QUARTER.number(Q4_2014_15)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("quarter");
        assertThatThrownBy(() -> P4pFigure.ofColumn("amount_owed")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'amount_owed'").hasMessageContaining("amount_due");
        assertThat(P4pFigure.ofColumn("amount_due")).isEqualTo(P4pFigure.AMOUNT_DUE);
    }

    @Test
    void theYearsTotalsG6() {
        assertThat(P4pTotal.TARGET_REDUCTION.value(NORFOLK)).isEqualTo(3266L);
        assertThat(P4pTotal.PERFORMANCE_POT.text(NORFOLK)).isEqualTo("£4,866,340.00");
        assertThat(P4pTotal.COST_PER_ADMISSION.text(NORFOLK)).isEqualTo("£1,490.00");
        // £16,295,000 local share less the £4,866,340 pot
        assertThat(P4pTotal.RING_FENCED_FUNDS.number(NORFOLK)).contains(new BigDecimal("11428660.00"));
        assertThat(P4pTotal.TOTAL_UNRELEASED_FUNDS.value(NORFOLK)).isEqualTo(new BigDecimal("4866340.00"));
        PerformanceResult noShare = PaymentForPerformance.calculate(NORFOLK.series(), PerformanceTerms.of(Gbp.of(1490)));
        assertThat(P4pTotal.RING_FENCED_FUNDS.value(noShare)).isNull();
        assertThat(P4pTotal.LOCAL_SHARE.text(noShare)).isEqualTo("-");
        assertThat(P4pTotal.PERCENT_CHANGE.kind()).isEqualTo(FigureKind.PERCENTAGE);
    }

    @Test
    void kindsPrintForPeopleAsGbpAndGroupingDo() {
        assertThat(FigureKind.MONEY.text(new BigDecimal("-122180"))).isEqualTo(Gbp.format(Gbp.of(-122_180)))
                .isEqualTo("-£122,180.00");
        assertThat(FigureKind.MONEY.text(new BigDecimal("0.5"))).isEqualTo("£0.50");
        assertThat(FigureKind.COUNT.text(3266L)).isEqualTo("3,266");
        assertThat(FigureKind.PERCENTAGE.text(new BigDecimal("-3.27"))).isEqualTo("-3.27");
        assertThat(FigureKind.LABEL.text(null)).isEqualTo("-");
        assertThat(List.of(FigureKind.values())).hasSize(4);
    }
}

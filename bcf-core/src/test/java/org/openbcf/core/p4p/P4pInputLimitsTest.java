package org.openbcf.core.p4p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.time.FinancialQuarter;

/** The P4P input limits and exact running totals (issue 17, "overflow of running totals"). */
class P4pInputLimitsTest {

    private static final FinancialQuarter Q1 = FinancialQuarter.of(2015, 1);

    @Test
    void issue17AgreedPaymentsOfFiftyQuadrillionPoundsAreRefusedNamingTheFieldAndTheLimit() {
        AdmissionsQuarter q = AdmissionsQuarter.of(Q1, 23_320, 22_702, 23_335);
        assertThatThrownBy(() -> q.withAgreedPayment(Gbp.of(new BigDecimal("50000000000000000.00"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("agreed payment for Q1 2015/16 (50000000000000000.00) must be at most £1,000,000,000.00"
                        + " (input limit)");
        assertThatThrownBy(() -> q.withAgreedPaymentPence(5_000_000_000_000_000_000L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("agreed payment for Q1 2015/16 (£50,000,000,000,000,000.00) must be at most"
                        + " £1,000,000,000.00 (input limit)");
        assertThatThrownBy(() -> q.withAgreedPaymentPence(AdmissionsQuarter.MAX_PAYMENT_PENCE + 1))
                .hasMessageContaining("(£1,000,000,000.01) must be at most £1,000,000,000.00");
        assertThat(q.withAgreedPaymentPence(AdmissionsQuarter.MAX_PAYMENT_PENCE).agreedPayment())
                .contains(Gbp.of(1_000_000_000));
    }

    @Test
    void hugeAmountsAreRefusedBeforeConversionQuotingAShortPrefix() {
        AdmissionsQuarter q = AdmissionsQuarter.of(Q1, 1, 1, 1);
        assertThatThrownBy(() -> q.withAgreedPayment(Gbp.of(new BigDecimal("1E+999999999"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("agreed payment for Q1 2015/16 (1E+999999999) must be at most £1,000,000,000.00 (input limit)");
        assertThatThrownBy(() -> PerformanceTerms.of(Gbp.of(new BigDecimal("1E+999999999"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cost per admission (1E+999999999)");
        assertThatThrownBy(() -> PerformanceTerms.of(Gbp.of(1490), Gbp.of(new BigDecimal("1E+999999999"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("local share (1E+999999999)");
    }

    @Test
    void theLocalShareHasAnUpperLimit() {
        PerformanceTerms terms = PerformanceTerms.ofPence(149_000);
        assertThatThrownBy(() -> terms.withLocalSharePence(PerformanceTerms.MAX_LOCAL_SHARE_PENCE + 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("local share (£1,000,000,000.01) must be at most £1,000,000,000.00 (input limit)");
        assertThatThrownBy(() -> terms.withLocalShare(Gbp.of(1_000_000_001)))
                .hasMessageContaining("local share (1000000001) must be at most £1,000,000,000.00");
        assertThat(terms.withLocalSharePence(PerformanceTerms.MAX_LOCAL_SHARE_PENCE).localShare())
                .contains(Gbp.of(1_000_000_000));
    }

    @Test
    void paymentsAtTheLimitInTwoQuartersAreReportedNotWrapped() {
        // issue 17: the largest agreed payments in two quarters of Norfolk's year; the running total of
        // payments made is £2,000,000,000.00 and R-P4P-14 is reported at both quarter ends
        AdmissionsSeries norfolk = Norfolk.series();
        AdmissionsSeries overpaid = AdmissionsSeries.of(
                norfolk.quarters().get(0).withAgreedPaymentPence(AdmissionsQuarter.MAX_PAYMENT_PENCE),
                norfolk.quarters().get(1).withAgreedPaymentPence(AdmissionsQuarter.MAX_PAYMENT_PENCE),
                norfolk.quarters().get(2), norfolk.quarters().get(3));
        PerformanceResult result = PaymentForPerformance.calculate(overpaid, Norfolk.TERMS);
        assertThat(result.quarters()).allSatisfy(q -> assertThat(q.suggestedPaymentPence()).isZero());
        assertThat(result.totalPaidPence()).isEqualTo(200_000_000_000L);
        assertThat(result.findings().ofRule(org.openbcf.core.finding.Rule.R_P4P_14).size()).isEqualTo(4);
        assertThat(P4pOracle.matches(overpaid, Norfolk.TERMS, result)).isTrue();
    }

    @Test
    void theLargestYearFitsExactly() {
        // four quarters of 100,000,000 planned reductions at £1,000,000 an admission: a pot of
        // £400,000,000,000,000.00 in pence fits a long, and every figure is exact
        AdmissionsSeries largest = AdmissionsSeries.of(FinancialQuarter.of(2014, 4), new long[] {100_000_000, 100_000_000, 100_000_000, 100_000_000},
                new long[4], new long[4]);
        PerformanceTerms terms = PerformanceTerms.ofPence(PerformanceTerms.MAX_COST_PENCE);
        PerformanceResult result = PaymentForPerformance.calculate(largest, terms);
        assertThat(result.performancePot()).isEqualTo(Gbp.of(new BigDecimal("400000000000000.00")));
        assertThat(result.totalSuggestedPayments()).isEqualTo(result.performancePot());
        assertThat(P4pOracle.matches(largest, terms, result)).isTrue();
    }

    @Test
    void percentageChangesWithHugeExponentsAreRefusedAtOnce() {
        AdmissionsSeries norfolk = Norfolk.series();
        assertThatThrownBy(() -> norfolk.withActualsChangedBy(new BigDecimal("1E-999999999"), java.math.RoundingMode.HALF_UP))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("percent change (1E-999999999) must have at most 10 decimal places");
        assertThatThrownBy(() -> norfolk.withActualsChangedBy(new BigDecimal("-1E+999999999"), java.math.RoundingMode.HALF_UP))
                .hasMessage("percent change (1E+999999999) must be at most 1,000,000");
        assertThat(norfolk.withActualsChangedBy(new BigDecimal("0.0000000001"), java.math.RoundingMode.HALF_UP))
                .isEqualTo(norfolk);
    }
}

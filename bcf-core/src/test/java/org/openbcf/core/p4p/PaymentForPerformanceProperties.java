package org.openbcf.core.p4p;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import javax.money.MonetaryAmount;

import org.junit.jupiter.api.Test;
import org.openbcf.core.Generators;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.time.FinancialQuarter;
import org.quicktheories.core.Gen;

/** Laws of the P4P rule over random series (issue 3), plus a slow BigDecimal oracle of the rule. */
class PaymentForPerformanceProperties {

    /** A quarter as (baseline, plan, actual) with plan and actual within ±3,000 of the baseline. */
    private static Gen<long[]> rows(long minPlannedReduction, long maxPlannedReduction) {
        return longs().between(0, 60_000).zip(longs().between(minPlannedReduction, maxPlannedReduction),
                longs().between(-3_000, 3_000),
                (b, planned, reduction) -> new long[] {b, Math.max(0, b - planned), Math.max(0, b - reduction)});
    }

    private static Gen<AdmissionsSeries> series(long minPlannedReduction, long maxPlannedReduction) {
        // P4P exists only in its year, Q4 2014/15 .. Q3 2015/16: a series starts at one of its quarters and ends by Q3 2015/16
        Gen<Integer> offset = integers().between(0, 3);
        return offset.zip(lists().of(rows(minPlannedReduction, maxPlannedReduction)).ofSizeBetween(1, 4), (start, rows) -> {
            FinancialQuarter q = FinancialQuarter.of(2014, 4).plusQuarters(start);
            List<AdmissionsQuarter> quarters = new ArrayList<>();
            for (int i = 0; i < Math.min(rows.size(), 4 - start); i++) {
                long[] r = rows.get(i);
                quarters.add(AdmissionsQuarter.of(q.plusQuarters(i), r[0], r[1], r[2]));
            }
            return AdmissionsSeries.of(quarters);
        });
    }

    private static Gen<AdmissionsSeries> anySeries() {
        return series(-1_000, 3_000);
    }

    /** Terms with a cost of 1p to £5,000 and, half the time, a local share that may cap the pot. */
    private static Gen<PerformanceTerms> terms() {
        Gen<PerformanceTerms> plain = longs().between(1, 500_000).map(p -> PerformanceTerms.of(Gbp.ofPence(p)));
        Gen<PerformanceTerms> shared = longs().between(1, 500_000).zip(Generators.pennies(0, 20_000_000),
                (p, share) -> PerformanceTerms.of(Gbp.ofPence(p), share));
        return plain.mix(shared);
    }

    /** A series with random agreed payments in about half of its quarters. */
    private static Gen<AdmissionsSeries> seriesWithAgreedPayments() {
        return anySeries().zip(lists().of(longs().between(-1, 200_000_000)).ofSize(6), (s, pence) -> {
            List<AdmissionsQuarter> quarters = new ArrayList<>();
            for (int i = 0; i < s.size(); i++) {
                AdmissionsQuarter q = s.quarters().get(i);
                quarters.add(pence.get(i) % 2 == 0 ? q.withAgreedPayment(Gbp.ofPence(pence.get(i))) : q);
            }
            return AdmissionsSeries.of(quarters);
        });
    }

    private static long pence(MonetaryAmount amount) {
        return Pence.of(amount);
    }

    @Test
    void suggestedPaymentIsNeverNegative() {
        qt().withFixedSeed(Generators.SEED).forAll(seriesWithAgreedPayments(), terms())
                .check((s, t) -> PaymentForPerformance.calculate(s, t).quarters().stream()
                        .allMatch(q -> !q.suggestedPayment().isNegative() && !q.amountDue().isNegative()));
    }

    @Test
    void cumulativeSuggestedPaymentsNeverExceedTheCumulativeCapWhenNoQuarterPlansAnIncrease() {
        qt().withFixedSeed(Generators.SEED).forAll(series(0, 3_000), terms()).check((s, t) -> {
            long cumulative = 0;
            for (QuarterPayment q : PaymentForPerformance.calculate(s, t).quarters()) {
                cumulative += pence(q.suggestedPayment());
                if (cumulative > pence(q.cumulativeCap())) {
                    return false;
                }
            }
            return true;
        });
    }

    @Test
    void aSuggestedPaymentNeverTakesCumulativePaymentsAboveTheQuartersCap() {
        qt().withFixedSeed(Generators.SEED).forAll(seriesWithAgreedPayments(), terms()).check((s, t) -> {
            long paid = 0;
            for (QuarterPayment q : PaymentForPerformance.calculate(s, t).quarters()) {
                paid += pence(q.payment());
                if (q.suggestedPayment().isPositive() && paid - pence(q.payment()) + pence(q.suggestedPayment())
                        > pence(q.cumulativeCap())) {
                    return false;
                }
            }
            return true;
        });
    }

    @Test
    void whenAgreedPaymentsEqualSuggestedOnesTotalPaidPlusTotalUnreleasedIsThePot() {
        qt().withFixedSeed(Generators.SEED).forAll(anySeries(), terms()).check((s, t) -> {
            PerformanceResult plain = PaymentForPerformance.calculate(s, t);
            List<AdmissionsQuarter> agreed = new ArrayList<>();
            for (QuarterPayment q : plain.quarters()) {
                agreed.add(q.input().withAgreedPayment(q.suggestedPayment()));
            }
            PerformanceResult result = PaymentForPerformance.calculate(AdmissionsSeries.of(agreed), t);
            return result.findings().isEmpty()
                    && Gbp.same(result.totalPaid().add(result.totalUnreleasedFunds()), result.performancePot())
                    && Gbp.same(plain.totalPaid().add(plain.totalUnreleasedFunds()), plain.performancePot());
        });
    }

    @Test
    void aLowerActualInAnyQuarterNeverLowersAnyCumulativeAmountDue() {
        qt().withFixedSeed(Generators.SEED).forAll(anySeries(), terms(), integers().between(0, 5), longs().between(1, 5_000))
                .check((s, t, index, fewer) -> {
                    AdmissionsQuarter q = s.quarters().get(index % s.size());
                    AdmissionsSeries lower = s.withActual(q.quarter(), Math.max(0, q.actual() - fewer));
                    List<QuarterPayment> before = PaymentForPerformance.calculate(s, t).quarters();
                    List<QuarterPayment> after = PaymentForPerformance.calculate(lower, t).quarters();
                    long paidBefore = 0;
                    long paidAfter = 0;
                    for (int i = 0; i < before.size(); i++) {
                        paidBefore += pence(before.get(i).suggestedPayment());
                        paidAfter += pence(after.get(i).suggestedPayment());
                        if (pence(after.get(i).amountDue()) < pence(before.get(i).amountDue()) || paidAfter < paidBefore) {
                            return false;
                        }
                    }
                    return true;
                });
    }

    @Test
    void scalingTheCostByKScalesEveryAmountByK() {
        qt().withFixedSeed(Generators.SEED).forAll(anySeries(), longs().between(1, 100_000), longs().between(1, 50))
                .check((s, cost, k) -> {
                    PerformanceResult one = PaymentForPerformance.calculate(s, PerformanceTerms.of(Gbp.ofPence(cost)));
                    PerformanceResult scaled = PaymentForPerformance.calculate(s, PerformanceTerms.of(Gbp.ofPence(cost * k)));
                    if (pence(scaled.performancePot()) != k * pence(one.performancePot())) {
                        return false;
                    }
                    for (int i = 0; i < s.size(); i++) {
                        QuarterPayment a = one.quarters().get(i);
                        QuarterPayment b = scaled.quarters().get(i);
                        if (pence(b.maximumPayment()) != k * pence(a.maximumPayment())
                                || pence(b.cumulativeCap()) != k * pence(a.cumulativeCap())
                                || pence(b.amountDue()) != k * pence(a.amountDue())
                                || pence(b.suggestedPayment()) != k * pence(a.suggestedPayment())
                                || pence(b.unreleasedFunds()) != k * pence(a.unreleasedFunds())) {
                            return false;
                        }
                    }
                    return true;
                });
    }

    @Test
    void aZeroOrNegativeTargetGivesAZeroPotAndNoPayments() {
        qt().withFixedSeed(Generators.SEED).forAll(series(-3_000, 0), terms()).check((s, t) -> {
            PerformanceResult result = PaymentForPerformance.calculate(s, t);
            return result.targetReduction() <= 0 && result.performancePot().isZero()
                    && result.quarters().stream().allMatch(q -> q.maximumPayment().isZero()
                            && q.suggestedPayment().isZero() && q.unreleasedFunds().isZero());
        });
    }

    @Test
    void everyFigureMatchesASlowBigDecimalReadingOfTheRule() {
        // the oracle (P4pOracle) also checks the running payment totals and the R-P4P-14 findings
        qt().withFixedSeed(Generators.SEED).forAll(seriesWithAgreedPayments(), terms())
                .check((s, t) -> P4pOracle.matches(s, t, PaymentForPerformance.calculate(s, t)));
    }

    @Test
    void thePenceApiGivesTheSameResultsAsTheMonetaryAmountApi() {
        qt().withFixedSeed(Generators.SEED).forAll(seriesWithAgreedPayments(), longs().between(1, 500_000),
                longs().between(-1, 2_000_000_000)).check((s, cost, share) -> {
            PerformanceTerms byAmount = PerformanceTerms.of(Gbp.ofPence(cost));
            PerformanceTerms byPence = PerformanceTerms.ofPence(cost);
            if (share >= 0) {
                byAmount = byAmount.withLocalShare(Gbp.ofPence(share));
                byPence = byPence.withLocalSharePence(share);
            }
            List<AdmissionsQuarter> inPence = new ArrayList<>();
            for (AdmissionsQuarter q : s.quarters()) {
                AdmissionsQuarter plain = AdmissionsQuarter.of(q.quarter(), q.baseline(), q.plan(), q.actual());
                inPence.add(q.agreedPayment().map(a -> plain.withAgreedPaymentPence(pence(a))).orElse(plain));
            }
            PerformanceResult expected = PaymentForPerformance.calculate(s, byAmount);
            PerformanceResult actual = PaymentForPerformance.calculate(AdmissionsSeries.of(inPence), byPence);
            boolean samePence = true;
            for (QuarterPayment q : actual.quarters()) {
                samePence &= q.maximumPaymentPence() == pence(q.maximumPayment())
                        && q.suggestedPaymentPence() == pence(q.suggestedPayment())
                        && q.unreleasedFundsPence() == pence(q.unreleasedFunds());
            }
            return byPence.equals(byAmount) && actual.equals(expected) && samePence;
        });
    }
}

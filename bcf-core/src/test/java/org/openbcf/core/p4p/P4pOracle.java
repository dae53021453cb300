package org.openbcf.core.p4p;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.openbcf.core.money.Gbp;

/**
 * A slow, obviously exact reading of the P4P rule in {@link BigDecimal} pounds, with no limit on
 * the size of any sum: the oracle for the limit and sweep properties.
 */
final class P4pOracle {

    private P4pOracle() {
    }

    /**
     * Whether every figure of the library's result, its running payment totals and its R-P4P-14
     * findings match the exact reading of the rule.
     *
     * @param s      the series
     * @param t      the terms
     * @param result the library's result for them
     * @return true when they all match
     */
    static boolean matches(AdmissionsSeries s, PerformanceTerms t, PerformanceResult result) {
        BigDecimal target = BigDecimal.ZERO;
        for (AdmissionsQuarter q : s.quarters()) {
            target = target.add(BigDecimal.valueOf(q.baseline()).subtract(BigDecimal.valueOf(q.plan())));
        }
        BigDecimal pot = target.signum() <= 0 ? BigDecimal.ZERO : target.multiply(Gbp.pounds(t.costPerAdmission()));
        pot = t.localShare().map(Gbp::pounds).map(pot::min).orElse(pot);
        BigDecimal cumulativePlanned = BigDecimal.ZERO;
        BigDecimal cumulativeActual = BigDecimal.ZERO;
        BigDecimal previousCap = BigDecimal.ZERO;
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal suggestedSoFar = BigDecimal.ZERO;
        long overpaidQuarters = 0;
        for (QuarterPayment q : result.quarters()) {
            AdmissionsQuarter in = q.input();
            cumulativePlanned = cumulativePlanned.add(BigDecimal.valueOf(in.baseline() - in.plan()));
            cumulativeActual = cumulativeActual.add(BigDecimal.valueOf(in.baseline() - in.actual()));
            BigDecimal capSum = pot.signum() == 0 ? BigDecimal.ZERO
                    : cumulativePlanned.multiply(pot).divide(target, 2, RoundingMode.HALF_UP);
            BigDecimal maximum = capSum.subtract(previousCap);
            previousCap = capSum;
            BigDecimal cap = capSum.max(BigDecimal.ZERO);
            BigDecimal due = pot.signum() == 0 ? BigDecimal.ZERO
                    : cumulativeActual.multiply(pot).divide(target, 2, RoundingMode.HALF_UP).max(BigDecimal.ZERO).min(cap);
            BigDecimal suggested = due.subtract(paid).max(BigDecimal.ZERO);
            paid = paid.add(in.agreedPayment().map(Gbp::pounds).orElse(suggested));
            suggestedSoFar = suggestedSoFar.add(suggested);
            overpaidQuarters += paid.compareTo(suggestedSoFar) > 0 ? 1 : 0;
            if (Gbp.pounds(q.maximumPayment()).compareTo(maximum) != 0
                    || Gbp.pounds(q.amountDue()).compareTo(due) != 0
                    || Gbp.pounds(q.suggestedPayment()).compareTo(suggested) != 0
                    || Gbp.pounds(q.unreleasedFunds()).compareTo(maximum.subtract(suggested)) != 0) {
                return false;
            }
        }
        return Gbp.pounds(result.performancePot()).compareTo(pot) == 0
                && BigDecimal.valueOf(result.totalPaidPence(), 2).compareTo(paid) == 0
                && result.findings().ofRule(org.openbcf.core.finding.Rule.R_P4P_14).size() == overpaidQuarters;
    }
}

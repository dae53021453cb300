package org.openbcf.core.p4p;

import java.util.ArrayList;
import java.util.List;

import org.openbcf.core.money.Gbp;
import org.openbcf.core.time.FinancialQuarter;

/**
 * Norfolk's 2015/16 P4P inputs (spec norfolk-2016-quarterly-return-and-plan.md, G-1, G-3, G-5, G-9;
 * seed lines 1791, 1797, 1803, 1895) and the constructed actuals of G-10.
 */
final class Norfolk {

    static final FinancialQuarter FIRST = FinancialQuarter.of(2014, 4);
    static final long[] BASELINE = {22_905, 23_320, 23_029, 23_835};
    static final long[] PLAN = {22_667, 22_702, 21_812, 22_642};
    static final long[] ACTUAL = {23_331, 23_335, 24_104, 23_268};
    static final PerformanceTerms TERMS = PerformanceTerms.of(Gbp.of(1490), Gbp.of(16_295_000));

    private Norfolk() {
    }

    /** The series as returned, with the agreed payments of £0 each quarter (line 1803). */
    static AdmissionsSeries series() {
        List<AdmissionsQuarter> quarters = new ArrayList<>();
        for (AdmissionsQuarter q : AdmissionsSeries.of(FIRST, BASELINE, PLAN, ACTUAL).quarters()) {
            quarters.add(q.withAgreedPayment(Gbp.zero()));
        }
        return AdmissionsSeries.of(quarters);
    }

    /** Norfolk's baselines and plans with actuals giving the quarterly reductions r (G-10). */
    static AdmissionsSeries withReductions(long... r) {
        long[] actual = new long[r.length];
        for (int i = 0; i < r.length; i++) {
            actual[i] = BASELINE[i] - r[i];
        }
        return AdmissionsSeries.of(FIRST, BASELINE, PLAN, actual);
    }

    static PerformanceResult result() {
        return PaymentForPerformance.calculate(series(), TERMS);
    }
}

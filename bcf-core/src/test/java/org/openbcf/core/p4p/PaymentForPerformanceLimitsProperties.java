package org.openbcf.core.p4p;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openbcf.core.Generators;
import org.openbcf.core.time.FinancialQuarter;
import org.quicktheories.core.Gen;

/**
 * Laws of the P4P rule at the input limits (issue 17): counts at 0 or near 100,000,000, agreed
 * payments near £1,000,000,000, the largest cost and local share. Every figure, running total and
 * R-P4P-14 finding matches the exact {@link P4pOracle}, so no sum overflows silently.
 */
class PaymentForPerformanceLimitsProperties {

    private static final long MAX = AdmissionsQuarter.MAX_COUNT;

    /** A count at one of the ends of its range or anywhere in it. */
    private static Gen<Long> count() {
        return longs().between(MAX - 1_000, MAX).mix(longs().between(0, 1_000)).mix(longs().between(0, MAX));
    }

    /** An agreed payment near the limit, anywhere, or none (-1). */
    private static Gen<Long> payment() {
        return longs().between(AdmissionsQuarter.MAX_PAYMENT_PENCE - 1_000, AdmissionsQuarter.MAX_PAYMENT_PENCE)
                .mix(longs().between(-1, AdmissionsQuarter.MAX_PAYMENT_PENCE));
    }

    private static Gen<AdmissionsSeries> seriesAtTheLimits() {
        Gen<long[]> row = count().zip(count(), count(), payment(), (b, p, a, pay) -> new long[] {b, p, a, pay});
        // the P4P year, Q4 2014/15 to Q3 2015/16: a series starts where it may and fits inside it
        Gen<Integer> offset = integers().between(0, 3);
        return offset.zip(lists().of(row).ofSizeBetween(1, 4), (o, rows) -> {
            FinancialQuarter q = FinancialQuarter.of(2014, 4).plusQuarters(Math.min(o, 4 - rows.size()));
            List<AdmissionsQuarter> quarters = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                long[] r = rows.get(i);
                AdmissionsQuarter quarter = AdmissionsQuarter.of(q.plusQuarters(i), r[0], r[1], r[2]);
                quarters.add(r[3] >= 0 ? quarter.withAgreedPaymentPence(r[3]) : quarter);
            }
            return AdmissionsSeries.of(quarters);
        });
    }

    private static Gen<PerformanceTerms> termsAtTheLimits() {
        Gen<Long> cost = longs().between(PerformanceTerms.MAX_COST_PENCE - 100, PerformanceTerms.MAX_COST_PENCE)
                .mix(longs().between(1, PerformanceTerms.MAX_COST_PENCE));
        Gen<Long> share = longs().between(-1, PerformanceTerms.MAX_LOCAL_SHARE_PENCE)
                .mix(longs().between(PerformanceTerms.MAX_LOCAL_SHARE_PENCE - 100, PerformanceTerms.MAX_LOCAL_SHARE_PENCE));
        return cost.zip(share, (c, s) -> s < 0 ? PerformanceTerms.ofPence(c)
                : PerformanceTerms.ofPence(c).withLocalSharePence(s));
    }

    @Test
    void runningTotalsNeverOverflowSilentlyAtTheInputLimits() {
        qt().withFixedSeed(Generators.SEED).withExamples(2_000).forAll(seriesAtTheLimits(), termsAtTheLimits())
                .check((s, t) -> P4pOracle.matches(s, t, PaymentForPerformance.calculate(s, t)));
    }

    @Test
    void aSweepOutcomeMatchesTheExactRuleAtTheInputLimits() {
        qt().withFixedSeed(Generators.SEED).withExamples(500)
                .forAll(seriesAtTheLimits(), termsAtTheLimits(), lists().of(count()).ofSize(4))
                .check((s, t, counts) -> {
                    long[] actuals = new long[s.size()];
                    for (int i = 0; i < actuals.length; i++) {
                        actuals[i] = counts.get(i);
                    }
                    ScenarioSweep sweep = ScenarioSweep.of(s, t);
                    PerformanceResult full = sweep.result(actuals);
                    return P4pOracle.matches(full.series(), t, full)
                            && ScenarioSweepProperties.sameFigures(sweep.evaluate(actuals), full);
                });
    }
}

package org.openbcf.core.p4p;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openbcf.core.Generators;
import org.openbcf.core.money.Gbp;
import org.quicktheories.core.Gen;

/** Laws of {@link ScenarioSweep}: it is {@link PaymentForPerformance#calculate}, faster (issue 16). */
class ScenarioSweepProperties {

    private static final RoundingMode[] MODES = RoundingMode.values();

    /** Norfolk's year with random agreed payments (or none) and comments (or none). */
    private static Gen<AdmissionsSeries> bases() {
        return lists().of(longs().between(-3, 200_000_000)).ofSize(4).map(pence -> {
            List<AdmissionsQuarter> quarters = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                AdmissionsQuarter q = Norfolk.series().quarters().get(i);
                AdmissionsQuarter plain = AdmissionsQuarter.of(q.quarter(), q.baseline(), q.plan(), q.actual());
                long p = pence.get(i);
                quarters.add(p == -3 ? plain.withComment("x".repeat(751)) : p == -2 ? plain.withComment(" ")
                        : p == -1 ? plain : plain.withAgreedPaymentPence(p));
            }
            return AdmissionsSeries.of(quarters);
        });
    }

    private static Gen<PerformanceTerms> terms() {
        return longs().between(1, 500_000).zip(longs().between(-1, 2_000_000_000),
                (cost, share) -> share < 0 ? PerformanceTerms.ofPence(cost)
                        : PerformanceTerms.ofPence(cost).withLocalSharePence(share));
    }

    private static Gen<long[]> actuals() {
        return lists().of(longs().between(18_000, 28_000)).ofSize(4)
                .map(l -> l.stream().mapToLong(Long::longValue).toArray());
    }

    /**
     * Whether an outcome has the figures of a full result.
     *
     * @param outcome the sweep's outcome
     * @param full    the full result of the same scenario
     * @return true when every figure and the finding count agree
     */
    static boolean sameFigures(SweepOutcome outcome, PerformanceResult full) {
        for (int i = 0; i < full.quarters().size(); i++) {
            if (outcome.suggestedPaymentPence(i) != full.quarters().get(i).suggestedPaymentPence()) {
                return false;
            }
        }
        return outcome.quarters() == full.quarters().size()
                && outcome.totalSuggested().equals(full.totalSuggestedPayments())
                && Gbp.ofPence(outcome.totalUnreleasedPence()).equals(full.totalUnreleasedFunds())
                && outcome.findingCount() == full.findings().size();
    }

    @Test
    void aSweepOutcomeHasTheFiguresOfTheFullCalculation() {
        qt().withFixedSeed(Generators.SEED).forAll(bases(), terms(), actuals()).check((base, t, actuals) -> {
            ScenarioSweep sweep = ScenarioSweep.of(base, t);
            AdmissionsSeries changed = base;
            for (int i = 0; i < 4; i++) {
                changed = changed.withActual(base.quarters().get(i).quarter(), actuals[i]);
            }
            PerformanceResult full = PaymentForPerformance.calculate(changed, t);
            return sameFigures(sweep.evaluate(actuals), full) && sweep.result(actuals).equals(full);
        });
    }

    @Test
    void theParallelSweepGivesTheSequentialOutcomes() {
        qt().withFixedSeed(Generators.SEED).withExamples(50).forAll(bases(), terms(), integers().between(0, 300))
                .check((base, t, count) -> {
                    ScenarioSweep sweep = ScenarioSweep.of(base, t);
                    ScenarioSweep.ActualsSource source = (s, q) -> 20_000 + (s * 37L + q * 101L) % 8_000;
                    List<SweepOutcome> parallel = sweep.outcomes(count, source).collect(Collectors.toList());
                    List<SweepOutcome> sequential = sweep.outcomesSequential(count, source).collect(Collectors.toList());
                    return parallel.equals(sequential)
                            && sweep.summarise(count, source).equals(sweep.summariseSequential(count, source));
                });
    }

    @Test
    void percentageChangesRoundAsTheSeriesDoes() {
        qt().withFixedSeed(Generators.SEED).forAll(longs().between(-100_000_000, 100_000_000),
                longs().between(-20_000, 20_000), integers().between(0, 5), integers().between(0, MODES.length - 2))
                .check((first, step, s, m) -> {
                    BigDecimal firstPercent = BigDecimal.valueOf(first, 6);
                    BigDecimal stepPercent = BigDecimal.valueOf(step, 6);
                    RoundingMode mode = MODES[m];
                    AdmissionsSeries base = Norfolk.series();
                    ScenarioSweep.ActualsSource source = ScenarioSweep.actualsChangedBy(base, firstPercent, stepPercent, mode);
                    BigDecimal percent = firstPercent.add(stepPercent.multiply(BigDecimal.valueOf(s)));
                    AdmissionsSeries expected;
                    try {
                        expected = base.withActualsChangedBy(percent, mode);
                    } catch (IllegalArgumentException outOfRange) {
                        return true;
                    }
                    for (int q = 0; q < 4; q++) {
                        if (source.actual(s, q) != expected.quarters().get(q).actual()) {
                            return false;
                        }
                    }
                    return true;
                });
    }

    @Test
    void exactRoundingMatchesBigDecimalDivision() {
        qt().withFixedSeed(Generators.SEED).forAll(longs().between(-1_000_000_000_000L, 1_000_000_000_000L),
                longs().between(1, 1_000_000), integers().between(0, MODES.length - 2)).check((dividend, divisor, m) -> {
                    RoundingMode mode = MODES[m];
                    long expected = BigDecimal.valueOf(dividend).divide(BigDecimal.valueOf(divisor), 0, mode).longValueExact();
                    return Rounding.divide(dividend, divisor, mode) == expected;
                });
    }
}

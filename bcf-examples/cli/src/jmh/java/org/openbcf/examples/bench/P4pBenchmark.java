package org.openbcf.examples.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openbcf.core.p4p.AdmissionsQuarter;
import org.openbcf.core.p4p.AdmissionsSeries;
import org.openbcf.core.p4p.PaymentForPerformance;
import org.openbcf.core.p4p.PerformanceResult;
import org.openbcf.core.p4p.PerformanceTerms;
import org.openbcf.core.p4p.Scenario;
import org.openbcf.core.p4p.ScenarioResult;
import org.openbcf.examples.demo.PaymentForPerformanceSection;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One P4P year (Norfolk 2015/16) and a 10,000-scenario sweep (every actual changed by -10.00% to
 * +9.998% in steps of 0.002%), each by the library and by {@link LongReference} in the same run.
 * Run with {@code java -jar bcf-examples/target/benchmarks.jar} (docs/performance.md, "Benchmarks (JMH)").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
public class P4pBenchmark {

    private static final int SCENARIOS = 10_000;

    private AdmissionsSeries norfolk;
    private PerformanceTerms terms;
    private List<Scenario> scenarios;

    private long[] baseline;
    private long[] plan;
    private long[] actual;
    private long[] agreed;
    private long[][] sweepActuals;
    private long[] noAgreed;
    private long costPence;
    private long sharePence;

    /** Builds the inputs once; building is not measured. */
    @Setup
    public void setUp() {
        norfolk = PaymentForPerformanceSection.norfolkSeries();
        terms = PaymentForPerformanceSection.NORFOLK_TERMS;
        Scenario base = Scenario.of("Norfolk", norfolk, terms).withSuggestedPayments();
        scenarios = new ArrayList<>(SCENARIOS);
        for (int i = 0; i < SCENARIOS; i++) {
            BigDecimal percent = BigDecimal.valueOf(i * 2L - SCENARIOS, 3);
            scenarios.add(base.withActualsChangedBy(percent, RoundingMode.HALF_UP));
        }
        int n = norfolk.size();
        baseline = new long[n];
        plan = new long[n];
        actual = new long[n];
        agreed = new long[n];
        noAgreed = new long[n];
        for (int i = 0; i < n; i++) {
            AdmissionsQuarter q = norfolk.quarters().get(i);
            baseline[i] = q.baseline();
            plan[i] = q.plan();
            actual[i] = q.actual();
            agreed[i] = q.agreedPayment().map(a -> a.getNumber().numberValue(BigDecimal.class).movePointRight(2)
                    .longValueExact()).orElse(-1L);
            noAgreed[i] = -1;
        }
        sweepActuals = new long[SCENARIOS][];
        for (int s = 0; s < SCENARIOS; s++) {
            sweepActuals[s] = scenarios.get(s).series().quarters().stream().mapToLong(AdmissionsQuarter::actual).toArray();
        }
        costPence = 149_000;
        sharePence = 1_629_500_000L;
    }

    /**
     * The library on one year.
     *
     * @return the result
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public PerformanceResult yearLibrary() {
        return PaymentForPerformance.calculate(norfolk, terms);
    }

    /**
     * The reference on one year.
     *
     * @return the figures
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public long[] yearReference() {
        return LongReference.calculate(baseline, plan, actual, agreed, costPence, sharePence);
    }

    /**
     * The library on 10,000 scenarios.
     *
     * @return the results
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<ScenarioResult> sweepLibrary() {
        return Scenario.evaluateAll(scenarios);
    }

    /**
     * The reference on 10,000 scenarios.
     *
     * @return the figures
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public long[][] sweepReference() {
        long[][] out = new long[SCENARIOS][];
        for (int s = 0; s < SCENARIOS; s++) {
            out[s] = LongReference.calculate(baseline, plan, sweepActuals[s], noAgreed, costPence, sharePence);
        }
        return out;
    }
}

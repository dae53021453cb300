package org.openbcf.examples.bench;

import java.util.concurrent.TimeUnit;

import org.openbcf.core.p4p.AdmissionsSeries;
import org.openbcf.core.p4p.PaymentForPerformance;
import org.openbcf.core.p4p.PerformanceResult;
import org.openbcf.core.p4p.PerformanceTerms;
import org.openbcf.core.time.FinancialQuarter;
import org.openbcf.metrics.funnel.FunnelLimits;
import org.openbcf.metrics.stats.Estimate;
import org.openbcf.metrics.stats.StandardisedRate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The library and its floor measured at the same time, one thread each, in a JMH group: on a shared
 * machine both see the same load, so the ratio of their scores holds even when the times do not.
 * The same work as {@link P4pBenchmark} (one year), {@link SweepBenchmark} (Norfolk's 10,000
 * scenarios on one thread), {@link StatisticsBenchmark} and {@link FunnelBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PairedBenchmark {

    private final SweepBenchmark sweep = new SweepBenchmark();
    private final StatisticsBenchmark statistics = new StatisticsBenchmark();
    private final FunnelBenchmark funnel = new FunnelBenchmark();
    private AdmissionsSeries norfolk;
    private PerformanceTerms terms;
    private long[] agreed;

    /** Builds the inputs once. */
    @Setup
    public void setUp() {
        sweep.setUp();
        statistics.setUp();
        funnel.setUp();
        norfolk = AdmissionsSeries.of(FinancialQuarter.parse("Q4 14/15"), SweepBenchmark.BASELINE, SweepBenchmark.PLAN,
                SweepBenchmark.ACTUAL);
        terms = PerformanceTerms.ofPence(SweepBenchmark.COST_PENCE).withLocalSharePence(SweepBenchmark.SHARE_PENCE);
        agreed = new long[] {-1, -1, -1, -1};
    }

    /** @return the library's year */
    @Benchmark
    @Group("year")
    @GroupThreads(1)
    public PerformanceResult yearLibrary() {
        return PaymentForPerformance.calculate(norfolk, terms);
    }

    /** @return the reference's year */
    @Benchmark
    @Group("year")
    @GroupThreads(1)
    public long[] yearReference() {
        return LongReference.calculate(SweepBenchmark.BASELINE, SweepBenchmark.PLAN, SweepBenchmark.ACTUAL, agreed,
                SweepBenchmark.COST_PENCE, SweepBenchmark.SHARE_PENCE);
    }

    /** @return the library's 10,000 scenarios on one thread */
    @Benchmark
    @Group("sweep")
    @GroupThreads(1)
    public long sweepLibrary() {
        return sweep.norfolkLibrarySequential();
    }

    /** @return the reference's 10,000 scenarios */
    @Benchmark
    @Group("sweep")
    @GroupThreads(1)
    public long sweepReference() {
        return sweep.norfolkReferenceSequential();
    }

    /** @return the library's Wilson interval */
    @Benchmark
    @Group("wilson")
    @GroupThreads(1)
    public Estimate wilsonLibrary() {
        return statistics.wilsonLibrary();
    }

    /** @return the plain Wilson interval */
    @Benchmark
    @Group("wilson")
    @GroupThreads(1)
    public double[] wilsonPlain() {
        return statistics.wilsonPlain();
    }

    /** @return the library's rate with Byar's limits */
    @Benchmark
    @Group("byar")
    @GroupThreads(1)
    public Estimate byarLibrary() {
        return statistics.byarLibrary();
    }

    /** @return the plain rate with Byar's limits */
    @Benchmark
    @Group("byar")
    @GroupThreads(1)
    public double[] byarPlain() {
        return statistics.byarPlain();
    }

    /** @return the library's DSR */
    @Benchmark
    @Group("dsr")
    @GroupThreads(1)
    public StandardisedRate dsrLibrary() {
        return statistics.dsrLibrary();
    }

    /** @return the plain DSR */
    @Benchmark
    @Group("dsr")
    @GroupThreads(1)
    public double[] dsrPlain() {
        return statistics.dsrPlain();
    }

    /** @return the library's four ratio funnel limits */
    @Benchmark
    @Group("funnel")
    @GroupThreads(1)
    public FunnelLimits funnelLibrary() {
        return funnel.limitsLibrary();
    }

    /** @return the plain floor's four ratio funnel limits */
    @Benchmark
    @Group("funnel")
    @GroupThreads(1)
    public double[] funnelPlain() {
        return funnel.limitsPlain();
    }

    /** @return the library's national sweep on one thread */
    @Benchmark
    @Group("national")
    @GroupThreads(1)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long nationalLibrary() {
        return sweep.nationalLibrarySequential();
    }

    /** @return the reference's national sweep on one thread */
    @Benchmark
    @Group("national")
    @GroupThreads(1)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long nationalReference() {
        return sweep.nationalReferenceSequential();
    }
}

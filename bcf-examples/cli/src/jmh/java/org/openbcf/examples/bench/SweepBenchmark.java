package org.openbcf.examples.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.openbcf.core.p4p.AdmissionsSeries;
import org.openbcf.core.p4p.PerformanceTerms;
import org.openbcf.core.p4p.ScenarioSweep;
import org.openbcf.core.p4p.SweepSummary;
import org.openbcf.core.time.FinancialQuarter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@link ScenarioSweep} against {@link LongReference} (issue 16): a 10,000-scenario sweep of Norfolk
 * 2015/16 (every actual changed by -10.000% to +9.998% in steps of 0.002%, HALF_UP) and the national
 * sweep, 152 boards × 10,000 scenarios, each on one thread and on all cores. Both sides compute each
 * scenario's actuals from its percentage in exact integers and reduce the year totals of suggested
 * payments, so neither keeps its results; the library also validates every actual and counts findings.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
public class SweepBenchmark {

    static final int SCENARIOS = 10_000;
    static final int BOARDS = 152;
    static final long[] BASELINE = {22_905, 23_320, 23_029, 23_835};
    static final long[] PLAN = {22_667, 22_702, 21_812, 22_642};
    static final long[] ACTUAL = {23_331, 23_335, 24_104, 23_268};
    static final long COST_PENCE = 149_000;
    static final long SHARE_PENCE = 1_629_500_000L;
    /** Percentages in millionths: -10% first, 0.002% a step. */
    static final long FIRST_UNITS = -10_000_000L;
    static final long STEP_UNITS = 2_000L;
    static final long HUNDRED_UNITS = 100_000_000L;

    private ScenarioSweep norfolk;
    private ScenarioSweep.ActualsSource norfolkChanges;
    private ScenarioSweep[] boards;
    private ScenarioSweep.ActualsSource[] boardChanges;
    private long[][] boardBaseline;
    private long[][] boardPlan;
    private long[][] boardActual;
    private long[] boardShare;

    /** Builds the boards once: Norfolk's figures scaled by 0.25 to 2.5; building is not measured. */
    @Setup
    public void setUp() {
        FinancialQuarter first = FinancialQuarter.parse("Q4 14/15");
        PerformanceTerms terms = PerformanceTerms.ofPence(COST_PENCE).withLocalSharePence(SHARE_PENCE);
        AdmissionsSeries series = AdmissionsSeries.of(first, BASELINE, PLAN, ACTUAL);
        norfolk = ScenarioSweep.of(series, terms);
        norfolkChanges = ScenarioSweep.actualsChangedBy(series, BigDecimal.valueOf(FIRST_UNITS, 6),
                BigDecimal.valueOf(STEP_UNITS, 6), RoundingMode.HALF_UP);
        boards = new ScenarioSweep[BOARDS];
        boardChanges = new ScenarioSweep.ActualsSource[BOARDS];
        boardBaseline = new long[BOARDS][];
        boardPlan = new long[BOARDS][];
        boardActual = new long[BOARDS][];
        boardShare = new long[BOARDS];
        for (int b = 0; b < BOARDS; b++) {
            long percent = 25 + (b * 225L) / (BOARDS - 1);
            boardBaseline[b] = scale(BASELINE, percent);
            boardPlan[b] = scale(PLAN, percent);
            boardActual[b] = scale(ACTUAL, percent);
            boardShare[b] = SHARE_PENCE / 100 * percent;
            AdmissionsSeries board = AdmissionsSeries.of(first, boardBaseline[b], boardPlan[b], boardActual[b]);
            boards[b] = ScenarioSweep.of(board, PerformanceTerms.ofPence(COST_PENCE).withLocalSharePence(boardShare[b]));
            boardChanges[b] = ScenarioSweep.actualsChangedBy(board, BigDecimal.valueOf(FIRST_UNITS, 6),
                    BigDecimal.valueOf(STEP_UNITS, 6), RoundingMode.HALF_UP);
        }
        long library = nationalLibrarySequential();
        long reference = nationalReferenceSequential();
        if (library != reference || norfolkLibrarySequential() != norfolkReferenceSequential()) {
            throw new IllegalStateException("library and reference disagree: " + library + " vs " + reference);
        }
    }

    private static long[] scale(long[] counts, long percent) {
        long[] out = new long[counts.length];
        for (int i = 0; i < counts.length; i++) {
            out[i] = counts[i] * percent / 100;
        }
        return out;
    }

    /** HALF_UP of actual × (100% + change) for a non-negative result, as the reference computes it. */
    static long changed(long actual, int scenario) {
        long factor = HUNDRED_UNITS + FIRST_UNITS + STEP_UNITS * scenario;
        return (actual * factor + HUNDRED_UNITS / 2) / HUNDRED_UNITS;
    }

    private static long referenceSweep(long[] baseline, long[] plan, long[] actual, long share) {
        long[] none = {-1, -1, -1, -1};
        long[] scenarioActuals = new long[actual.length];
        long total = 0;
        for (int s = 0; s < SCENARIOS; s++) {
            for (int q = 0; q < actual.length; q++) {
                scenarioActuals[q] = changed(actual[q], s);
            }
            long[] out = LongReference.calculate(baseline, plan, scenarioActuals, none, COST_PENCE, share);
            for (int q = 0; q < actual.length; q++) {
                total += out[4 * q + 2];
            }
        }
        return total;
    }

    /**
     * The library: Norfolk's 10,000 scenarios on the calling thread.
     *
     * @return the total suggested over scenarios, in pence
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public long norfolkLibrarySequential() {
        return norfolk.summariseSequential(SCENARIOS, norfolkChanges).totalSuggestedPence();
    }

    /**
     * The library: Norfolk's 10,000 scenarios on all cores.
     *
     * @return the summary
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public SweepSummary norfolkLibraryParallel() {
        return norfolk.summarise(SCENARIOS, norfolkChanges);
    }

    /**
     * The reference: Norfolk's 10,000 scenarios on the calling thread.
     *
     * @return the total suggested over scenarios, in pence
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public long norfolkReferenceSequential() {
        return referenceSweep(BASELINE, PLAN, ACTUAL, SHARE_PENCE);
    }

    /**
     * The library: 152 boards × 10,000 scenarios on the calling thread.
     *
     * @return the national total suggested, in pence
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long nationalLibrarySequential() {
        long total = 0;
        for (int b = 0; b < BOARDS; b++) {
            total += boards[b].summariseSequential(SCENARIOS, boardChanges[b]).totalSuggestedPence();
        }
        return total;
    }

    /**
     * The library: 152 boards × 10,000 scenarios, every board's sweep on all cores.
     *
     * @return the national total suggested, in pence
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long nationalLibraryParallel() {
        return IntStream.range(0, BOARDS).parallel()
                .mapToLong(b -> boards[b].summariseSequential(SCENARIOS, boardChanges[b]).totalSuggestedPence()).sum();
    }

    /**
     * The reference: 152 boards × 10,000 scenarios on the calling thread.
     *
     * @return the national total suggested, in pence
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long nationalReferenceSequential() {
        long total = 0;
        for (int b = 0; b < BOARDS; b++) {
            total += referenceSweep(boardBaseline[b], boardPlan[b], boardActual[b], boardShare[b]);
        }
        return total;
    }

    /**
     * The reference: 152 boards × 10,000 scenarios, boards on all cores.
     *
     * @return the national total suggested, in pence
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long nationalReferenceParallel() {
        return IntStream.range(0, BOARDS).parallel()
                .mapToLong(b -> referenceSweep(boardBaseline[b], boardPlan[b], boardActual[b], boardShare[b])).sum();
    }

    /**
     * The library's stream form: Norfolk's outcomes on all cores, each consumed and dropped.
     *
     * @param hole swallows each outcome
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public void norfolkLibraryStream(Blackhole hole) {
        norfolk.outcomes(SCENARIOS, norfolkChanges).forEach(hole::consume);
    }
}

package org.openbcf.examples.bench;

import java.util.concurrent.TimeUnit;

import org.openbcf.metrics.funnel.Funnel;
import org.openbcf.metrics.funnel.FunnelLimits;
import org.openbcf.metrics.stats.ConfidenceLevel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Funnel limits per call (issue 24): a ratio funnel's four limits at 90.53 expected (the issue's
 * example of 72 observed), each the edge of the exact Poisson test solved for a continuous count,
 * by the library ({@code Funnel.limitsAt}) and by {@link FunnelReference}'s plain {@code double}
 * floor, in the same run. The set-up checks that both give the same limits to 1e-12.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FunnelBenchmark {

    private static final double TAIL_95 = ConfidenceLevel.NINETY_FIVE.halfAlpha();
    private static final double TAIL_99_8 = ConfidenceLevel.NINETY_NINE_POINT_EIGHT.halfAlpha();

    private Funnel ratio;
    private double expected;

    /** Builds the inputs once and checks that library and floor agree. */
    @Setup
    public void setUp() {
        ratio = Funnel.ratio(1);
        expected = 90.53;
        FunnelLimits library = ratio.limitsAt(expected);
        double[] floor = FunnelReference.ratioLimits(expected, TAIL_95, TAIL_99_8);
        double[] figures = {library.lower998(), library.lower95(), library.upper95(), library.upper998()};
        for (int i = 0; i < figures.length; i++) {
            if (Math.abs(figures[i] - floor[i]) > 1e-12 * Math.abs(floor[i])) {
                throw new IllegalStateException("library limit " + i + " (" + figures[i] + ") differs from the floor's ("
                        + floor[i] + ")");
            }
        }
    }

    /**
     * The library's four limits at 90.53 expected.
     *
     * @return the limits
     */
    @Benchmark
    public FunnelLimits limitsLibrary() {
        return ratio.limitsAt(expected);
    }

    /**
     * The plain floor's four limits.
     *
     * @return {lower 99.8%, lower 95%, upper 95%, upper 99.8%}
     */
    @Benchmark
    public double[] limitsPlain() {
        return FunnelReference.ratioLimits(expected, TAIL_95, TAIL_99_8);
    }
}

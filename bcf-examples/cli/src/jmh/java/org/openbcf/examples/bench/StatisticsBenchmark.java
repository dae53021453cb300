package org.openbcf.examples.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.openbcf.metrics.stats.AgeBand;
import org.openbcf.metrics.stats.ConfidenceLevel;
import org.openbcf.metrics.stats.DirectStandardisation;
import org.openbcf.metrics.stats.Estimate;
import org.openbcf.metrics.stats.Proportions;
import org.openbcf.metrics.stats.Rates;
import org.openbcf.metrics.stats.StandardPopulation;
import org.openbcf.metrics.stats.StandardisedRate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Statistics per call (issue 16): Wilson's interval, a rate with Byar's limits and a directly
 * standardised rate (G10 falls, six ESP2013 65+ bands), each by the library and by a plain
 * {@code double} formula with its z computed once, in the same run. The plain forms return the three
 * figures in a {@code double[]}, as a caller without the library would.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class StatisticsBenchmark {

    private static final double Z95 = NormalDistribution.of(0, 1).inverseSurvivalProbability((1.0 - 0.95) / 2.0);

    private ConfidenceLevel level;
    private long numerator;
    private long denominator;
    private long count;
    private long population;
    private List<AgeBand> bands;
    private long[] bandCounts;
    private long[] bandPopulations;
    private double[] bandWeights;

    /** Builds the inputs once. */
    @Setup
    public void setUp() {
        level = ConfidenceLevel.NINETY_FIVE;
        numerator = 65;
        denominator = 100;
        count = 108;
        population = 882_569;
        StandardPopulation esp = StandardPopulation.esp2013AgedSixtyFiveAndOver();
        bandCounts = new long[] {200, 260, 330, 420, 480, 450};
        bandPopulations = new long[] {60000, 55000, 40000, 28000, 17000, 9000};
        bandWeights = new double[bandCounts.length];
        bands = new ArrayList<>();
        for (int i = 0; i < bandCounts.length; i++) {
            String label = esp.bands().get(i);
            bands.add(esp.band(label, bandCounts[i], bandPopulations[i]));
            bandWeights[i] = esp.weight(label);
        }
    }

    /**
     * The library's Wilson interval of 65 / 100.
     *
     * @return the estimate
     */
    @Benchmark
    public Estimate wilsonLibrary() {
        return Proportions.wilson(numerator, denominator, level);
    }

    /**
     * The plain Wilson formula.
     *
     * @return {value, lower, upper}
     */
    @Benchmark
    public double[] wilsonPlain() {
        double x = numerator;
        double n = denominator;
        double zz = Z95 * Z95;
        double spread = Z95 * Math.sqrt(zz + 4.0 * x * (1.0 - x / n));
        double scale = 2.0 * (n + zz);
        return new double[] {x / n, (2.0 * x + zz - spread) / scale, (2.0 * x + zz + spread) / scale};
    }

    /**
     * The library's rate per 100,000 with Byar's limits: 108 / 882,569.
     *
     * @return the estimate
     */
    @Benchmark
    public Estimate byarLibrary() {
        return Rates.perHundredThousand(count, population, level);
    }

    /**
     * The plain rate with Byar's limits.
     *
     * @return {value, lower, upper}
     */
    @Benchmark
    public double[] byarPlain() {
        double x = count;
        double next = x + 1.0;
        double lower = x * Math.pow(1.0 - 1.0 / (9.0 * x) - Z95 / (3.0 * Math.sqrt(x)), 3);
        double upper = next * Math.pow(1.0 - 1.0 / (9.0 * next) + Z95 / (3.0 * Math.sqrt(next)), 3);
        double n = population;
        return new double[] {x / n * 100_000, lower / n * 100_000, upper / n * 100_000};
    }

    /**
     * The library's directly standardised rate of the G10 falls bands.
     *
     * @return the rate
     */
    @Benchmark
    public StandardisedRate dsrLibrary() {
        return DirectStandardisation.perHundredThousand(bands, level);
    }

    /**
     * The plain Dobson DSR of the same bands.
     *
     * @return {value, lower, upper}
     */
    @Benchmark
    public double[] dsrPlain() {
        long total = 0;
        double weights = 0;
        double rates = 0;
        double variance = 0;
        for (int i = 0; i < bandCounts.length; i++) {
            double perPerson = bandWeights[i] / bandPopulations[i];
            total += bandCounts[i];
            weights += bandWeights[i];
            rates += bandCounts[i] * perPerson;
            variance += bandCounts[i] * perPerson * perPerson;
        }
        double dsr = rates / weights * 100_000;
        double spread = Math.sqrt(variance / (weights * weights) / total) * 100_000;
        double x = total;
        double next = x + 1.0;
        double lower = x * Math.pow(1.0 - 1.0 / (9.0 * x) - Z95 / (3.0 * Math.sqrt(x)), 3);
        double upper = next * Math.pow(1.0 - 1.0 / (9.0 * next) + Z95 / (3.0 * Math.sqrt(next)), 3);
        return new double[] {dsr, dsr + spread * (lower - total), dsr + spread * (upper - total)};
    }
}

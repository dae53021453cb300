package org.openbcf.metrics.compare;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openbcf.core.internal.Checks;
import org.openbcf.metrics.catalogue.Direction;
import org.openbcf.metrics.stats.ConfidenceLevel;
import org.openbcf.metrics.stats.Estimate;
import org.openbcf.metrics.stats.StandardisedRate;

/**
 * An area's value compared with a benchmark at the two levels Fingertips publishes, e.g. falls at
 * 1,980 per 100,000 against England's 1,933: {@code similar at 95%, similar at 99.8% against 1933}.
 *
 * <p>The decision is by the area's confidence interval, never by its point value (Fingertips
 * technical guidance, "Comparing an area with a benchmark"): higher when the lower limit is above
 * the benchmark, lower when the upper limit is below it, similar when the interval contains it
 * (limits included), not compared when there is no interval. This class is immutable and
 * thread-safe.
 *
 * @param benchmark the benchmark value (England, the region, a comparator group), finite
 * @param at95      the comparison of the area's 95% interval, not null
 * @param at998     the comparison of the area's 99.8% interval, not null
 * @since 0.1.0
 */
public record BenchmarkComparison(double benchmark, Comparison at95, Comparison at998) {

    private static final Pattern TEXT = Pattern.compile(
            "(higher|similar|lower|not compared) at 95%, (higher|similar|lower|not compared) at 99\\.8% against (\\S+)");

    /**
     * Checks the components.
     *
     * @param benchmark the benchmark
     * @param at95      the comparison at 95%
     * @param at998     the comparison at 99.8%
     */
    public BenchmarkComparison {
        requireBenchmark(benchmark);
        Checks.notNull(at95, "at95");
        Checks.notNull(at998, "at998");
        if (at95 == Comparison.NOT_COMPARED != (at998 == Comparison.NOT_COMPARED)) {
            throw new IllegalArgumentException("comparisons (" + at95 + " at 95%, " + at998
                    + " at 99.8%) must both be compared or both not compared");
        }
        if (at998 != Comparison.SIMILAR && at998 != Comparison.NOT_COMPARED && at95 != at998) {
            throw new IllegalArgumentException("comparison at 99.8% (" + at998 + ") implies the same at 95%, not "
                    + at95 + ": the 99.8% interval contains the 95% interval");
        }
    }

    /**
     * Compares one interval with a benchmark, e.g. limits 1,789.8 and 2,185.0 against 1,933 →
     * {@link Comparison#SIMILAR}. A missing interval is given as NaN limits (as a blank CSV cell
     * reads) and gives {@link Comparison#NOT_COMPARED}.
     *
     * @param lower     the lower limit, or NaN when there is no interval
     * @param upper     the upper limit, or NaN when there is no interval
     * @param benchmark the benchmark value, finite
     * @return the comparison, never null
     * @throws IllegalArgumentException when only one limit is NaN, a limit is infinite, the lower
     *                                  limit is above the upper one, or the benchmark is not finite
     */
    public static Comparison compare(double lower, double upper, double benchmark) {
        requireBenchmark(benchmark);
        if (Double.isNaN(lower) && Double.isNaN(upper)) {
            return Comparison.NOT_COMPARED;
        }
        if (!Double.isFinite(lower) || !Double.isFinite(upper)) {
            throw new IllegalArgumentException("confidence limits (" + lower + ", " + upper
                    + ") must both be finite numbers, or both be missing");
        }
        if (lower > upper) {
            throw new IllegalArgumentException(
                    "lower limit (" + lower + ") must not be above the upper limit (" + upper + ")");
        }
        if (lower > benchmark) {
            return Comparison.HIGHER;
        }
        return upper < benchmark ? Comparison.LOWER : Comparison.SIMILAR;
    }

    /**
     * Compares an estimate's interval with a benchmark.
     *
     * @param estimate  the area's estimate, not null
     * @param benchmark the benchmark value, finite
     * @return the comparison, never null (never {@link Comparison#NOT_COMPARED})
     */
    public static Comparison compare(Estimate estimate, double benchmark) {
        Checks.notNull(estimate, "estimate");
        return compare(estimate.lower(), estimate.upper(), benchmark);
    }

    /**
     * Compares a directly standardised rate with a benchmark: {@link Comparison#NOT_COMPARED} when
     * the rate is suppressed (fewer than 10 events).
     *
     * @param rate      the area's rate, not null
     * @param benchmark the benchmark value, finite
     * @return the comparison, never null
     */
    public static Comparison compare(StandardisedRate rate, double benchmark) {
        Checks.notNull(rate, "rate");
        requireBenchmark(benchmark);
        return rate.estimate().map(e -> compare(e, benchmark)).orElse(Comparison.NOT_COMPARED);
    }

    /**
     * Compares at 95% and 99.8% from the four limits of a CSV row (NaN for a missing interval).
     *
     * @param lower95   the 95% lower limit, or NaN
     * @param upper95   the 95% upper limit, or NaN
     * @param lower998  the 99.8% lower limit, or NaN
     * @param upper998  the 99.8% upper limit, or NaN
     * @param benchmark the benchmark value, finite
     * @return the comparison at both levels, never null
     */
    public static BenchmarkComparison of(double lower95, double upper95, double lower998, double upper998,
                                         double benchmark) {
        return new BenchmarkComparison(benchmark, compare(lower95, upper95, benchmark),
                compare(lower998, upper998, benchmark));
    }

    /**
     * Compares at 95% and 99.8% with the interval a method gives at each level, e.g.
     * {@code of(level -> Optional.of(Rates.perHundredThousand(1234, 62_340, level)), 1933)}.
     *
     * @param intervalAt the area's estimate at a level, empty when there is none (suppressed), not null
     * @param benchmark  the benchmark value, finite
     * @return the comparison at both levels, never null
     */
    public static BenchmarkComparison of(Function<ConfidenceLevel, Optional<Estimate>> intervalAt, double benchmark) {
        Checks.notNull(intervalAt, "intervalAt");
        return new BenchmarkComparison(benchmark,
                at(intervalAt, ConfidenceLevel.NINETY_FIVE, benchmark),
                at(intervalAt, ConfidenceLevel.NINETY_NINE_POINT_EIGHT, benchmark));
    }

    private static Comparison at(Function<ConfidenceLevel, Optional<Estimate>> intervalAt, ConfidenceLevel level,
                                 double benchmark) {
        Optional<Estimate> estimate = Checks.notNull(intervalAt.apply(level), "interval at " + level);
        return estimate.map(e -> compare(e, benchmark)).orElse(Comparison.NOT_COMPARED);
    }

    /**
     * The judgement at 95% for a metric's direction, e.g. {@link Judgement#WORSE} for admissions
     * significantly higher than England.
     *
     * @param direction which direction is better, not null
     * @return the judgement, never null
     */
    public Judgement judgementAt95(Direction direction) {
        return at95.judge(direction);
    }

    /**
     * The judgement at 99.8% for a metric's direction.
     *
     * @param direction which direction is better, not null
     * @return the judgement, never null
     */
    public Judgement judgementAt998(Direction direction) {
        return at998.judge(direction);
    }

    /**
     * Parses the form {@link #toString()} prints, e.g. {@code higher at 95%, similar at 99.8% against 1933}.
     *
     * @param text the text, not null
     * @return the comparison, never null
     * @throws IllegalArgumentException when the text is not in that form
     */
    public static BenchmarkComparison parse(CharSequence text) {
        String trimmed = Checks.notNull(text, "text").toString().strip();
        Matcher m = TEXT.matcher(trimmed);
        if (!m.matches()) {
            throw new IllegalArgumentException("benchmark comparison '" + trimmed
                    + "' must read like 'higher at 95%, similar at 99.8% against 1933'");
        }
        try {
            return new BenchmarkComparison(Double.parseDouble(m.group(3)),
                    Comparison.parse(m.group(1)), Comparison.parse(m.group(2)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("benchmark '" + m.group(3) + "' is not a number", e);
        }
    }

    /**
     * The canonical text, e.g. {@code similar at 95%, similar at 99.8% against 1933.0}, which
     * {@link #parse(CharSequence)} accepts.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return at95 + " at 95%, " + at998 + " at 99.8% against " + benchmark;
    }

    private static void requireBenchmark(double benchmark) {
        if (!Double.isFinite(benchmark)) {
            throw new IllegalArgumentException("benchmark (" + benchmark + ") must be a finite number");
        }
    }
}

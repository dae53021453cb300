package org.openbcf.core.p4p;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.openbcf.core.internal.Checks;
import org.openbcf.core.time.FinancialQuarter;

/**
 * Many what-if scenarios of one P4P year, built for scale: every scenario shares the base series
 * and money terms and differs only in its actual admissions, so a scenario is a row of counts, not
 * an object graph. Everything that does not depend on the actuals (target, pot, each quarter's
 * maximum payment and cumulative cap) is computed once, as {@link PaymentForPerformance#calculate}
 * computes it; a scenario then costs one pass of the payment loop that {@code calculate} runs too
 * (with the findings counted, not described) and one small {@link SweepOutcome}. So the rule and its
 * rounding are exactly those of {@code calculate}: an outcome's figures are the ones {@code calculate}
 * gives for the base series with the scenario's actuals (a property test checks this).
 *
 * <pre>{@code
 * ScenarioSweep sweep = ScenarioSweep.of(norfolk.withoutAgreedPayments(), terms);
 * ActualsSource changes = ScenarioSweep.actualsChangedBy(norfolk, new BigDecimal("-10"),
 *         new BigDecimal("0.002"), RoundingMode.HALF_UP);          // -10% ... +9.998%
 * SweepSummary summary = sweep.summarise(10_000, changes);          // all cores, nothing kept
 * sweep.outcomes(10_000, changes).filter(SweepOutcome::hasFindings); // a stream, in parallel
 * }</pre>
 *
 * <p>{@link #outcomes(int, ActualsSource)} and {@link #summarise(int, ActualsSource)} use all cores
 * (a parallel stream on the common pool); the {@code …Sequential} forms run on the caller's thread.
 * Outcomes are produced as they are consumed and never all kept. A scenario's full
 * {@link PerformanceResult}, with its findings' wording, is {@link #result(long...)}.
 *
 * <p>Source of the rule: BCF 2015/16 technical guidance, as pinned in {@code shared/spec/README.md},
 * "Payment for performance" (issue 16, "a scenario sweep designed for scale").
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ScenarioSweep {

    /**
     * The actual admissions of each scenario and quarter, e.g. {@code (s, q) -> actuals[s][q]}. It
     * is called from several threads at once by the parallel forms, so it must be thread-safe (a
     * function of its arguments, as every source here is).
     */
    @FunctionalInterface
    public interface ActualsSource {

        /**
         * The actual admissions of one scenario in one quarter, e.g. 23,331.
         *
         * @param scenario the scenario's index, from 0
         * @param quarter  the quarter's index in the series, from 0
         * @return the count, 0 to {@link AdmissionsQuarter#MAX_COUNT}
         */
        long actual(int scenario, int quarter);
    }

    /** The most decimal places a percentage change may have in {@link #actualsChangedBy}: 6. */
    public static final int MAX_PERCENT_DECIMALS = 6;

    private final AdmissionsSeries base;
    private final PerformanceTerms terms;
    private final AdmissionsQuarter[] inputs;
    private final long[] maxima;
    private final long totalMaximum;
    private final long pot;
    private final long unit;
    private final long target;

    private ScenarioSweep(AdmissionsSeries base, PerformanceTerms terms) {
        this.base = base;
        this.terms = terms;
        inputs = base.quarterArray();
        long sum = 0;
        for (AdmissionsQuarter q : inputs) {
            sum = Math.addExact(sum, q.baseline() - q.plan());
        }
        target = sum;
        pot = PaymentForPerformance.pot(target, terms);
        unit = PaymentForPerformance.unit(pot, target);
        maxima = new long[PerformanceResult.FIGURES * inputs.length];
        PaymentForPerformance.maxima(inputs, target, pot, unit, maxima);
        // the maximum payments add up to the last cumulative maximum, the share of the whole target
        totalMaximum = PaymentForPerformance.share(target, unit, pot, target);
    }

    /**
     * A sweep of scenarios on a base series and terms, e.g. Norfolk 2015/16 without its agreed
     * payments at £1,490 an admission and a local share of £16,295,000. The base's agreed payments
     * and comments, when it has any, apply to every scenario as they would in
     * {@link PaymentForPerformance#calculate}; start from {@link AdmissionsSeries#withoutAgreedPayments()}
     * for what-ifs on actuals.
     *
     * @param base  the base series, not null
     * @param terms the money terms, not null
     * @return the sweep, never null
     */
    public static ScenarioSweep of(AdmissionsSeries base, PerformanceTerms terms) {
        Checks.notNull(base, "base");
        Checks.notNull(terms, "terms");
        return new ScenarioSweep(base, terms);
    }

    /**
     * Scenarios that change every base actual by a percentage, scenario {@code s} by
     * {@code first + s × step} per cent, each new actual rounded to a whole admission with
     * {@code mode}, exactly as {@link AdmissionsSeries#withActualsChangedBy} rounds it: with
     * {@code first} -10 and {@code step} 0.002, scenario 0 turns 23,331 into 20,998 (20,997.9) and
     * scenario 2,500 (-5%) into 22,164. Computed in exact integers, without a {@link BigDecimal} per
     * scenario.
     *
     * @param base  the series whose actuals change, not null
     * @param first the change of scenario 0 in per cent, not null, at most 6 decimal places
     * @param step  the change from one scenario to the next in per cent, not null, at most 6 decimal places
     * @param mode  how to round each new actual, not null
     * @return the source, never null; it throws {@link IllegalArgumentException} naming the quarter and
     *         the change when a new actual falls outside 0 to 100,000,000
     * @throws IllegalArgumentException when a percentage has more than 6 decimal places or is above
     *                                  1,000,000 per cent in size
     */
    public static ActualsSource actualsChangedBy(AdmissionsSeries base, BigDecimal first, BigDecimal step,
                                                 RoundingMode mode) {
        Checks.notNull(base, "base");
        Checks.notNull(mode, "mode");
        long firstUnits = percentUnits(first, "first change");
        long stepUnits = percentUnits(step, "step");
        long[] actuals = base.quarters().stream().mapToLong(AdmissionsQuarter::actual).toArray();
        FinancialQuarter[] quarterOf = base.quarters().stream().map(AdmissionsQuarter::quarter)
                .toArray(FinancialQuarter[]::new);
        long hundred = 100 * PERCENT_SCALE;
        return (scenario, quarter) -> {
            long units = Math.addExact(firstUnits, Math.multiplyExact(stepUnits, (long) scenario));
            long factor = Math.addExact(hundred, units);
            long changed = Rounding.divide(Math.multiplyExact(actuals[quarter], factor), hundred, mode);
            if (changed < 0 || changed > AdmissionsQuarter.MAX_COUNT) {
                throw new IllegalArgumentException("actual for " + quarterOf[quarter] + " changed by "
                        + BigDecimal.valueOf(units, MAX_PERCENT_DECIMALS).stripTrailingZeros().toPlainString()
                        + "% (" + changed + ") must be between 0 and 100,000,000");
            }
            return changed;
        };
    }

    private static final long PERCENT_SCALE = 1_000_000L;
    private static final BigDecimal MAX_PERCENT = BigDecimal.valueOf(1_000_000);

    private static long percentUnits(BigDecimal percent, String field) {
        Checks.notNull(percent, field);
        if (percent.abs().compareTo(MAX_PERCENT) > 0) {
            throw new IllegalArgumentException(field + " (" + Checks.quote(percent) + "%) must be at most 1,000,000% in size");
        }
        Checks.decimalPlaces(percent, MAX_PERCENT_DECIMALS, field);
        return percent.movePointRight(MAX_PERCENT_DECIMALS).longValueExact();
    }

    /**
     * The base series, e.g. Norfolk 2015/16.
     *
     * @return the series, never null
     */
    public AdmissionsSeries base() {
        return base;
    }

    /**
     * The money terms, e.g. cost per admission £1,490.00, local share £16,295,000.00.
     *
     * @return the terms, never null
     */
    public PerformanceTerms terms() {
        return terms;
    }

    /**
     * The number of quarters of every scenario, e.g. 4.
     *
     * @return at least 1
     */
    public int quarters() {
        return inputs.length;
    }

    /**
     * The outcome of one scenario, given its actuals in quarter order, e.g.
     * {@code evaluate(23_331, 23_335, 24_104, 23_268)} for Norfolk's own actuals (total suggested £0.00).
     *
     * @param actuals the actual admissions of each quarter, not null, one per quarter, each 0 to 100,000,000
     * @return the outcome, scenario index 0, never null
     * @throws IllegalArgumentException when the number of actuals differs from the series' quarters, or
     *                                  an actual is out of range (naming the quarter)
     */
    public SweepOutcome evaluate(long... actuals) {
        requireQuarters(actuals);
        return evaluate(0, (s, q) -> actuals[q]);
    }

    /**
     * The full result of one scenario, with its findings' wording:
     * {@link PaymentForPerformance#calculate} on the base series with these actuals.
     *
     * @param actuals the actual admissions of each quarter, not null, one per quarter
     * @return the result, never null
     */
    public PerformanceResult result(long... actuals) {
        requireQuarters(actuals);
        AdmissionsSeries series = base;
        for (int i = 0; i < actuals.length; i++) {
            series = series.withActual(inputs[i].quarter(), actuals[i]);
        }
        return PaymentForPerformance.calculate(series, terms);
    }

    /**
     * The outcomes of scenarios 0 to {@code count − 1}, computed in parallel on all cores as the stream
     * is consumed; unordered processing (e.g. {@code filter}, {@code reduce}) keeps none of them.
     *
     * @param count   the number of scenarios, at least 0
     * @param actuals each scenario's actuals, not null, thread-safe
     * @return a parallel stream, never null
     */
    public Stream<SweepOutcome> outcomes(int count, ActualsSource actuals) {
        return outcomesSequential(count, actuals).parallel();
    }

    /**
     * The outcomes of scenarios 0 to {@code count − 1}, in order, on the thread that consumes the stream.
     *
     * @param count   the number of scenarios, at least 0
     * @param actuals each scenario's actuals, not null
     * @return a sequential stream, never null
     */
    public Stream<SweepOutcome> outcomesSequential(int count, ActualsSource actuals) {
        Checks.inRange(count, 0, Integer.MAX_VALUE, "count");
        Checks.notNull(actuals, "actuals");
        return IntStream.range(0, count).mapToObj(s -> evaluate(s, actuals));
    }

    /**
     * The outcomes of the scenarios whose actuals are the rows of a matrix, in parallel.
     *
     * @param actuals one row of actuals per scenario, not null, each row one per quarter
     * @return a parallel stream, never null
     */
    public Stream<SweepOutcome> outcomes(long[][] actuals) {
        return outcomes(rows(actuals), (s, q) -> actuals[s][q]);
    }

    /**
     * The totals over scenarios 0 to {@code count − 1}, computed in parallel on all cores without
     * keeping any outcome.
     *
     * @param count   the number of scenarios, at least 0
     * @param actuals each scenario's actuals, not null, thread-safe
     * @return the summary, never null
     */
    public SweepSummary summarise(int count, ActualsSource actuals) {
        return outcomes(count, actuals).collect(SweepSummary.collector());
    }

    /**
     * The totals over scenarios 0 to {@code count − 1}, on the caller's thread.
     *
     * @param count   the number of scenarios, at least 0
     * @param actuals each scenario's actuals, not null
     * @return the summary, never null
     */
    public SweepSummary summariseSequential(int count, ActualsSource actuals) {
        Checks.inRange(count, 0, Integer.MAX_VALUE, "count");
        Checks.notNull(actuals, "actuals");
        SweepSummary.Accumulator totals = new SweepSummary.Accumulator();
        for (int s = 0; s < count; s++) {
            totals.add(evaluate(s, actuals));
        }
        return totals.summary();
    }

    private SweepOutcome evaluate(int scenario, ActualsSource source) {
        long[] figures = new long[PerformanceResult.FIGURES * inputs.length];
        int findings = PaymentForPerformance.payments(inputs, maxima, target, pot, unit, source, scenario, figures, null);
        return new SweepOutcome(scenario, figures, totalMaximum, findings);
    }

    private void requireQuarters(long[] actuals) {
        Checks.notNull(actuals, "actuals");
        if (actuals.length != inputs.length) {
            throw new IllegalArgumentException("actuals (" + actuals.length + ") must be one per quarter of the series ("
                    + inputs.length + ")");
        }
    }

    private int rows(long[][] actuals) {
        Checks.notNull(actuals, "actuals");
        for (int s = 0; s < actuals.length; s++) {
            long[] row = Checks.notNullElement(actuals[s], "actuals", s);
            if (row.length != inputs.length) {
                throw new IllegalArgumentException("actuals[" + s + "] has " + row.length
                        + " quarters; the series has " + inputs.length);
            }
        }
        return actuals.length;
    }

    /**
     * The sweep in one line, e.g. {@code sweep of Q4 2014/15 to Q3 2015/16, target 3266, pot £4,866,340.00}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return "sweep of " + inputs[0].quarter() + " to " + inputs[inputs.length - 1].quarter() + ", target " + target + ", pot "
                + org.openbcf.core.money.Gbp.formatPence(pot);
    }
}

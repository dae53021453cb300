package org.openbcf.metrics.target;

import java.math.BigDecimal;
import java.util.Optional;

import org.openbcf.core.internal.Checks;

/**
 * A metric's progress in one period, e.g. Q3 admissions year to date 24,104 against a goal of 23,900
 * (not met) but 300 fewer than a year earlier (improvement): {@link ProgressOutcome#IMPROVED_NOT_MET},
 * in 2015/16 words "On track for improved performance, but not to meet full target".
 *
 * <p>Rule in one place: the cumulative actual against the cumulative goal, direction-aware, equality
 * meets ({@link Target#isMetBy}); the trend against the same period a year earlier
 * ({@link Trend#of}); a missing actual is "data not available". This class is immutable and thread-safe.
 *
 * @param goal       the cumulative goal with its bound, not null
 * @param actual     the cumulative actual, empty when not available, not null
 * @param yearBefore the cumulative actual of the same period a year earlier, empty when not available, not null
 * @since 0.1.0
 */
public record PeriodProgress(Target goal, Optional<BigDecimal> actual, Optional<BigDecimal> yearBefore) {

    /**
     * Checks the components.
     *
     * @param goal       the goal
     * @param actual     the actual
     * @param yearBefore the year-earlier actual
     */
    public PeriodProgress {
        Checks.notNull(goal, "goal");
        Checks.notNull(actual, "actual");
        Checks.notNull(yearBefore, "yearBefore");
    }

    /**
     * The progress from plain values, the form of a CSV row (null for a blank cell).
     *
     * @param bound      whether the goal is a maximum or a minimum, not null
     * @param goal       the cumulative goal, not negative, not null
     * @param actual     the cumulative actual, or null when not available
     * @param yearBefore the same period a year earlier, or null when not available
     * @return the progress, never null
     */
    public static PeriodProgress of(Bound bound, BigDecimal goal, BigDecimal actual, BigDecimal yearBefore) {
        return new PeriodProgress(new Target(goal, bound), Optional.ofNullable(actual), Optional.ofNullable(yearBefore));
    }

    /**
     * The assessment of the actual against the goal (variance, percentage variance), empty without an actual.
     *
     * @return the assessment, never null
     */
    public Optional<Assessment> assessment() {
        return actual.map(goal::assess);
    }

    /**
     * The trend against the same period a year earlier.
     *
     * @return the trend, never null
     */
    public Trend trend() {
        return Trend.of(goal.bound(), actual, yearBefore);
    }

    /**
     * The outcome: met, improved but not met, not met, or no data.
     *
     * @return the outcome, never null
     */
    public ProgressOutcome outcome() {
        if (actual.isEmpty()) {
            return ProgressOutcome.NO_DATA;
        }
        if (goal.isMetBy(actual.get())) {
            return ProgressOutcome.MET;
        }
        return trend() == Trend.IMPROVEMENT ? ProgressOutcome.IMPROVED_NOT_MET : ProgressOutcome.NOT_MET;
    }

    /**
     * The outcome in a year's words, e.g. "Not on track to meet target".
     *
     * @param vocabulary the year's vocabulary, not null
     * @return the wording, empty only where the sources do not give it (2015/16 no data), never null
     */
    public Optional<String> wording(ProgressVocabulary vocabulary) {
        return Checks.notNull(vocabulary, "vocabulary").wording(outcome());
    }
}

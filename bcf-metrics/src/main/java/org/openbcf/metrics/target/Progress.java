package org.openbcf.metrics.target;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.openbcf.core.internal.Checks;

/**
 * Period and year-to-date assessments of a count against its profiled target, e.g. residential
 * admissions month by month against a working-day profile of 1,308.
 *
 * <p>Year to date compares the cumulative actual with the cumulative profiled target of the same
 * periods (spec README, "Targets"). This class is immutable and thread-safe.
 *
 * @param periods    the assessment of each period with an actual, in order, not empty
 * @param yearToDate the cumulative assessment up to the last period with an actual, not null
 * @since 0.1.0
 */
public record Progress(List<Assessment> periods, Assessment yearToDate) {

    /**
     * Checks and copies the components.
     *
     * @param periods    the period assessments
     * @param yearToDate the cumulative assessment
     */
    public Progress {
        periods = List.copyOf(Checks.notNull(periods, "periods"));
        Checks.notNull(yearToDate, "yearToDate");
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("progress needs at least one period");
        }
    }

    /**
     * Assesses each period's actual against its profiled target, and the cumulative actual against
     * the cumulative target.
     *
     * @param bound           whether the targets are maxima or minima, not null
     * @param profiledTargets the target of every period of the year, in order, not negative
     * @param actuals         the actuals so far, one per period from the first, at least one and at
     *                        most as many as there are targets
     * @return the progress, never null
     */
    public static Progress of(Bound bound, List<BigDecimal> profiledTargets, List<BigDecimal> actuals) {
        Checks.notNull(bound, "bound");
        Checks.notNull(profiledTargets, "profiledTargets");
        Checks.notNull(actuals, "actuals");
        if (actuals.isEmpty() || actuals.size() > profiledTargets.size()) {
            throw new IllegalArgumentException("actuals (" + actuals.size() + " periods) must cover between 1 and "
                    + profiledTargets.size() + " profiled periods");
        }
        List<Assessment> periods = new ArrayList<>();
        BigDecimal cumulativeTarget = BigDecimal.ZERO;
        BigDecimal cumulativeActual = BigDecimal.ZERO;
        for (int i = 0; i < actuals.size(); i++) {
            BigDecimal target = Checks.notNull(profiledTargets.get(i), "profiled target ", i + 1);
            BigDecimal actual = Checks.notNull(actuals.get(i), "actual ", i + 1);
            periods.add(new Target(target, bound).assess(actual));
            cumulativeTarget = cumulativeTarget.add(target);
            cumulativeActual = cumulativeActual.add(actual);
        }
        return new Progress(periods, new Target(cumulativeTarget, bound).assess(cumulativeActual));
    }
}

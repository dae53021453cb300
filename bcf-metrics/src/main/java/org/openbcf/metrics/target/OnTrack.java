package org.openbcf.metrics.target;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.openbcf.core.internal.Checks;

/**
 * On-track status period by period from period counts, e.g. quarterly admissions against a quarterly
 * plan: each period's figures are summed to date, the cumulative actual is assessed against the
 * cumulative goal and compared with the cumulative actual of the same periods a year earlier.
 *
 * <p>For a measure that is not a count (a rate or percentage), the caller gives the cumulative (year to
 * date) figures to {@link PeriodProgress#of} directly. Rule: spec README, "Targets" (year to date
 * compares cumulative actual with cumulative profiled target; equality meets); Norfolk DTOC 2015/16
 * R-16-11 ("the earlier good performance means that we are still currently on track"). This class is
 * stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class OnTrack {

    private OnTrack() {
    }

    /**
     * The progress at each period with an actual or a goal.
     *
     * @param bound      whether the goals are maxima or minima, not null
     * @param goals      the goal of each period, not negative, not null, not empty
     * @param actuals    the actual of each period, null where not yet available; at most as many as goals
     * @param yearBefore the actual of each period a year earlier, null where not available; may be
     *                   shorter than the goals, not null
     * @return one progress per goal, never null; periods after the last actual are "data not available"
     */
    public static List<PeriodProgress> cumulative(Bound bound, List<BigDecimal> goals, List<BigDecimal> actuals,
                                                  List<BigDecimal> yearBefore) {
        Checks.notNull(bound, "bound");
        Checks.notNull(goals, "goals");
        Checks.notNull(actuals, "actuals");
        Checks.notNull(yearBefore, "yearBefore");
        if (goals.isEmpty() || actuals.size() > goals.size() || yearBefore.size() > goals.size()) {
            throw new IllegalArgumentException("goals (" + goals.size() + " periods) must be at least one and cover the "
                    + actuals.size() + " actual and " + yearBefore.size() + " year-earlier periods");
        }
        List<PeriodProgress> progress = new ArrayList<>();
        BigDecimal goal = BigDecimal.ZERO;
        BigDecimal actual = BigDecimal.ZERO;
        BigDecimal before = BigDecimal.ZERO;
        boolean actualKnown = true;
        boolean beforeKnown = true;
        for (int i = 0; i < goals.size(); i++) {
            goal = goal.add(Checks.notNull(goals.get(i), "goal " + (i + 1)));
            BigDecimal a = i < actuals.size() ? actuals.get(i) : null;
            BigDecimal b = i < yearBefore.size() ? yearBefore.get(i) : null;
            actualKnown &= a != null;
            beforeKnown &= b != null;
            actual = actualKnown ? actual.add(a) : actual;
            before = beforeKnown ? before.add(b) : before;
            progress.add(new PeriodProgress(new Target(goal, bound),
                    actualKnown ? Optional.of(actual) : Optional.empty(),
                    beforeKnown ? Optional.of(before) : Optional.empty()));
        }
        return progress;
    }
}

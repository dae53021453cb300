package org.openbcf.review;

import java.math.BigDecimal;
import java.util.Optional;

import org.openbcf.core.internal.Checks;
import org.openbcf.metrics.catalogue.Metric;

/**
 * One row of a dataset's {@code metrics.csv}: a metric of the year's catalogue, the period, the plan
 * and, in a return, the actual. This class is immutable.
 *
 * @param metric the metric, from the year's catalogue
 * @param period the period as written, e.g. {@code 2022/23} or {@code Q3 2025/26}
 * @param plan   the planned value (the target)
 * @param actual the actual value, empty in a plan
 * @param numerator   the numerator behind the actual, when given (shown, not recomputed: the
 *                    metric's own multiplier and standardisation are outside the dataset)
 * @param denominator the denominator behind the actual, when given
 * @param note   a note, e.g. how the actual was projected; may be empty
 * @since 0.1.0
 */
public record MetricLine(Metric metric, String period, BigDecimal plan, Optional<BigDecimal> actual,
                         Optional<Long> numerator, Optional<Long> denominator, String note) {

    /**
     * Checks the components.
     *
     * @param metric the metric
     * @param period the period
     * @param plan   the plan
     * @param actual the actual
     * @param numerator   the numerator
     * @param denominator the denominator
     * @param note   the note
     */
    public MetricLine {
        Checks.notNull(metric, "metric");
        Checks.notBlank(period, "period");
        Checks.notNull(plan, "plan");
        Checks.notNull(actual, "actual");
        Checks.notNull(numerator, "numerator");
        Checks.notNull(denominator, "denominator");
        Checks.notNull(note, "note");
    }
}

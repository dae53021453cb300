package org.openbcf.metrics.discharge;

import java.time.YearMonth;
import java.util.Optional;

import org.openbcf.core.finding.Findings;
import org.openbcf.core.internal.Checks;

/**
 * The discharge-delay measures of a month (or a year to date) with the findings on its figures, e.g.
 * May 2024 with {@code R-DRD-1} (same-day 800 + delayed 180 = 980, not the 1,000 discharges) and no
 * measures.
 *
 * <p>Measures are empty when the figures do not add up ({@code R-DRD-1}) or there were no discharges
 * ({@code R-DRD-3}): a number computed from figures that contradict each other would be silent about
 * it. This class is immutable and thread-safe.
 *
 * @param from     the first month, not null
 * @param to       the last month, not null
 * @param measures the measures, empty when the figures cannot give them, not null
 * @param findings the findings on the figures, not null
 * @since 0.1.0
 */
public record DelayReport(YearMonth from, YearMonth to, Optional<DelayMeasures> measures, Findings findings) {

    /**
     * Checks the components.
     *
     * @param from     the first month
     * @param to       the last month
     * @param measures the measures
     * @param findings the findings
     */
    public DelayReport {
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
        Checks.notNull(measures, "measures");
        Checks.notNull(findings, "findings");
        if (measures.isEmpty() && !findings.hasErrors()) {
            throw new IllegalArgumentException("a report without measures (" + from + " to " + to
                    + ") must carry the error finding that says why");
        }
    }
}

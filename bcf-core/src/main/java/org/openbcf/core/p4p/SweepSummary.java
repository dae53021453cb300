package org.openbcf.core.p4p;

import java.util.stream.Collector;

import javax.money.MonetaryAmount;

import org.openbcf.core.money.Gbp;

/**
 * Totals over the scenarios of a {@link ScenarioSweep}, gathered without keeping the outcomes: how
 * many scenarios, the smallest, largest and total suggested payments of a year, and how many
 * scenarios have findings, e.g. 10,000 scenarios of Norfolk 2015/16 (actuals -10% to +9.998%):
 * year totals from £0.00 to £4,866,340.00, £17,654,811,830.00 in all. Sums are exact ({@link Math#addExact}: an overflow is an {@link ArithmeticException},
 * never a wrapped total).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param scenarios             the number of scenarios, at least 0
 * @param minimumSuggestedPence the smallest year total of suggested payments in pence, 0 when no scenario
 * @param maximumSuggestedPence the largest year total of suggested payments in pence, 0 when no scenario
 * @param totalSuggestedPence   the sum over scenarios of the year totals in pence
 * @param withFindings          how many scenarios have at least one finding
 * @since 0.1.0
 */
public record SweepSummary(long scenarios, long minimumSuggestedPence, long maximumSuggestedPence,
                           long totalSuggestedPence, long withFindings) {

    /**
     * A collector of outcomes into a summary; it may run in parallel.
     *
     * @return the collector, never null
     */
    public static Collector<SweepOutcome, ?, SweepSummary> collector() {
        return Collector.of(Accumulator::new, Accumulator::add, Accumulator::combine, Accumulator::summary,
                Collector.Characteristics.UNORDERED);
    }

    /**
     * The mean over scenarios of the year's suggested payments, rounded down to the penny, e.g.
     * £1,765,481.18 for Norfolk's 10,000 scenarios of -10% to +9.998%.
     *
     * @return the amount, £0.00 when there is no scenario, never null
     */
    public MonetaryAmount meanSuggested() {
        return Gbp.ofPence(scenarios == 0 ? 0 : Math.floorDiv(totalSuggestedPence, scenarios));
    }

    /**
     * The summary in one line, e.g. {@code 10000 scenarios, suggested £0.00 to £4,866,340.00, total
     * £17,654,811,830.00, 0 with findings}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return scenarios + " scenarios, suggested " + Gbp.formatPence(minimumSuggestedPence) + " to "
                + Gbp.formatPence(maximumSuggestedPence) + ", total " + Gbp.formatPence(totalSuggestedPence) + ", "
                + withFindings + " with findings";
    }

    /** The mutable totals behind the collector. */
    static final class Accumulator {
        private long scenarios;
        private long minimum = Long.MAX_VALUE;
        private long maximum = Long.MIN_VALUE;
        private long total;
        private long withFindings;

        void add(SweepOutcome outcome) {
            long suggested = outcome.totalSuggestedPence();
            scenarios++;
            minimum = Math.min(minimum, suggested);
            maximum = Math.max(maximum, suggested);
            total = Math.addExact(total, suggested);
            withFindings += outcome.hasFindings() ? 1 : 0;
        }

        Accumulator combine(Accumulator other) {
            scenarios += other.scenarios;
            minimum = Math.min(minimum, other.minimum);
            maximum = Math.max(maximum, other.maximum);
            total = Math.addExact(total, other.total);
            withFindings += other.withFindings;
            return this;
        }

        SweepSummary summary() {
            return scenarios == 0 ? new SweepSummary(0, 0, 0, 0, 0)
                    : new SweepSummary(scenarios, minimum, maximum, total, withFindings);
        }
    }
}

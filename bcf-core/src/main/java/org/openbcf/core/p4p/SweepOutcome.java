package org.openbcf.core.p4p;

import java.util.Arrays;

import javax.money.MonetaryAmount;

import org.openbcf.core.money.Gbp;

/**
 * The outcome of one scenario of a {@link ScenarioSweep}: its suggested payment in each quarter, the
 * year's totals and how many findings the full rule would report, e.g. scenario 0 of Norfolk
 * 2015/16 with actuals 10% lower: suggested £354,620.00, £920,820.00, £1,813,330.00 and £1,777,570.00,
 * the whole pot of £4,866,340.00. Small on purpose (one array of pence
 * and four numbers), so that sweeps of millions of scenarios stay cheap; the full result is
 * {@link ScenarioSweep#result(long...)}.
 *
 * <p>This class is immutable and thread-safe; equality compares every figure.
 *
 * @since 0.1.0
 */
public final class SweepOutcome {

    private final int scenario;
    private final long[] suggestedPence;
    private final long totalSuggestedPence;
    private final long totalUnreleasedPence;
    private final int findingCount;

    SweepOutcome(int scenario, long[] suggestedPence, long totalSuggestedPence, long totalUnreleasedPence,
                 int findingCount) {
        this.scenario = scenario;
        this.suggestedPence = suggestedPence;
        this.totalSuggestedPence = totalSuggestedPence;
        this.totalUnreleasedPence = totalUnreleasedPence;
        this.findingCount = findingCount;
    }

    /**
     * The scenario's index in its sweep, from 0.
     *
     * @return the index
     */
    public int scenario() {
        return scenario;
    }

    /**
     * The number of quarters, e.g. 4.
     *
     * @return at least 1
     */
    public int quarters() {
        return suggestedPence.length;
    }

    /**
     * The suggested payment of one quarter in pence, e.g. 0 for Norfolk's first quarter.
     *
     * @param quarter the quarter's index in the series, from 0
     * @return the pence, at least 0
     * @throws IndexOutOfBoundsException when the index is not a quarter of the series
     */
    public long suggestedPaymentPence(int quarter) {
        return suggestedPence[quarter];
    }

    /**
     * The year's suggested payments in pence, e.g. 486,634,000 (£4,866,340.00).
     *
     * @return the pence, at least 0
     */
    public long totalSuggestedPence() {
        return totalSuggestedPence;
    }

    /**
     * The year's suggested payments, e.g. £4,866,340.00.
     *
     * @return the amount, never null
     */
    public MonetaryAmount totalSuggested() {
        return Gbp.ofPence(totalSuggestedPence);
    }

    /**
     * The year's unreleased funds in pence (the pot's maximum payments less the suggested ones),
     * e.g. 486,634,000 (£4,866,340.00) when nothing is suggested.
     *
     * @return the pence, may be negative when a quarter plans an increase
     */
    public long totalUnreleasedPence() {
        return totalUnreleasedPence;
    }

    /**
     * How many findings (R-P4P-14, R-P4P-15, R-IN-5) {@link PaymentForPerformance#calculate} reports
     * for this scenario, e.g. 0.
     *
     * @return the count, at least 0
     */
    public int findingCount() {
        return findingCount;
    }

    /**
     * Whether the full rule reports any finding for this scenario.
     *
     * @return true when {@link #findingCount()} is above 0
     */
    public boolean hasFindings() {
        return findingCount > 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SweepOutcome that && scenario == that.scenario
                && totalSuggestedPence == that.totalSuggestedPence && totalUnreleasedPence == that.totalUnreleasedPence
                && findingCount == that.findingCount && Arrays.equals(suggestedPence, that.suggestedPence);
    }

    @Override
    public int hashCode() {
        return (scenario * 31 + Arrays.hashCode(suggestedPence)) * 31 + Long.hashCode(totalSuggestedPence);
    }

    /**
     * The outcome in one line, e.g. {@code scenario 0: suggested [354620.00, 920820.00, 1813330.00, 1777570.00]
     * = £4,866,340.00, unreleased £0.00, 0 findings}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("scenario ").append(scenario).append(": suggested [");
        for (int i = 0; i < suggestedPence.length; i++) {
            text.append(i == 0 ? "" : ", ").append(Gbp.formatPlainPence(suggestedPence[i]));
        }
        return text.append("] = ").append(Gbp.formatPence(totalSuggestedPence)).append(", unreleased ")
                .append(Gbp.formatPence(totalUnreleasedPence)).append(", ").append(findingCount)
                .append(findingCount == 1 ? " finding" : " findings").toString();
    }
}

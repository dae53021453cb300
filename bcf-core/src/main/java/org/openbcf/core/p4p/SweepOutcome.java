package org.openbcf.core.p4p;

import java.util.Arrays;

import javax.money.MonetaryAmount;

import org.openbcf.core.money.Gbp;

/**
 * The outcome of one scenario of a {@link ScenarioSweep}: its suggested payment in each quarter, the
 * year's totals and how many findings the full rule would report, e.g. scenario 0 of Norfolk
 * 2015/16 with actuals 10% lower: suggested £354,620.00, £920,820.00, £1,813,330.00 and £1,777,570.00,
 * the whole pot of £4,866,340.00. Small on purpose (one array of pence, the payment loop's figures,
 * and four numbers), so that sweeps of millions of scenarios stay cheap; the full result is
 * {@link ScenarioSweep#result(long...)}.
 *
 * <p>This class is immutable and thread-safe; equality compares every figure.
 *
 * @since 0.1.0
 */
public final class SweepOutcome {

    private final int scenario;
    /** The payment loop's figures, {@link PerformanceResult#FIGURES} per quarter; the suggested payment is the last. */
    private final long[] figures;
    private final long totalSuggestedPence;
    private final long totalUnreleasedPence;
    private final int findingCount;

    SweepOutcome(int scenario, long[] figures, long totalMaximumPence, int findingCount) {
        this.scenario = scenario;
        this.figures = figures;
        long total = 0;
        for (int i = SUGGESTED; i < figures.length; i += PerformanceResult.FIGURES) {
            total = Math.addExact(total, figures[i]);
        }
        this.totalSuggestedPence = total;
        this.totalUnreleasedPence = Math.subtractExact(totalMaximumPence, total);
        this.findingCount = findingCount;
    }

    private static final int SUGGESTED = 2;

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
        return figures.length / PerformanceResult.FIGURES;
    }

    /**
     * The suggested payment of one quarter in pence, e.g. 0 for Norfolk's first quarter.
     *
     * @param quarter the quarter's index in the series, from 0
     * @return the pence, at least 0
     * @throws IndexOutOfBoundsException when the index is not a quarter of the series
     */
    public long suggestedPaymentPence(int quarter) {
        return figures[PerformanceResult.FIGURES * java.util.Objects.checkIndex(quarter, quarters()) + SUGGESTED];
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
                && findingCount == that.findingCount && Arrays.equals(suggested(), that.suggested());
    }

    @Override
    public int hashCode() {
        return (scenario * 31 + Arrays.hashCode(suggested())) * 31 + Long.hashCode(totalSuggestedPence);
    }

    private long[] suggested() {
        long[] suggested = new long[quarters()];
        for (int i = 0; i < suggested.length; i++) {
            suggested[i] = figures[PerformanceResult.FIGURES * i + SUGGESTED];
        }
        return suggested;
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
        for (int i = 0; i < quarters(); i++) {
            text.append(i == 0 ? "" : ", ").append(Gbp.formatPlainPence(suggestedPaymentPence(i)));
        }
        return text.append("] = ").append(Gbp.formatPence(totalSuggestedPence)).append(", unreleased ")
                .append(Gbp.formatPence(totalUnreleasedPence)).append(", ").append(findingCount)
                .append(findingCount == 1 ? " finding" : " findings").toString();
    }
}

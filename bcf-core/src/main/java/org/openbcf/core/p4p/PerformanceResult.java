package org.openbcf.core.p4p;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import javax.money.MonetaryAmount;

import org.openbcf.core.finding.Findings;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.time.FinancialQuarter;

/**
 * The payment-for-performance figures of a year: one {@link QuarterPayment} per quarter, the totals
 * and the findings. Example, Norfolk 2015/16 (G-1 to G-9): target reduction 3,266 (3.5%), pot
 * £4,866,340.00, ring-fenced £11,428,660.00, total paid £0.00, total unreleased £4,866,340.00, no
 * findings. Computed by {@link PaymentForPerformance#calculate(AdmissionsSeries, PerformanceTerms)}.
 *
 * <p>This class is immutable and thread-safe; equality compares the inputs, every figure and the findings.
 *
 * @since 0.1.0
 */
public final class PerformanceResult {

    /** The figures each quarter adds to its inputs, in pence: maximum payment, amount due, suggested payment. */
    static final int FIGURES = 3;

    private final AdmissionsSeries series;
    private final PerformanceTerms terms;
    /**
     * Per quarter {@code q}: {@code [FIGURES*q]} maximum payment, {@code [FIGURES*q+1]} amount due,
     * {@code [FIGURES*q+2]} suggested payment. Everything else a {@link QuarterPayment} shows (the
     * cumulative reductions and cap, the payment made) follows from these and the inputs exactly, so
     * a year is one small array, and the quarter objects are made only when asked for.
     */
    private final long[] figures;
    private final long targetReduction;
    private final long potPence;
    private final Findings findings;
    /** {@link #quarters()}, made on first use; a race makes equal lists, each safely published. */
    private List<QuarterPayment> quarters;

    PerformanceResult(AdmissionsSeries series, PerformanceTerms terms, long[] figures,
                      long targetReduction, long potPence, Findings findings) {
        this.series = series;
        this.terms = terms;
        this.figures = figures;
        this.targetReduction = targetReduction;
        this.potPence = potPence;
        this.findings = findings;
    }

    /**
     * The admissions the figures were computed from.
     *
     * @return the series, never null
     */
    public AdmissionsSeries series() {
        return series;
    }

    /**
     * The money terms the figures were computed with.
     *
     * @return the terms, never null
     */
    public PerformanceTerms terms() {
        return terms;
    }

    /**
     * The figures of each quarter, in order.
     *
     * @return an unmodifiable list, never null or empty
     */
    public List<QuarterPayment> quarters() {
        List<QuarterPayment> made = quarters;
        if (made == null) {
            made = makeQuarters();
            quarters = made;
        }
        return made;
    }

    private List<QuarterPayment> makeQuarters() {
        AdmissionsQuarter[] inputs = series.quarterArray();
        QuarterPayment[] out = new QuarterPayment[inputs.length];
        long cumulativePlanned = 0;
        long cumulativeActual = 0;
        long cumulativeMaximum = 0;
        for (int i = 0; i < inputs.length; i++) {
            AdmissionsQuarter q = inputs[i];
            cumulativePlanned = Math.addExact(cumulativePlanned, q.baseline() - q.plan());
            cumulativeActual = Math.addExact(cumulativeActual, q.baseline() - q.actual());
            long maximum = figures[FIGURES * i];
            cumulativeMaximum = Math.addExact(cumulativeMaximum, maximum);
            long suggested = figures[FIGURES * i + 2];
            out[i] = new QuarterPayment(q, cumulativePlanned, cumulativeActual, maximum, Math.max(0, cumulativeMaximum),
                    figures[FIGURES * i + 1], suggested, paid(q, suggested));
        }
        return Collections.unmodifiableList(Arrays.asList(out));
    }

    /** The payment made in a quarter: the agreed one when given, else the suggested one. */
    private static long paid(AdmissionsQuarter q, long suggested) {
        return q.hasAgreedPayment() ? q.agreedPence() : suggested;
    }

    /**
     * The figures of one quarter.
     *
     * @param quarter the quarter, not null, one of the series
     * @return the figures, never null
     */
    public QuarterPayment quarter(FinancialQuarter quarter) {
        series.quarter(quarter);
        List<QuarterPayment> all = quarters();
        return all.get((int) all.get(0).quarter().quartersUntil(quarter));
    }

    /**
     * Σ baseline, e.g. 93,089 (G-1).
     *
     * @return the count
     */
    public long baselineTotal() {
        return series.quarters().stream().mapToLong(AdmissionsQuarter::baseline).reduce(0, Math::addExact);
    }

    /**
     * Σ plan, e.g. 89,823 (G-1).
     *
     * @return the count
     */
    public long planTotal() {
        return series.quarters().stream().mapToLong(AdmissionsQuarter::plan).reduce(0, Math::addExact);
    }

    /**
     * Σ actual, e.g. 94,038 (G-5).
     *
     * @return the count
     */
    public long actualTotal() {
        return series.quarters().stream().mapToLong(AdmissionsQuarter::actual).reduce(0, Math::addExact);
    }

    /**
     * The target reduction, Σ baseline − Σ plan (R-P4P-2), e.g. 3,266; zero or negative gives no pot.
     *
     * @return the count
     */
    public long targetReduction() {
        return targetReduction;
    }

    /**
     * The target reduction as a percentage of the baseline, to one decimal place HALF_UP as the
     * template shows it (R-P4P-3): 3,266 / 93,089 gives 3.5. Empty when the baseline total is zero.
     *
     * @return the percentage, scale 1, or empty, never null
     */
    public Optional<BigDecimal> percentChange() {
        long baseline = baselineTotal();
        return baseline == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(targetReduction).movePointRight(2)
                        .divide(BigDecimal.valueOf(baseline), 1, RoundingMode.HALF_UP));
    }

    /**
     * The performance pot, max(0, target) × cost per admission, at most the local share (R-P4P-6),
     * e.g. £4,866,340.00.
     *
     * @return the pot, never null, not negative
     */
    public MonetaryAmount performancePot() {
        return Pence.amount(potPence);
    }

    /**
     * The ring-fenced rest of the local share, local share − pot (R-P4P-19), e.g. £11,428,660.00 (G-9);
     * empty without a local share.
     *
     * @return the amount, or empty, never null
     */
    public Optional<MonetaryAmount> ringFencedFunds() {
        return terms.hasLocalShare() ? Optional.of(Pence.amount(terms.localSharePence() - potPence)) : Optional.empty();
    }

    /**
     * Σ suggested payments, e.g. £0.00 for Norfolk, £4,866,340.00 in G-10 H1.
     *
     * @return the amount, never null
     */
    public MonetaryAmount totalSuggestedPayments() {
        long total = 0;
        for (int i = 2; i < figures.length; i += FIGURES) {
            total = Math.addExact(total, figures[i]);
        }
        return Pence.amount(total);
    }

    /**
     * The suggested payments added up quarter by quarter, in quarter order: £354,620.00,
     * £1,275,440.00, £3,088,770.00, £4,866,340.00 in G-10 H1 (every quarter exactly on plan).
     *
     * @return one running total per quarter, never null
     * @throws ArithmeticException when a total overflows a {@code long} of pence
     */
    public List<MonetaryAmount> cumulativeSuggestedPayments() {
        List<MonetaryAmount> running = new ArrayList<>(figures.length / FIGURES);
        long total = 0;
        for (int i = 2; i < figures.length; i += FIGURES) {
            total = Math.addExact(total, figures[i]);
            running.add(Pence.amount(total));
        }
        return List.copyOf(running);
    }

    /**
     * Σ payments made: agreed where given, suggested otherwise (R-P4P-13), e.g. £3,920,190.00 in G-10 H3.
     *
     * @return the amount, never null
     */
    public MonetaryAmount totalPaid() {
        return Pence.amount(totalPaidPence());
    }

    /**
     * Σ suggested unreleased funds (R-P4P-13), e.g. £4,866,340.00 for Norfolk (G-7), £946,150.00 in G-10 H3.
     *
     * @return the amount, never null
     */
    public MonetaryAmount totalUnreleasedFunds() {
        long total = 0;
        for (int i = 0; i < figures.length; i += FIGURES) {
            total = Math.addExact(total, Math.subtractExact(figures[i], figures[i + 2]));
        }
        return Pence.amount(total);
    }

    /**
     * The rule breaches: R-P4P-14, R-P4P-15 and R-IN-5. Empty for Norfolk (G-8).
     *
     * @return the findings, never null
     */
    public Findings findings() {
        return findings;
    }

    long totalPaidPence() {
        AdmissionsQuarter[] inputs = series.quarterArray();
        long total = 0;
        for (int i = 0; i < inputs.length; i++) {
            total = Math.addExact(total, paid(inputs[i], figures[FIGURES * i + 2]));
        }
        return total;
    }

    long potPence() {
        return potPence;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PerformanceResult that && series.equals(that.series) && terms.equals(that.terms)
                && Arrays.equals(figures, that.figures) && targetReduction == that.targetReduction
                && potPence == that.potPence && findings.equals(that.findings);
    }

    @Override
    public int hashCode() {
        return quarters().hashCode() * 31 + terms.hashCode();
    }

    /**
     * The totals in one line, e.g.
     * {@code target 3266 (3.5%), pot £4,866,340.00, paid £0.00, unreleased £4,866,340.00, 0 findings}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return "target " + targetReduction + percentChange().map(p -> " (" + p.toPlainString() + "%)").orElse("")
                + ", pot " + Gbp.format(performancePot()) + ", paid " + Gbp.format(totalPaid())
                + ", unreleased " + Gbp.format(totalUnreleasedFunds()) + ", " + findings.size() + " findings";
    }
}

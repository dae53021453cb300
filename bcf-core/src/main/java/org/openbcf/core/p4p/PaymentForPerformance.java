package org.openbcf.core.p4p;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Rule;
import org.openbcf.core.finding.Findings;
import org.openbcf.core.finding.Severity;
import org.openbcf.core.internal.Checks;

/**
 * The 2015/16 payment-for-performance rule: suggested quarterly payments and unreleased funds from
 * planned and actual reductions in non-elective admissions (BCF 2015/16 technical guidance, as
 * pinned in {@code shared/spec/README.md}, "Payment for performance", R-P4P-2 to R-P4P-15).
 *
 * <pre>
 * planned_q    = baseline_q − plan_q                 target = Σ planned_q
 * pot          = max(0, target) × cost, at most the local share
 * maxPay_q     = planned_q ÷ target × pot            cap_q = max(0, Σ_{j≤q} maxPay_j)
 * due_q        = min(max(0, Σ_{j≤q}(baseline_j − actual_j) ÷ target × pot), cap_q)
 * suggested_q  = max(0, due_q − Σ_{j&lt;q} payment_j)   payment_j = agreed_j if given, else suggested_j
 * unreleased_q = maxPay_q − suggested_q
 * </pre>
 *
 * <p><b>Rounding.</b> Every figure is exact whole pence when pot ÷ target is a whole number of pence,
 * which it always is unless a local share caps the pot (then pot ÷ target = share ÷ target). In that
 * case the two quantities the rule gets by dividing, the cumulative cap Σ maxPay and the cumulative
 * amount due, are each rounded once to the penny with {@link RoundingMode#HALF_UP}, and maxPay_q is
 * the difference of consecutive rounded cumulative caps, so the quarters add up to the pot exactly.
 *
 * <p>Breaches are {@link Finding}s, not exceptions: {@code R-P4P-14} cumulative payments made above
 * cumulative suggested payments ("not permitted"), {@code R-P4P-15} an agreed payment that differs
 * from the suggested one without a comment, {@code R-IN-5} a comment over 750 characters.
 *
 * <p><b>Exact sums.</b> Every running total (the target, the cumulative reductions, the payments made
 * and suggested so far) is made with {@link Math#addExact}, so a sum that does not fit a {@code long}
 * is an {@link ArithmeticException}, never a wrapped figure; the input limits keep every year in range.
 *
 * <p>This class is a stateless function and thread-safe.
 *
 * @since 0.1.0
 */
public final class PaymentForPerformance {

    /** The longest comment the template accepts: 750 characters (R-IN-5). */
    public static final int MAX_COMMENT_LENGTH = 750;

    private PaymentForPerformance() {
    }

    /**
     * Computes the year's payments, unreleased funds and findings.
     *
     * @param series the admissions, not null
     * @param terms  the cost per admission and optional local share, not null
     * @return the result, never null
     * @throws ArithmeticException when a running total does not fit in a {@code long} of pence, which
     *                             the input limits rule out for any series of up to 900 quarters
     *                             (counts at most {@link AdmissionsQuarter#MAX_COUNT}, payments at
     *                             most {@link AdmissionsQuarter#MAX_PAYMENT_PENCE}); never a wrapped figure
     */
    public static PerformanceResult calculate(AdmissionsSeries series, PerformanceTerms terms) {
        Checks.notNull(series, "series");
        Checks.notNull(terms, "terms");
        AdmissionsQuarter[] inputs = series.quarterArray();
        int n = inputs.length;
        long target = 0;
        for (AdmissionsQuarter q : inputs) {
            target = Math.addExact(target, q.baseline() - q.plan());
        }
        long pot = pot(target, terms);
        long unit = unit(pot, target);
        long[] figures = new long[PerformanceResult.FIGURES * n];
        maxima(inputs, target, pot, unit, figures);
        int count = payments(inputs, figures, target, pot, unit, null, 0, figures, null);
        if (count == 0) {
            return new PerformanceResult(series, terms, figures, target, pot, Findings.none());
        }
        // a year with findings runs the loop again to describe them; a year without allocates nothing for them
        List<Finding> findings = new ArrayList<>(count);
        maxima(inputs, target, pot, unit, figures);
        payments(inputs, figures, target, pot, unit, null, 0, figures, findings);
        return new PerformanceResult(series, terms, figures, target, pot, Findings.of(findings));
    }

    /**
     * The figures of a year that do not depend on the actuals (R-P4P-5, R-P4P-10): per quarter
     * {@code i}, the maximum payment planned reduction ÷ target × pot at {@code [FIGURES*i]} and the
     * cumulative cap max(0, Σ maximum payments) at {@code [FIGURES*i+1]}, in pence. Computed once by
     * {@link ScenarioSweep} for all its scenarios.
     *
     * @param inputs  the quarters
     * @param target  the target reduction, Σ(baseline − plan)
     * @param pot     the pot in pence, {@link #pot}
     * @param unit    the pence per admission, {@link #unit}
     * @param figures receives the figures, {@link PerformanceResult#FIGURES} per quarter
     */
    static void maxima(AdmissionsQuarter[] inputs, long target, long pot, long unit, long[] figures) {
        long cumulativePlanned = 0;
        long previousCap = 0;
        for (int i = 0; i < inputs.length; i++) {
            AdmissionsQuarter q = inputs[i];
            cumulativePlanned = Math.addExact(cumulativePlanned, q.baseline() - q.plan());
            long cumulativeMaximum = share(cumulativePlanned, unit, pot, target);
            figures[PerformanceResult.FIGURES * i] = Math.subtractExact(cumulativeMaximum, previousCap);
            figures[PerformanceResult.FIGURES * i + 1] = Math.max(0, cumulativeMaximum);
            previousCap = cumulativeMaximum;
        }
    }

    /**
     * The payment loop, quarter after quarter (R-P4P-8 to R-P4P-11, and the findings R-P4P-14,
     * R-P4P-15, R-IN-5): the one place where the rule turns actual reductions into amounts due,
     * suggested payments and payments made. {@link #calculate} runs it once on a series' own actuals;
     * {@link ScenarioSweep} runs it for every scenario, with the scenario's actuals and the maxima it
     * computed once.
     *
     * @param inputs    the quarters (baseline, agreed payment, comment; and actual unless {@code actuals} is given)
     * @param maxima    the figures of {@link #maxima}: the cumulative cap of quarter {@code i} at {@code [FIGURES*i+1]}
     * @param target    the target reduction, Σ(baseline − plan)
     * @param pot       the pot in pence, {@link #pot}
     * @param unit      the pence per admission, {@link #unit}
     * @param actuals   each quarter's actual admissions, checked to be 0 to {@link AdmissionsQuarter#MAX_COUNT};
     *                  or null for the inputs' own actuals
     * @param scenario  the scenario whose actuals to read
     * @param figures   receives, per quarter {@code i}, the amount due at {@code [FIGURES*i+1]} and the suggested
     *                  payment at {@code [FIGURES*i+2]}, in pence; may be {@code maxima} itself (each cap is read
     *                  before its place is written)
     * @param described receives each finding, described; or null to count them only
     * @return the number of findings
     */
    static int payments(AdmissionsQuarter[] inputs, long[] maxima, long target, long pot, long unit,
                        ScenarioSweep.ActualsSource actuals, int scenario, long[] figures, List<Finding> described) {
        int findings = 0;
        long cumulativeActual = 0;
        long paidBefore = 0;
        long suggestedBefore = 0;
        for (int i = 0; i < inputs.length; i++) {
            AdmissionsQuarter q = inputs[i];
            long actual = actuals == null ? q.actual()
                    : Checks.inRange(actuals.actual(scenario, i), 0, AdmissionsQuarter.MAX_COUNT, "actual for ", q.quarter());
            cumulativeActual = Math.addExact(cumulativeActual, q.baseline() - actual);
            long cap = maxima[PerformanceResult.FIGURES * i + 1];
            long due = Math.min(Math.max(0, share(cumulativeActual, unit, pot, target)), cap);
            long suggested = Math.max(0, Math.subtractExact(due, paidBefore));
            long paid = q.hasAgreedPayment() ? q.agreedPence() : suggested;
            paidBefore = Math.addExact(paidBefore, paid);
            suggestedBefore = Math.addExact(suggestedBefore, suggested);
            figures[PerformanceResult.FIGURES * i + 1] = due;
            figures[PerformanceResult.FIGURES * i + 2] = suggested;
            if (q.hasAgreedPayment() || q.commentOrNull() != null || paidBefore > suggestedBefore) {
                findings += PaymentFindings.check(q, suggested, paidBefore, suggestedBefore, described);
            }
        }
        return findings;
    }

    /**
     * The performance pot in pence: {@code max(0, target) × cost}, at most the local share.
     *
     * @param target the target reduction
     * @param terms  the terms
     * @return the pot, at least 0
     */
    static long pot(long target, PerformanceTerms terms) {
        if (target <= 0) {
            return 0;
        }
        long pot = Math.multiplyExact(target, terms.costPence());
        return terms.hasLocalShare() ? Math.min(pot, terms.localSharePence()) : pot;
    }

    /**
     * The pot per admission in whole pence when pot ÷ target is whole, else -1.
     *
     * @param pot    the pot in pence
     * @param target the target reduction
     * @return the pence per admission, or -1
     */
    static long unit(long pot, long target) {
        long divisor = Math.max(target, 1);
        return pot % divisor == 0 ? pot / divisor : -1;
    }

    static long share(long count, long unit, long pot, long target) {
        if (pot == 0) {
            return 0;
        }
        return unit >= 0 ? Math.multiplyExact(count, unit) : Pence.share(count, pot, target);
    }

    /** Builds the findings of one quarter; kept apart so the calculation stays readable. */
    static final class PaymentFindings {

        private PaymentFindings() {
        }

        static int check(AdmissionsQuarter q, long suggested, long cumulativePaid, long cumulativeSuggested,
                         List<Finding> described) {
            String comment = q.commentOrNull();
            boolean overpaid = cumulativePaid > cumulativeSuggested;
            boolean unexplained = q.hasAgreedPayment() && q.agreedPence() != suggested
                    && (comment == null || comment.isBlank());
            // at most 750 chars is at most 750 characters: counted only when it could be too long, as a
            // sweep checks the same comment in every scenario
            int length = comment == null || comment.length() <= MAX_COMMENT_LENGTH ? 0
                    : comment.codePointCount(0, comment.length());
            boolean tooLong = length > MAX_COMMENT_LENGTH;
            if (described == null || !overpaid && !unexplained && !tooLong) {
                return (overpaid ? 1 : 0) + (unexplained ? 1 : 0) + (tooLong ? 1 : 0);
            }
            String where = "p4p." + q.quarter();
            if (overpaid) {
                described.add(Finding.of(Rule.R_P4P_14, Severity.ERROR, where + ".agreedPayment",
                                "cumulative agreed payments to the end of " + q.quarter()
                                        + " exceed cumulative suggested payments: this is not permitted")
                        .withAmount("cumulativeAgreed", Pence.amount(cumulativePaid))
                        .withAmount("cumulativeSuggested", Pence.amount(cumulativeSuggested))
                        .withAmount("excess", Pence.amount(cumulativePaid - cumulativeSuggested)));
            }
            if (unexplained) {
                described.add(Finding.of(Rule.R_P4P_15, Severity.ERROR, where + ".comment",
                                "agreed payment for " + q.quarter() + " differs from the suggested payment"
                                        + " and needs a comment")
                        .withAmount("agreed", Pence.amount(q.agreedPence()))
                        .withAmount("suggested", Pence.amount(suggested))
                        .withAmount("difference", Pence.amount(q.agreedPence() - suggested)));
            }
            if (tooLong) {
                described.add(Finding.of(Rule.R_IN_5, Severity.ERROR, where + ".comment",
                                "comment for " + q.quarter() + " has " + length + " characters; at most "
                                        + MAX_COMMENT_LENGTH + " are allowed")
                        .withFigure("characters", BigDecimal.valueOf(length)));
            }
            return (overpaid ? 1 : 0) + (unexplained ? 1 : 0) + (tooLong ? 1 : 0);
        }
    }
}

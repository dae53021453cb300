package org.openbcf.metrics.discharge;

import java.math.BigDecimal;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Rule;
import org.openbcf.core.finding.Findings;
import org.openbcf.core.finding.Severity;
import org.openbcf.core.internal.Checks;
import org.openbcf.metrics.stats.ConfidenceLevel;
import org.openbcf.metrics.stats.Estimate;
import org.openbcf.metrics.stats.Proportions;

/**
 * The discharge-ready-date measures of a board, monthly and year to date, e.g. April 2024 (1,000
 * discharges, 820 on the ready date, 1,083 bed days lost): 82.0% on the ready date, 1.083 days per
 * discharge, 6.017 days per delayed discharge.
 *
 * <p>Rules (findings, not exceptions):
 * <ul>
 * <li>{@code R-DRD-1} (error): discharged on the ready date + delayed in all bands must
 *     equal the discharges; otherwise no measures.</li>
 * <li>{@code R-DRD-2} (warning): bed days lost must lie between what the bands imply at
 *     their fewest days (1, 2, 4, 7, 14, 21 per discharge) and, when none is in the open 21+ band, at
 *     their most (1, 3, 6, 13, 20); the measures are still given.</li>
 * <li>{@code R-DRD-3} (error): a period with no discharges has no measures.</li>
 * </ul>
 * The year to date sums consecutive months of one financial year (April to March) and is not computed
 * when a month fails {@code R-DRD-1}. Source: NHS England DRD statistics
 * ({@code bcf-2024-27.md} §1.5). This class is stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class DischargeDelays {

    /** Rule: same-day plus delayed discharges equal all discharges. */
    public static final Rule SAME_DAY_PLUS_DELAYED = Rule.R_DRD_1;
    /** Rule: bed days lost are within what the delay bands imply. */
    public static final Rule BED_DAYS_WITHIN_BANDS = Rule.R_DRD_2;
    /** Rule: a period needs at least one discharge to be measured. */
    public static final Rule NO_DISCHARGES = Rule.R_DRD_3;

    private static final double PERCENT = 100.0;

    private DischargeDelays() {
    }

    /**
     * One month's measures and findings.
     *
     * @param month      the month's counts, not null
     * @param confidence the level of the Wilson interval, not null
     * @return the report, never null
     */
    public static DelayReport month(DischargeMonth month, ConfidenceLevel confidence) {
        Checks.notNull(month, "month");
        Checks.notNull(confidence, "confidence");
        Findings findings = check(month);
        Optional<DelayMeasures> measures = findings.hasErrors() ? Optional.empty()
                : Optional.of(measures(month.month(), month.month(), month.discharges(), month.onReadyDate(),
                        month.bedDaysLost(), confidence));
        return new DelayReport(month.month(), month.month(), measures, findings);
    }

    /**
     * Each month's report, in order.
     *
     * @param months     the months, not null
     * @param confidence the level, not null
     * @return one report per month, never null
     */
    public static List<DelayReport> months(List<DischargeMonth> months, ConfidenceLevel confidence) {
        Checks.notNull(months, "months");
        return months.stream().map(m -> month(m, confidence)).toList();
    }

    /**
     * The year to date: the months' counts summed, measured as one period, with every month's findings.
     *
     * @param months     consecutive months of one financial year, at least one, not null
     * @param confidence the level, not null
     * @return the report, never null; no measures when a month's figures do not add up
     * @throws IllegalArgumentException when the months are not consecutive or cross 1 April
     */
    public static DelayReport yearToDate(List<DischargeMonth> months, ConfidenceLevel confidence) {
        Checks.notNull(months, "months");
        Checks.notNull(confidence, "confidence");
        if (months.isEmpty()) {
            throw new IllegalArgumentException("a year to date needs at least one month");
        }
        List<Finding> all = new ArrayList<>();
        long discharges = 0;
        long onReadyDate = 0;
        long bedDays = 0;
        YearMonth first = Checks.notNull(months.get(0), "month 1").month();
        YearMonth previous = null;
        for (DischargeMonth month : months) {
            Checks.notNull(month, "month");
            if (previous != null && !month.month().equals(previous.plusMonths(1))) {
                throw new IllegalArgumentException("month " + month.month() + " must follow " + previous
                        + ": a year to date is consecutive months");
            }
            if (previous != null && month.month().getMonth() == Month.APRIL) {
                throw new IllegalArgumentException("month " + month.month()
                        + " starts a new financial year: a year to date runs April to March");
            }
            all.addAll(check(month).list());
            discharges = Math.addExact(discharges, month.discharges());
            onReadyDate = Math.addExact(onReadyDate, month.onReadyDate());
            bedDays = Math.addExact(bedDays, month.bedDaysLost());
            previous = month.month();
        }
        Findings findings = Findings.of(all);
        Optional<DelayMeasures> measures = findings.hasErrors() ? Optional.empty()
                : Optional.of(measures(first, previous, discharges, onReadyDate, bedDays, confidence));
        return new DelayReport(first, previous, measures, findings);
    }

    private static DelayMeasures measures(YearMonth from, YearMonth to, long discharges, long onReadyDate,
                                          long bedDays, ConfidenceLevel confidence) {
        Estimate percent = Proportions.wilson(onReadyDate, discharges, confidence, PERCENT);
        long delayed = discharges - onReadyDate;
        OptionalDouble perDelayed = delayed == 0 ? OptionalDouble.empty()
                : OptionalDouble.of((double) bedDays / delayed);
        return new DelayMeasures(from, to, discharges, onReadyDate, bedDays, percent,
                (double) bedDays / discharges, perDelayed);
    }

    /**
     * The findings on one month's figures: {@code R-DRD-1}, {@code R-DRD-2},
     * {@code R-DRD-3}.
     *
     * @param month the month's counts, not null
     * @return the findings, never null (empty when the figures are consistent)
     */
    public static Findings check(DischargeMonth month) {
        Checks.notNull(month, "month");
        String where = "discharge." + month.month();
        List<Finding> findings = new ArrayList<>();
        long delayed = month.delayed();
        long accounted = Math.addExact(month.onReadyDate(), delayed);
        if (month.discharges() == 0) {
            findings.add(Finding.of(NO_DISCHARGES, Severity.ERROR, where + ".discharges",
                    "no discharges in " + month.month() + ": the delay measures are not available"));
        }
        if (accounted != month.discharges()) {
            findings.add(Finding.of(SAME_DAY_PLUS_DELAYED, Severity.ERROR, where + ".discharges",
                            "discharged on the ready date plus delayed (" + accounted + ") differs from the "
                                    + month.discharges() + " discharges in " + month.month())
                    .withFigure("discharges", BigDecimal.valueOf(month.discharges()))
                    .withFigure("onReadyDate", BigDecimal.valueOf(month.onReadyDate()))
                    .withFigure("delayed", BigDecimal.valueOf(delayed))
                    .withFigure("difference", BigDecimal.valueOf(accounted - month.discharges())));
        }
        long fewest = 0;
        long most = 0;
        boolean bounded = true;
        for (Map.Entry<DelayBand, Long> band : month.delayedByBand().entrySet()) {
            fewest = Math.addExact(fewest, Math.multiplyExact(band.getKey().minimumDays(), band.getValue()));
            if (band.getKey().maximumDays().isPresent()) {
                most = Math.addExact(most, Math.multiplyExact(band.getKey().maximumDays().getAsInt(), band.getValue()));
            } else if (band.getValue() > 0) {
                bounded = false;
            }
        }
        if (month.bedDaysLost() < fewest || bounded && month.bedDaysLost() > most) {
            Finding finding = Finding.of(BED_DAYS_WITHIN_BANDS, Severity.WARNING, where + ".bedDaysLost",
                            "bed days lost (" + month.bedDaysLost() + ") in " + month.month()
                                    + " are outside what the delay bands imply (" + fewest + " to "
                                    + (bounded ? Long.toString(most) : "no limit") + ")")
                    .withFigure("bedDaysLost", BigDecimal.valueOf(month.bedDaysLost()))
                    .withFigure("fewest", BigDecimal.valueOf(fewest));
            findings.add(bounded ? finding.withFigure("most", BigDecimal.valueOf(most)) : finding);
        }
        return Findings.of(findings);
    }
}

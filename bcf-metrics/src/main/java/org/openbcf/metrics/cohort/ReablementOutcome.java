package org.openbcf.metrics.cohort;

import java.time.LocalDate;
import java.time.Month;
import java.util.Collection;

import org.openbcf.core.internal.Checks;
import org.openbcf.core.time.FinancialYear;
import org.openbcf.metrics.stats.ConfidenceLevel;
import org.openbcf.metrics.stats.Estimate;
import org.openbcf.metrics.stats.Proportions;

/**
 * ASCOF 2B(1), the BCF reablement metric: the percentage of people aged 65+ still at home 91 days
 * after discharge from hospital into reablement, with its Wilson interval and the counts behind it,
 * e.g. 865 of 1,000 → 86.5%.
 *
 * <p>Cohort: aged 65+ at discharge, discharged 1 October – 31 December of the financial year's first
 * calendar year; numerator: at home on the date 91 days after discharge; deaths and people in
 * hospital or a care home stay in the denominator only ({@code statistics.md}, "ASCOF definitions").
 * This class is immutable and thread-safe.
 *
 * @param percentage             the percentage still at home, with its interval, not null
 * @param atHome                 people at home on the follow-up date (the numerator)
 * @param cohort                 discharges in the cohort (the denominator)
 * @param died                   cohort members who died within the 91 days
 * @param inHospitalOrCareHome   cohort members in hospital or a care home on the follow-up date
 * @param excludedUnder65        discharges in the window of people under 65
 * @param excludedOutsideWindow  discharges outside 1 October – 31 December
 * @since 0.1.0
 */
public record ReablementOutcome(Estimate percentage, long atHome, long cohort, long died, long inHospitalOrCareHome,
                                long excludedUnder65, long excludedOutsideWindow) {

    /**
     * Checks the components.
     *
     * @param percentage            the estimate
     * @param atHome                the numerator
     * @param cohort                the denominator
     * @param died                  deaths
     * @param inHospitalOrCareHome  in hospital or a care home
     * @param excludedUnder65       under 65
     * @param excludedOutsideWindow outside the window
     */
    public ReablementOutcome {
        Checks.notNull(percentage, "percentage");
        if (atHome + died + inHospitalOrCareHome != cohort) {
            throw new IllegalArgumentException("cohort (" + cohort + ") must equal at home (" + atHome + ") + died ("
                    + died + ") + in hospital or a care home (" + inHospitalOrCareHome + ")");
        }
    }

    /**
     * Computes the metric for a year from person-level discharges.
     *
     * @param discharges the discharges into reablement, not null
     * @param year       the financial year, e.g. 2022/23 (discharges 1 Oct – 31 Dec 2022), not null
     * @param confidence the level of the interval, not null
     * @return the outcome, never null
     * @throws IllegalArgumentException when no discharge is in the cohort
     */
    public static ReablementOutcome of(Collection<ReablementDischarge> discharges, FinancialYear year,
                                       ConfidenceLevel confidence) {
        Checks.notNull(discharges, "discharges");
        Checks.notNull(year, "year");
        Checks.notNull(confidence, "confidence");
        LocalDate first = LocalDate.of(year.startYear(), Month.OCTOBER, 1);
        LocalDate last = LocalDate.of(year.startYear(), Month.DECEMBER, 31);
        long atHome = 0;
        long died = 0;
        long elsewhere = 0;
        long under65 = 0;
        long outside = 0;
        for (ReablementDischarge discharge : discharges) {
            Checks.notNull(discharge, "discharge");
            if (discharge.dischargeDate().isBefore(first) || discharge.dischargeDate().isAfter(last)) {
                outside++;
            } else if (discharge.ageAtDischarge() < Ages.SIXTY_FIVE) {
                under65++;
            } else if (discharge.followUp().isAtHome()) {
                atHome++;
            } else if (discharge.followUp() == FollowUpStatus.DIED) {
                died++;
            } else {
                elsewhere++;
            }
        }
        long cohort = atHome + died + elsewhere;
        if (cohort == 0) {
            throw new IllegalArgumentException("no discharges of people aged 65+ between " + first + " and " + last
                    + " (" + discharges.size() + " records)");
        }
        Estimate percentage = Proportions.wilson(atHome, cohort, confidence, 100);
        return new ReablementOutcome(percentage, atHome, cohort, died, elsewhere, under65, outside);
    }
}

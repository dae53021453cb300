package org.openbcf.metrics.cohort;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.openbcf.core.internal.Checks;
import org.openbcf.core.time.FinancialYear;
import org.openbcf.metrics.stats.ConfidenceLevel;
import org.openbcf.metrics.stats.Estimate;
import org.openbcf.metrics.stats.Rates;

/**
 * ASCOF 2A(2) (2C from 2023-24), the BCF residential admissions metric: council-supported people aged
 * 65+ permanently admitted to residential or nursing care in the year per 100,000 population aged
 * 65+, with its interval and the counts behind it, e.g. 1,291 in 240,000 → 537.92 (G10).
 *
 * <p>Age is taken at admission; transfers between residential and nursing care are excluded; a person
 * counts once however often admitted. Full precision is kept; DHSC rounds to 1 decimal place for
 * publication ({@code statistics.md}). This class is immutable and thread-safe.
 *
 * @param rate                the rate per 100,000 aged 65+, with its interval, not null
 * @param people              people counted (the numerator)
 * @param population          the population aged 65+ (the denominator), at least 1
 * @param excludedUnder65     admissions of people under 65
 * @param excludedOutsideYear admissions outside the financial year
 * @param excludedTransfers   transfers between residential and nursing care
 * @param repeatAdmissions    further admissions of people already counted
 * @since 0.1.0
 */
public record AdmissionsRate(Estimate rate, long people, long population, long excludedUnder65,
                             long excludedOutsideYear, long excludedTransfers, long repeatAdmissions) {

    /**
     * Checks the components.
     *
     * @param rate                the estimate
     * @param people              the numerator
     * @param population          the denominator
     * @param excludedUnder65     under 65
     * @param excludedOutsideYear outside the year
     * @param excludedTransfers   transfers
     * @param repeatAdmissions    repeats
     */
    public AdmissionsRate {
        Checks.notNull(rate, "rate");
    }

    /**
     * Computes the metric for a financial year from person-level admissions.
     *
     * @param admissions   the admissions, not null
     * @param year         the financial year, not null
     * @param population65 the ONS mid-year population aged 65+, at least 1
     * @param confidence   the level of the interval, not null
     * @return the rate, never null
     */
    public static AdmissionsRate of(Collection<PermanentAdmission> admissions, FinancialYear year, long population65,
                                    ConfidenceLevel confidence) {
        Checks.notNull(admissions, "admissions");
        Checks.notNull(year, "year");
        Checks.notNull(confidence, "confidence");
        Set<String> people = new HashSet<>();
        long under65 = 0;
        long outside = 0;
        long transfers = 0;
        long repeats = 0;
        for (PermanentAdmission admission : admissions) {
            Checks.notNull(admission, "admission");
            if (!year.contains(admission.admissionDate())) {
                outside++;
            } else if (admission.transfer()) {
                transfers++;
            } else if (admission.ageAtAdmission() < Ages.SIXTY_FIVE) {
                under65++;
            } else if (!people.add(admission.personId())) {
                repeats++;
            }
        }
        Estimate rate = Rates.perHundredThousand(people.size(), population65, confidence);
        return new AdmissionsRate(rate, people.size(), population65, under65, outside, transfers, repeats);
    }
}

package org.openbcf.review;

import java.util.Optional;

import javax.money.MonetaryAmount;

import org.openbcf.core.internal.Checks;
import org.openbcf.core.p4p.PerformanceTerms;
import org.openbcf.core.risk.RiskMatrix;
import org.openbcf.core.year.BcfYear;

/**
 * What a dataset's {@code board.csv} says: the board, the year and its section 75 flag, and the
 * figures the template states or the caller supplies (each optional; a dataset file names them in its {@code board.csv}).
 * This class is immutable.
 *
 * @param name                    the Health and Wellbeing Board, e.g. {@code Lewisham}
 * @param year                    the BCF year
 * @param section75               whether the fund is pooled under section 75
 * @param formatVersion           the dataset format version, e.g. {@code 1}
 * @param statedPool              the pooled fund the template states
 * @param socialCareBaseline      last year's adult social care spend from the NHS minimum
 * @param statedSocialCare        this year's adult social care spend from the NHS minimum, as stated
 * @param statedOutOfHospital     the NHS-commissioned out-of-hospital spend, as stated
 * @param outOfHospitalMinimum    the area's minimum NHS-commissioned out-of-hospital spend (caller supplied)
 * @param incomeSheetPool         the pooled fund of a quarterly income sheet
 * @param expenditureSheetPool    the pooled fund of a quarterly expenditure sheet
 * @param paymentForPerformance   the P4P terms (cost per admission and local share), when given
 * @param riskMatrix              the risk register's matrix, when given
 * @since 0.1.0
 */
public record Board(String name, BcfYear year, boolean section75, String formatVersion,
                    Optional<MonetaryAmount> statedPool, Optional<MonetaryAmount> socialCareBaseline,
                    Optional<MonetaryAmount> statedSocialCare, Optional<MonetaryAmount> statedOutOfHospital,
                    Optional<MonetaryAmount> outOfHospitalMinimum, Optional<MonetaryAmount> incomeSheetPool,
                    Optional<MonetaryAmount> expenditureSheetPool, Optional<PerformanceTerms> paymentForPerformance,
                    Optional<RiskMatrix> riskMatrix) {

    /**
     * Checks the components.
     *
     * @param name                  the board
     * @param year                  the year
     * @param section75             the section 75 flag
     * @param formatVersion         the format version
     * @param statedPool            the stated pool
     * @param socialCareBaseline    last year's adult social care spend
     * @param statedSocialCare      the stated adult social care spend
     * @param statedOutOfHospital   the stated out-of-hospital spend
     * @param outOfHospitalMinimum  the out-of-hospital minimum
     * @param incomeSheetPool       the income sheet's pool
     * @param expenditureSheetPool  the expenditure sheet's pool
     * @param paymentForPerformance the P4P terms
     * @param riskMatrix            the risk matrix
     */
    public Board {
        Checks.notBlank(name, "board");
        Checks.notNull(year, "year");
        Checks.notBlank(formatVersion, "formatVersion");
        Checks.notNull(statedPool, "statedPool");
        Checks.notNull(socialCareBaseline, "socialCareBaseline");
        Checks.notNull(statedSocialCare, "statedSocialCare");
        Checks.notNull(statedOutOfHospital, "statedOutOfHospital");
        Checks.notNull(outOfHospitalMinimum, "outOfHospitalMinimum");
        Checks.notNull(incomeSheetPool, "incomeSheetPool");
        Checks.notNull(expenditureSheetPool, "expenditureSheetPool");
        Checks.notNull(paymentForPerformance, "paymentForPerformance");
        Checks.notNull(riskMatrix, "riskMatrix");
    }

    /**
     * The board and year, e.g. {@code Lewisham 2025/26}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return name + " " + year;
    }
}

package org.openbcf.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.money.MonetaryAmount;

import org.openbcf.core.condition.ConditionAnswer;
import org.openbcf.core.internal.Checks;
import org.openbcf.core.p4p.PerformanceTerms;
import org.openbcf.core.risk.RiskMatrix;
import org.openbcf.core.year.BcfYear;
import org.openbcf.core.year.MandatorySpend;
import org.openbcf.metrics.catalogue.Metric;

/**
 * What a dataset's {@code board.csv} says: the board, the year and its section 75 flag, and the
 * figures the template states or the caller supplies (each optional; a dataset file names them in its {@code board.csv}).
 * This class is immutable.
 *
 * <p>A caller-supplied figure (the uplifts, what the NHS minimum must fund, the allowed answers, and
 * every value of {@code supplied}) is refused where the year's sources give it, in code as in board.csv:
 * openbcf never lets a board overwrite a national rule.
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
 * @param socialCareFloorUplift   the year's uplift of adult social care spend over last year, as a fraction,
 *                                when the board supplies it (a year whose sources give none, e.g. 0.05 in 2021/22)
 * @param nhsMinimumUplift        the year's uplift of the NHS minimum contribution, as a fraction, when supplied
 * @param nhsMinimumMustFund      what the NHS minimum must fund, when the board supplies it for a year whose
 *                                sources are silent
 * @param metricDefinitions       the definitions the board supplies for metrics whose definition is not in
 *                                openbcf's sources (e.g. 2025-26 {@code unplanned-admissions}), by metric id
 * @param conditionAnswers        the answers the national conditions allow, when the board supplies them for a
 *                                year whose sources do not record them (e.g. 2025/26)
 * @param supplied                the year's other values the board supplies where the sources are silent (the
 *                                conditions' wording, what a No requires, national totals, ...); a value the
 *                                year's sources give is refused ({@link SuppliedYearValues#requireCallerSupplied})
 * @since 0.1.0
 */
public record Board(String name, BcfYear year, boolean section75, String formatVersion,
                    Optional<MonetaryAmount> statedPool, Optional<MonetaryAmount> socialCareBaseline,
                    Optional<MonetaryAmount> statedSocialCare, Optional<MonetaryAmount> statedOutOfHospital,
                    Optional<MonetaryAmount> outOfHospitalMinimum, Optional<MonetaryAmount> incomeSheetPool,
                    Optional<MonetaryAmount> expenditureSheetPool, Optional<PerformanceTerms> paymentForPerformance,
                    Optional<RiskMatrix> riskMatrix, Optional<BigDecimal> socialCareFloorUplift,
                    Optional<BigDecimal> nhsMinimumUplift, Optional<Set<MandatorySpend>> nhsMinimumMustFund,
                    Map<String, Metric> metricDefinitions, Optional<Set<ConditionAnswer>> conditionAnswers,
                    SuppliedYearValues supplied) {

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
     * @param socialCareFloorUplift the supplied adult social care uplift
     * @param nhsMinimumUplift      the supplied NHS minimum uplift
     * @param nhsMinimumMustFund    the supplied uses the NHS minimum must fund
     * @param metricDefinitions     the supplied metric definitions
     * @param conditionAnswers      the supplied answers the national conditions allow
     * @param supplied              the year's other supplied values
     * @throws IllegalArgumentException when {@code supplied} holds a value the year's sources give
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
        Checks.notNull(socialCareFloorUplift, "socialCareFloorUplift");
        Checks.notNull(nhsMinimumUplift, "nhsMinimumUplift");
        nhsMinimumMustFund = Checks.notNull(nhsMinimumMustFund, "nhsMinimumMustFund").map(Set::copyOf);
        metricDefinitions = Map.copyOf(Checks.notNull(metricDefinitions, "metricDefinitions"));
        conditionAnswers = Checks.notNull(conditionAnswers, "conditionAnswers").map(Set::copyOf);
        Checks.notNull(supplied, "supplied").requireCallerSupplied(year);
        // the board's own supplied figures, like the others: never one the year's sources give
        List<String> sourced = new ArrayList<>();
        SuppliedYearValues.check(socialCareFloorUplift, year.socialCareFloor(), "the adult social care uplift", sourced);
        SuppliedYearValues.check(nhsMinimumUplift, year.nhsMinimumUplift(), "the NHS minimum uplift", sourced);
        SuppliedYearValues.check(nhsMinimumMustFund, year.nhsMinimumMustFund(), "what the NHS minimum must fund", sourced);
        SuppliedYearValues.check(conditionAnswers, year.allowedAnswers(), "the answers the national conditions allow",
                sourced);
        if (!sourced.isEmpty()) {
            throw new IllegalArgumentException(sourced.get(0));
        }
    }

    /**
     * A board without caller-supplied year figures (uplifts, uses of the NHS minimum, metric definitions).
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
    public Board(String name, BcfYear year, boolean section75, String formatVersion,
                 Optional<MonetaryAmount> statedPool, Optional<MonetaryAmount> socialCareBaseline,
                 Optional<MonetaryAmount> statedSocialCare, Optional<MonetaryAmount> statedOutOfHospital,
                 Optional<MonetaryAmount> outOfHospitalMinimum, Optional<MonetaryAmount> incomeSheetPool,
                 Optional<MonetaryAmount> expenditureSheetPool, Optional<PerformanceTerms> paymentForPerformance,
                 Optional<RiskMatrix> riskMatrix) {
        this(name, year, section75, formatVersion, statedPool, socialCareBaseline, statedSocialCare, statedOutOfHospital,
                outOfHospitalMinimum, incomeSheetPool, expenditureSheetPool, paymentForPerformance, riskMatrix,
                Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), Optional.empty(), SuppliedYearValues.none());
    }

    /**
     * This board with the year's other values it supplies, e.g. for a dataset assembled in code
     * ({@link Dataset.Builder#supplied(SuppliedYearValues)}).
     *
     * @param values the values, not null
     * @return a new board, never null
     * @throws IllegalArgumentException when a value is one the year's sources give
     */
    public Board withSupplied(SuppliedYearValues values) {
        return new Board(name, year, section75, formatVersion, statedPool, socialCareBaseline, statedSocialCare,
                statedOutOfHospital, outOfHospitalMinimum, incomeSheetPool, expenditureSheetPool, paymentForPerformance,
                riskMatrix, socialCareFloorUplift, nhsMinimumUplift, nhsMinimumMustFund, metricDefinitions, conditionAnswers,
                values);
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

package org.openbcf.examples.dataset;

import java.util.List;
import java.util.Optional;

import org.openbcf.core.condition.ConditionResponse;
import org.openbcf.core.discharge.DischargeFundReturn;
import org.openbcf.core.expenditure.ExpenditurePlan;
import org.openbcf.core.fund.PooledFund;
import org.openbcf.core.fund.SpendingPlan;
import org.openbcf.core.internal.Checks;
import org.openbcf.core.ledger.QuarterlyLedger;
import org.openbcf.core.ledger.YearEndStatement;
import org.openbcf.core.p4p.AdmissionsSeries;
import org.openbcf.core.risk.RiskRegister;

/**
 * One board's BCF plan or return for one year, read from a dataset ({@link DatasetReader}) into
 * openbcf's typed values; every part but the board is optional, present when its file was. Nothing
 * here is computed: {@link DatasetReview} calls the library's rules on these values. This class is
 * immutable.
 *
 * @param source        the dataset as named in messages, e.g. {@code lewisham} or {@code lewisham.xlsx}
 * @param board         {@code board.csv}
 * @param plannedFund   {@code contributions.csv}, basis plan
 * @param actualFund    {@code contributions.csv}, basis actual (a return)
 * @param expenditure   {@code expenditure.csv}
 * @param spending      {@code spending-by-category.csv}
 * @param ledger        {@code income-and-expenditure.csv} by quarter
 * @param yearEnd       {@code income-and-expenditure.csv} for the year (2022-23 onwards year-end)
 * @param conditions    {@code conditions.csv}
 * @param metrics       {@code metrics.csv}
 * @param risks         {@code risks.csv} with the board's matrix
 * @param p4p           {@code p4p.csv}
 * @param dischargeFund {@code discharge-fund.csv}
 * @param notes         what reading changed, e.g. workbook numbers rounded; empty for CSV
 * @since 0.1.0
 */
public record Dataset(String source, Board board, Optional<PooledFund> plannedFund, Optional<PooledFund> actualFund,
                      Optional<ExpenditurePlan> expenditure, Optional<SpendingPlan> spending,
                      Optional<QuarterlyLedger> ledger, Optional<YearEndStatement> yearEnd,
                      Optional<List<ConditionResponse>> conditions, Optional<List<MetricLine>> metrics,
                      Optional<RiskRegister> risks, Optional<AdmissionsSeries> p4p,
                      Optional<DischargeFundReturn> dischargeFund, List<String> notes) {

    /**
     * Checks the components.
     *
     * @param source        the source
     * @param board         the board
     * @param plannedFund   the planned fund
     * @param actualFund    the actual fund
     * @param expenditure   the expenditure plan
     * @param spending      the spending by category
     * @param ledger        the quarterly ledger
     * @param yearEnd       the year-end statement
     * @param conditions    the condition answers
     * @param metrics       the metric lines
     * @param risks         the risk register
     * @param p4p           the P4P series
     * @param dischargeFund the Discharge Fund tab
     * @param notes         the reading notes
     */
    public Dataset {
        Checks.notBlank(source, "source");
        Checks.notNull(board, "board");
        Checks.notNull(plannedFund, "plannedFund");
        Checks.notNull(actualFund, "actualFund");
        Checks.notNull(expenditure, "expenditure");
        Checks.notNull(spending, "spending");
        Checks.notNull(ledger, "ledger");
        Checks.notNull(yearEnd, "yearEnd");
        Checks.notNull(conditions, "conditions");
        Checks.notNull(metrics, "metrics");
        Checks.notNull(risks, "risks");
        Checks.notNull(p4p, "p4p");
        Checks.notNull(dischargeFund, "dischargeFund");
        conditions = conditions.map(List::copyOf);
        metrics = metrics.map(List::copyOf);
        notes = List.copyOf(Checks.notNull(notes, "notes"));
    }

    /**
     * The board and year, e.g. {@code Lewisham 2025/26 (lewisham)}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return board + " (" + source + ")";
    }
}

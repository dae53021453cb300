package org.openbcf.review;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openbcf.core.condition.ConditionResponse;
import org.openbcf.core.discharge.DischargeFundReturn;
import org.openbcf.core.expenditure.ExpenditurePlan;
import org.openbcf.core.finding.Finding;
import org.openbcf.core.fund.PooledFund;
import org.openbcf.core.fund.SpendingPlan;
import org.openbcf.core.internal.Checks;
import org.openbcf.core.ledger.QuarterlyLedger;
import org.openbcf.core.ledger.YearEndStatement;
import org.openbcf.core.p4p.AdmissionsSeries;
import org.openbcf.core.risk.RiskRegister;

/**
 * One board's BCF plan or return for one year, read from a dataset (bcf-io's {@code DatasetReader}) or
 * assembled in code with {@link #builder(String, Board)}, into
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
 * @param checklist     what the dataset leaves empty that it must give, one {@code R-DS-1} finding per item at
 *                      the file, row and column to fill in; empty when complete
 * @param locations     where in the files each figure the library's findings name was read, by the finding's
 *                      path, e.g. {@code yearEnd.lines[7].comment} at {@code income-and-expenditure.csv row 8,
 *                      column comment}; empty for a dataset assembled in code
 * @since 0.1.0
 */
public record Dataset(String source, Board board, Optional<PooledFund> plannedFund, Optional<PooledFund> actualFund,
                      Optional<ExpenditurePlan> expenditure, Optional<SpendingPlan> spending,
                      Optional<QuarterlyLedger> ledger, Optional<YearEndStatement> yearEnd,
                      Optional<List<ConditionResponse>> conditions, Optional<List<MetricLine>> metrics,
                      Optional<RiskRegister> risks, Optional<AdmissionsSeries> p4p,
                      Optional<DischargeFundReturn> dischargeFund, List<String> notes, List<Finding> checklist,
                      Map<String, String> locations) {

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
     * @param checklist     the items left empty
     * @param locations     the places of the figures in the files
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
        checklist = List.copyOf(Checks.notNull(checklist, "checklist"));
        locations = Map.copyOf(Checks.notNull(locations, "locations"));
    }

    /**
     * A complete dataset with no file locations, e.g. one assembled in code.
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
    public Dataset(String source, Board board, Optional<PooledFund> plannedFund, Optional<PooledFund> actualFund,
                   Optional<ExpenditurePlan> expenditure, Optional<SpendingPlan> spending,
                   Optional<QuarterlyLedger> ledger, Optional<YearEndStatement> yearEnd,
                   Optional<List<ConditionResponse>> conditions, Optional<List<MetricLine>> metrics,
                   Optional<RiskRegister> risks, Optional<AdmissionsSeries> p4p,
                   Optional<DischargeFundReturn> dischargeFund, List<String> notes) {
        this(source, board, plannedFund, actualFund, expenditure, spending, ledger, yearEnd, conditions, metrics, risks,
                p4p, dischargeFund, notes, List.of(), Map.of());
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

    /**
     * A builder for a dataset assembled in code, for a host that holds its plan in its own
     * database rather than in files: {@code Dataset.builder("lewisham", board).plannedFund(fund).build()}.
     * Every part but the board is optional, as in a dataset folder.
     *
     * @param source the dataset as named in findings, e.g. the host's own identifier; not blank
     * @param board  the board and year; not null
     * @return a new builder, never null
     * @since 0.1.0
     */
    public static Builder builder(String source, Board board) {
        return new Builder(Checks.notBlank(source, "source"), Checks.notNull(board, "board"));
    }

    /**
     * Assembles a {@link Dataset} part by part; each setter takes a non-null part and replaces an
     * earlier one. Not thread-safe; the dataset it builds is immutable.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private final String source;
        private Board board;
        private Optional<PooledFund> plannedFund = Optional.empty();
        private Optional<PooledFund> actualFund = Optional.empty();
        private Optional<ExpenditurePlan> expenditure = Optional.empty();
        private Optional<SpendingPlan> spending = Optional.empty();
        private Optional<QuarterlyLedger> ledger = Optional.empty();
        private Optional<YearEndStatement> yearEnd = Optional.empty();
        private Optional<List<ConditionResponse>> conditions = Optional.empty();
        private Optional<List<MetricLine>> metrics = Optional.empty();
        private Optional<RiskRegister> risks = Optional.empty();
        private Optional<AdmissionsSeries> p4p = Optional.empty();
        private Optional<DischargeFundReturn> dischargeFund = Optional.empty();
        private final List<String> notes = new java.util.ArrayList<>();

        private Builder(String source, Board board) {
            this.source = source;
            this.board = board;
        }

        /**
         * The planned pooled fund (the plan's contributions).
         *
         * @param fund the fund, not null
         * @return this builder
         */
        public Builder plannedFund(PooledFund fund) {
            plannedFund = Optional.of(Checks.notNull(fund, "fund"));
            return this;
        }

        /**
         * The actual pooled fund (a return's contributions).
         *
         * @param fund the fund, not null
         * @return this builder
         */
        public Builder actualFund(PooledFund fund) {
            actualFund = Optional.of(Checks.notNull(fund, "fund"));
            return this;
        }

        /**
         * The scheme-level expenditure plan.
         *
         * @param plan the plan, not null
         * @return this builder
         */
        public Builder expenditure(ExpenditurePlan plan) {
            expenditure = Optional.of(Checks.notNull(plan, "plan"));
            return this;
        }

        /**
         * The spending by category.
         *
         * @param plan the plan, not null
         * @return this builder
         */
        public Builder spending(SpendingPlan plan) {
            spending = Optional.of(Checks.notNull(plan, "plan"));
            return this;
        }

        /**
         * The quarterly income and expenditure.
         *
         * @param quarterly the ledger, not null
         * @return this builder
         */
        public Builder ledger(QuarterlyLedger quarterly) {
            ledger = Optional.of(Checks.notNull(quarterly, "quarterly"));
            return this;
        }

        /**
         * The year-end income and expenditure statement.
         *
         * @param statement the statement, not null
         * @return this builder
         */
        public Builder yearEnd(YearEndStatement statement) {
            yearEnd = Optional.of(Checks.notNull(statement, "statement"));
            return this;
        }

        /**
         * The answers to the year's national conditions.
         *
         * @param answers the answers, not null
         * @return this builder
         */
        public Builder conditions(List<ConditionResponse> answers) {
            conditions = Optional.of(List.copyOf(Checks.notNull(answers, "answers")));
            return this;
        }

        /**
         * The metric lines (plans and actuals).
         *
         * @param lines the lines, not null
         * @return this builder
         */
        public Builder metrics(List<MetricLine> lines) {
            metrics = Optional.of(List.copyOf(Checks.notNull(lines, "lines")));
            return this;
        }

        /**
         * The risk register.
         *
         * @param register the register, not null
         * @return this builder
         */
        public Builder risks(RiskRegister register) {
            risks = Optional.of(Checks.notNull(register, "register"));
            return this;
        }

        /**
         * The payment-for-performance admissions series.
         *
         * @param series the series, not null
         * @return this builder
         */
        public Builder p4p(AdmissionsSeries series) {
            p4p = Optional.of(Checks.notNull(series, "series"));
            return this;
        }

        /**
         * The ASC Discharge Fund return.
         *
         * @param tab the return, not null
         * @return this builder
         */
        public Builder dischargeFund(DischargeFundReturn tab) {
            dischargeFund = Optional.of(Checks.notNull(tab, "tab"));
            return this;
        }

        /**
         * The values of the year's rules the host supplies where openbcf's sources are silent (the
         * conditions' wording, what a No requires, national totals, ...), shown in the review as the
         * board's; replaces those of the board given to {@link Dataset#builder(String, Board)}.
         *
         * @param values the values, not null
         * @return this builder
         * @throws IllegalArgumentException when a value is one the year's sources give, naming it
         */
        public Builder supplied(SuppliedYearValues values) {
            board = board.withSupplied(Checks.notNull(values, "values"));
            return this;
        }

        /**
         * Adds a note on how the host obtained a figure, printed with the review.
         *
         * @param note the note, not blank
         * @return this builder
         */
        public Builder note(String note) {
            notes.add(Checks.notBlank(note, "note"));
            return this;
        }

        /**
         * The dataset.
         *
         * @return the dataset, never null
         */
        public Dataset build() {
            return new Dataset(source, board, plannedFund, actualFund, expenditure, spending, ledger, yearEnd,
                    conditions, metrics, risks, p4p, dischargeFund, notes);
        }
    }
}

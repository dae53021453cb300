package org.openbcf.core.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import javax.money.MonetaryAmount;

import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Findings;
import org.openbcf.core.finding.Rule;
import org.openbcf.core.fund.FundingStream;
import org.openbcf.core.fund.PooledFund;
import org.openbcf.core.internal.Checks;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.time.FinancialYear;

/**
 * The year-end income and expenditure of a BCF return, 2022-23 onwards (tab 5 of the end-of-year
 * template): planned and actual income by stream, planned and actual expenditure, each line with its
 * "differs from plan" flag and comment ({@link YearEndLine}), and the rules IE1 to IE5 of
 * norfolk-2023-25 §1.6.
 *
 * <p>Norfolk 2022-23 (G3, L2276-2320): planned income £131,480,045 (BCF £121,808,441 + Discharge Fund
 * £9,671,604), actual income £134,268,983 (LA additional £2,782,610, ICB Discharge Fund £6,195,700);
 * BCF expenditure plan £121,808,442, flag Yes, actual £124,591,051; Discharge Fund expenditure plan
 * £9,671,604, flag No, actual £73,032,095 — an R-IE-10 finding (R5). This class is immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class YearEndStatement {

    /** The first year of the year-end template with the "differs from plan" flag: 2022/23. */
    public static final int FIRST_START_YEAR = 2022;

    private final FinancialYear year;
    private final List<YearEndLine> lines;

    private YearEndStatement(FinancialYear year, List<YearEndLine> lines) {
        this.year = year;
        this.lines = lines;
    }

    /**
     * A statement: {@code of(FinancialYear.parse("2022/23"), lines)}.
     *
     * @param year  the financial year, not null, 2022/23 or later
     * @param lines the lines in the template's order, not null, no nulls (may be empty)
     * @return the statement, never null
     * @throws IllegalArgumentException for a year before 2022/23 (earlier years use {@link QuarterlyLedger})
     */
    public static YearEndStatement of(FinancialYear year, List<YearEndLine> lines) {
        Checks.notNull(year, "year");
        Checks.notNull(lines, "lines");
        if (year.startYear() < FIRST_START_YEAR) {
            throw new IllegalArgumentException("year-end statement year (" + year + ") must be 2022/23 or later: the "
                    + "year-end income and expenditure tab with its differs-from-plan flag begins in 2022-23 (earlier years "
                    + "report quarterly, QuarterlyLedger)");
        }
        for (int i = 0; i < lines.size(); i++) {
            Checks.notNullElement(lines.get(i), "lines", i);
        }
        return new YearEndStatement(year, List.copyOf(lines));
    }

    /**
     * The financial year.
     *
     * @return the year, never null
     */
    public FinancialYear year() {
        return year;
    }

    /**
     * The lines in the order given.
     *
     * @return an unmodifiable list, never null
     */
    public List<YearEndLine> lines() {
        return lines;
    }

    /**
     * Every income line's plan added up: Norfolk 2022-23 £131,480,045 (G3, "BCF + Discharge Fund", planned).
     *
     * @return the total, never null
     */
    public MonetaryAmount plannedIncome() {
        return sum(LedgerFlow.INCOME, YearEndLine::plan);
    }

    /**
     * Every income line's {@link YearEndLine#actual()} added up: Norfolk 2022-23 £134,268,983 (G3).
     *
     * @return the total, never null
     */
    public MonetaryAmount actualIncome() {
        return sum(LedgerFlow.INCOME, YearEndLine::actual);
    }

    /**
     * Every expenditure line's plan added up: Norfolk 2022-23 £121,808,442 + £9,671,604 = £131,480,046.
     *
     * @return the total, never null
     */
    public MonetaryAmount plannedExpenditure() {
        return sum(LedgerFlow.EXPENDITURE, YearEndLine::plan);
    }

    /**
     * Every expenditure line's {@link YearEndLine#actual()} added up, an entered actual taken as it
     * stands even under a No flag (R-IE-10 reports that case).
     *
     * @return the total, never null
     */
    public MonetaryAmount actualExpenditure() {
        return sum(LedgerFlow.EXPENDITURE, YearEndLine::actual);
    }

    /**
     * Checks each line's flag against its figures, at {@code yearEnd.lines[n]} (n from 1):
     * <ul>
     *   <li>{@link Rule#R_IE_10} (WARNING, IE5): flag No but an entered actual differs from the plan
     *       (amounts plan, actual, difference = actual − plan);</li>
     *   <li>{@link Rule#R_IE_11} (ERROR, IE4): flag Yes but no actual entered (amount plan);</li>
     *   <li>{@link Rule#R_IE_12} (WARNING): flag Yes with an actual equal to the plan (amounts plan, actual);</li>
     *   <li>{@link Rule#R_IE_13} (WARNING, IE4): flag Yes without a comment.</li>
     * </ul>
     *
     * @return the findings in line order, never null
     */
    public Findings check() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            YearEndLine line = lines.get(i);
            String where = "yearEnd.lines[" + (i + 1) + "]";
            String what = describe(line, i);
            if (line.differsFromPlan().isEmpty()) {
                continue;
            }
            if (!line.differsFromPlan().get()) {
                line.actualContradictingNo().ifPresent(actual -> findings.add(
                        Finding.of(Rule.R_IE_10, where + ".actual", what + " is flagged No (actual equals plan) but its "
                                        + "actual " + Gbp.format(actual) + " differs from its plan " + Gbp.format(line.plan()))
                                .withAmount("plan", line.plan()).withAmount("actual", actual)
                                .withAmount("difference", Gbp.minus(actual, line.plan()))));
                continue;
            }
            if (line.actualEntered().isEmpty()) {
                findings.add(Finding.of(Rule.R_IE_11, where + ".actual", what + " is flagged Yes (actual differs from "
                        + "plan) but has no actual entered").withAmount("plan", line.plan()));
            } else if (Gbp.same(line.actualEntered().get(), line.plan())) {
                findings.add(Finding.of(Rule.R_IE_12, where + ".actual", what + " is flagged Yes (actual differs from "
                                + "plan) but its actual equals its plan " + Gbp.format(line.plan()))
                        .withAmount("plan", line.plan()).withAmount("actual", line.actualEntered().get()));
            }
            if (line.comment().isEmpty()) {
                findings.add(Finding.of(Rule.R_IE_13, where + ".comment", what + " is flagged Yes (actual differs from "
                        + "plan) but has no comment explaining the change"));
            }
        }
        return Findings.of(findings);
    }

    /**
     * {@link #check()}, then the income against the pooled funds of the same year ({@link Rule#R_IE_14},
     * WARNING): the planned income lines' plans against the planned fund, and their actuals against the
     * actual fund, stream by stream over every stream of the lines or the fund (a stream one side lacks
     * has £0), at {@code yearEnd.income[<stream label>].plan} or {@code .actual}, with the amounts
     * statement, fund and difference (statement − fund). When an income line has no stream, the
     * totals are compared instead, at {@code yearEnd.income.plan} and {@code yearEnd.income.actual}.
     * Norfolk 2022-23's lines agree with its planned and actual funds (G3).
     *
     * @param planned the planned pooled fund, not null, of the statement's year
     * @param actual  the actual pooled fund, not null, of the statement's year
     * @return the findings, never null
     * @throws IllegalArgumentException when a fund is for another year
     */
    public Findings check(PooledFund planned, PooledFund actual) {
        Checks.notNull(planned, "planned");
        Checks.notNull(actual, "actual");
        for (PooledFund fund : List.of(planned, actual)) {
            if (!fund.year().equals(year)) {
                throw new IllegalArgumentException("pooled fund year (" + fund.year() + ") must be the year-end "
                        + "statement's year (" + year + ")");
            }
        }
        List<Finding> findings = new ArrayList<>(check().list());
        boolean byStream = lines.stream().filter(l -> l.flow() == LedgerFlow.INCOME).allMatch(l -> l.stream().isPresent());
        if (byStream) {
            compareByStream("plan", YearEndLine::plan, planned, findings);
            compareByStream("actual", YearEndLine::actual, actual, findings);
        } else {
            compare("yearEnd.income.plan", "planned income", plannedIncome(), planned.total(), findings);
            compare("yearEnd.income.actual", "actual income", actualIncome(), actual.total(), findings);
        }
        return Findings.of(findings);
    }

    private void compareByStream(String basis, Function<YearEndLine, MonetaryAmount> amount, PooledFund fund,
                                 List<Finding> findings) {
        Map<FundingStream, BigDecimal> statement = new EnumMap<>(FundingStream.class);
        for (YearEndLine line : lines) {
            if (line.flow() == LedgerFlow.INCOME) {
                statement.merge(line.stream().orElseThrow(), Gbp.pounds(amount.apply(line)), BigDecimal::add);
            }
        }
        fund.totalByStream().keySet().forEach(s -> statement.putIfAbsent(s, BigDecimal.ZERO));
        statement.forEach((stream, sum) -> compare("yearEnd.income[" + stream.label() + "]." + basis,
                (basis.equals("plan") ? "planned" : "actual") + " income from " + stream.label(), Gbp.of(sum),
                fund.totalOf(c -> c.stream() == stream), findings));
    }

    private static void compare(String where, String what, MonetaryAmount statement, MonetaryAmount fund,
                                List<Finding> findings) {
        if (!Gbp.same(statement, fund)) {
            findings.add(Finding.of(Rule.R_IE_14, where, "the year-end " + what + " " + Gbp.format(statement)
                            + " differs from the pooled fund's " + Gbp.format(fund))
                    .withAmount("statement", statement).withAmount("fund", fund)
                    .withAmount("difference", Gbp.minus(statement, fund)));
        }
    }

    private static String describe(YearEndLine line, int index) {
        return line.flow().label() + " line " + (index + 1) + line.stream().map(s -> " (" + s.label() + ")").orElse("")
                + (line.label().isEmpty() ? "" : " (" + line.label() + ")");
    }

    private MonetaryAmount sum(LedgerFlow flow, Function<YearEndLine, MonetaryAmount> amount) {
        return lines.stream().filter(l -> l.flow() == flow).map(amount).collect(Gbp.summing());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof YearEndStatement that && year.equals(that.year) && lines.equals(that.lines);
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, lines);
    }

    /**
     * A one-line summary, e.g. {@code 2022/23 year-end: income planned £131,480,045.00, actual
     * £134,268,983.00; expenditure planned £131,480,046.00, actual £197,623,146.00}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return year + " year-end: income planned " + Gbp.format(plannedIncome()) + ", actual " + Gbp.format(actualIncome())
                + "; expenditure planned " + Gbp.format(plannedExpenditure()) + ", actual " + Gbp.format(actualExpenditure());
    }
}

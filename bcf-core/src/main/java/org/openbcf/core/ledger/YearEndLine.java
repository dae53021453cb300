package org.openbcf.core.ledger;

import java.util.Optional;

import javax.money.MonetaryAmount;

import org.openbcf.core.fund.FundingStream;
import org.openbcf.core.internal.Checks;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.money.InputLimits;

/**
 * One line of the 2022-23-onwards year-end income and expenditure tab: a planned figure, the "do you
 * wish to change your actual …?" flag, the actual entered when the flag is Yes, and a comment. Example:
 * Norfolk 2022-23 LA additional funding, income, plan £0, flag Yes, actual £2,782,610, comment "Income
 * for ICES (Community equipment)." (norfolk-2023-25 G3, L2290, L2306).
 *
 * <p>IE1: the template asks for "the <b>actual income</b> … <b>NOT</b> the difference between the planned
 * and actual income" (L2095): openbcf takes an entered figure as the actual, never as plan + entered.
 * IE5: a "No" flag means actual equals plan. A line without a flag (the pre-populated DFG, iBCF and NHS
 * minimum rows) has its plan as its actual. Amounts are GBP, whole pennies, £0 to £1,000,000,000
 * ({@link InputLimits}). This class is immutable and thread-safe.
 *
 * @param flow            income into the pool or expenditure from it, not null
 * @param stream          the funding stream of an income line; empty for a line of the whole BCF or of
 *                        the Discharge Fund's expenditure; not null
 * @param plan            the planned figure, GBP, £0 to £1,000,000,000, whole pennies
 * @param differsFromPlan the "differs from plan" flag: Yes (true), No (false), or empty where the template
 *                        asks no question; not null
 * @param actualEntered   the actual entered in the template; empty when none; not null
 * @param comment         the comment, stripped; empty for none; not null
 * @param label           the line's label where the stream does not name it, e.g. {@code BCF} or
 *                        {@code ASC Discharge Fund} for the two expenditure lines; stripped; empty for none
 *
 * @since 0.1.0
 */
public record YearEndLine(LedgerFlow flow, Optional<FundingStream> stream, MonetaryAmount plan,
                          Optional<Boolean> differsFromPlan, Optional<MonetaryAmount> actualEntered, String comment,
                          String label) {

    /**
     * Checks the components.
     *
     * @param flow            income or expenditure
     * @param stream          the stream, or empty
     * @param plan            the planned figure
     * @param differsFromPlan the flag, or empty
     * @param actualEntered   the entered actual, or empty
     * @param comment         the comment, empty for none
     * @param label           the label, empty for none
     */
    public YearEndLine {
        Checks.notNull(flow, "flow");
        Checks.notNull(stream, "stream");
        InputLimits.requireInput(plan, flow.label() + " plan" + stream.map(s -> " of " + s.label()).orElse(""));
        Checks.notNull(differsFromPlan, "differsFromPlan");
        Checks.notNull(actualEntered, "actualEntered");
        actualEntered.ifPresent(a -> InputLimits.requireInput(a, flow.label() + " actual"
                + stream.map(s -> " of " + s.label()).orElse("")));
        comment = Checks.notNull(comment, "comment").strip();
        label = Checks.notNull(label, "label").strip();
    }

    /**
     * A line without a label.
     *
     * @param flow            income or expenditure
     * @param stream          the stream, or empty
     * @param plan            the planned figure
     * @param differsFromPlan the flag, or empty
     * @param actualEntered   the entered actual, or empty
     * @param comment         the comment, empty for none
     */
    public YearEndLine(LedgerFlow flow, Optional<FundingStream> stream, MonetaryAmount plan,
                       Optional<Boolean> differsFromPlan, Optional<MonetaryAmount> actualEntered, String comment) {
        this(flow, stream, plan, differsFromPlan, actualEntered, comment, "");
    }

    /**
     * This line with a label, e.g. {@code withLabel("ASC Discharge Fund")}.
     *
     * @param text the label, not null (empty for none)
     * @return a new line, never null
     */
    public YearEndLine withLabel(String text) {
        return new YearEndLine(flow, stream, plan, differsFromPlan, actualEntered, comment, text);
    }

    /**
     * What the line is, for messages and reports: the flow, then the stream or the label, e.g.
     * {@code income additional LA contribution} or {@code expenditure ASC Discharge Fund}.
     *
     * @return the text, never null
     */
    public String name() {
        return flow.label() + stream.map(s -> " " + s.label()).orElse("") + (label.isEmpty() ? "" : " " + label);
    }

    /**
     * A line: {@code of(LedgerFlow.INCOME, Optional.of(FundingStream.ADDITIONAL_LA), Gbp.zero(),
     * Optional.of(true), Optional.of(Gbp.of(2_782_610)), "Income for ICES (Community equipment).")}.
     *
     * @param flow            income or expenditure, not null
     * @param stream          the funding stream, not null (may be empty)
     * @param plan            the planned figure, GBP, £0 to £1,000,000,000, whole pennies
     * @param differsFromPlan the flag, not null (may be empty)
     * @param actualEntered   the entered actual, not null (may be empty)
     * @param comment         the comment, not null (empty for none)
     * @return the line, never null
     */
    public static YearEndLine of(LedgerFlow flow, Optional<FundingStream> stream, MonetaryAmount plan,
                                 Optional<Boolean> differsFromPlan, Optional<MonetaryAmount> actualEntered, String comment) {
        return new YearEndLine(flow, stream, plan, differsFromPlan, actualEntered, comment);
    }

    /**
     * The actual: the entered actual when there is one (IE1: the figure entered is the actual, not a
     * difference), else the plan when the flag is No (IE5: a No means actual equals plan), else the plan
     * (no flag, or a Yes without a figure, which {@link YearEndStatement#check()} reports as R-IE-11).
     * Norfolk 2022-23 BCF expenditure: plan £121,808,442, Yes, entered £124,591,051 → £124,591,051.
     *
     * @return the actual, never null
     */
    public MonetaryAmount actual() {
        return actualEntered.orElse(plan);
    }

    /**
     * The entered actual that contradicts the line's No flag (R-IE-10): on a line flagged No (actual
     * equals plan), an entered actual that differs from the plan. Norfolk 2022-23 ASC Discharge Fund:
     * flagged No with £73,032,095 entered against its plan.
     *
     * @return the contradicting actual, or empty (no flag, a Yes, no actual entered, or one equal to the plan)
     */
    public Optional<MonetaryAmount> actualContradictingNo() {
        return differsFromPlan.equals(Optional.of(false)) ? actualEntered.filter(a -> !Gbp.same(a, plan)) : Optional.empty();
    }

    /**
     * Readable text, e.g. {@code income additional LA contribution: plan £0.00, differs Yes, actual
     * £2,782,610.00 (Income for ICES (Community equipment).)}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return name() + ": plan " + Gbp.format(plan)
                + differsFromPlan.map(d -> ", differs " + (d ? "Yes" : "No")).orElse("")
                + actualEntered.map(a -> ", actual " + Gbp.format(a)).orElse("")
                + (comment.isEmpty() ? "" : " (" + comment + ")");
    }
}

package org.openbcf.examples.format;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import javax.money.MonetaryAmount;

import org.openbcf.core.internal.Checks;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.p4p.PerformanceComparison;
import org.openbcf.core.p4p.PerformanceResult;
import org.openbcf.core.p4p.QuarterPayment;
import org.openbcf.core.p4p.ScenarioResult;
import org.openbcf.examples.table.TextTable;

/**
 * Payment-for-performance figures as tables for people, with £ and thousands separators: used by
 * {@code bcf p4p --format table}, the demo and {@code p4p-scenarios.jsh}. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class P4pTables {

    /** The columns of the quarter table: the inputs, the reductions, the payments and unreleased funds. */
    private static final List<P4pFigure> QUARTERS = List.of(P4pFigure.QUARTER, P4pFigure.BASELINE, P4pFigure.PLAN,
            P4pFigure.ACTUAL, P4pFigure.PLANNED_REDUCTION, P4pFigure.CUMULATIVE_PLANNED_REDUCTION,
            P4pFigure.ACTUAL_REDUCTION, P4pFigure.CUMULATIVE_ACTUAL_REDUCTION, P4pFigure.MAXIMUM_PAYMENT,
            P4pFigure.SUGGESTED_PAYMENT, P4pFigure.UNRELEASED_FUNDS);

    /** The quarter table's columns when a quarter has an agreed payment. */
    private static final List<P4pFigure> WITH_AGREED = with(QUARTERS, P4pFigure.AGREED_PAYMENT);

    /** The width of a totals label with its colon, the longest ({@code Total unreleased funds:}) and a space. */
    private static final int TOTALS_WIDTH = 24;

    private P4pTables() {
    }

    private static List<P4pFigure> with(List<P4pFigure> figures, P4pFigure more) {
        List<P4pFigure> all = new java.util.ArrayList<>(figures);
        all.add(more);
        return List.copyOf(all);
    }

    /**
     * One row per quarter (admissions, reductions, maximum and suggested payments, unreleased funds)
     * followed by the year's totals.
     *
     * @param result the result, not null
     * @return the text, lines separated by {@code \n}, never null
     */
    public static String quarters(PerformanceResult result) {
        Checks.notNull(result, "result");
        boolean agreed = result.quarters().stream().anyMatch(q -> q.agreedPayment().isPresent());
        List<P4pFigure> figures = agreed ? WITH_AGREED : QUARTERS;
        TextTable table = new TextTable(P4pFigure.headers(figures));
        for (QuarterPayment q : result.quarters()) {
            String[] cells = new String[figures.size()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = figures.get(i).text(q);
            }
            table.row(cells);
        }
        return render(table) + "\n\n" + totals(result);
    }

    /**
     * The year's totals, one per line, e.g. {@code Performance pot: £4,866,340.00}.
     *
     * @param result the result, not null
     * @return the text, lines separated by {@code \n}, never null
     */
    public static String totals(PerformanceResult result) {
        Checks.notNull(result, "result");
        String percent = result.percentChange().isEmpty() ? "" : " (" + P4pTotal.PERCENT_CHANGE.text(result)
                + "% of the baseline " + P4pTotal.BASELINE_TOTAL.text(result) + ")";
        StringBuilder text = new StringBuilder();
        line(text, P4pTotal.TARGET_REDUCTION, result).append(percent);
        line(text, P4pTotal.COST_PER_ADMISSION, result);
        line(text, P4pTotal.PERFORMANCE_POT, result);
        if (result.ringFencedFunds().isPresent()) {
            line(text, P4pTotal.RING_FENCED_FUNDS, result).append(" of the local share ")
                    .append(P4pTotal.LOCAL_SHARE.text(result));
        }
        line(text, P4pTotal.TOTAL_PAID, result);
        line(text, P4pTotal.TOTAL_UNRELEASED_FUNDS, result);
        return text.toString();
    }

    /** A line of the totals, the values aligned: {@code Performance pot:        £4,866,340.00}. */
    private static StringBuilder line(StringBuilder text, P4pTotal total, PerformanceResult result) {
        if (!text.isEmpty()) {
            text.append('\n');
        }
        return text.append(String.format("%-" + TOTALS_WIDTH + "s", total.label() + ":")).append(total.text(result));
    }

    /**
     * One row per scenario with its suggested payments by quarter, total paid, total unreleased funds
     * and the change in total paid against the first scenario.
     *
     * @param results the results, not null, not empty, all over the same quarters
     * @return the text, lines separated by {@code \n}, never null
     */
    public static String scenarios(List<ScenarioResult> results) {
        Checks.notNull(results, "results");
        if (results.isEmpty()) {
            throw new IllegalArgumentException("results must not be empty");
        }
        ScenarioResult base = results.get(0);
        List<QuarterPayment> quarters = base.result().quarters();
        String[] header = new String[quarters.size() + 4];
        header[0] = "Scenario";
        for (int i = 0; i < quarters.size(); i++) {
            header[i + 1] = quarters.get(i).quarter().toString();
        }
        header[quarters.size() + 1] = "Total paid";
        header[quarters.size() + 2] = "Unreleased";
        header[quarters.size() + 3] = "Paid vs " + (results.size() > 1 ? "first" : "itself");
        TextTable table = new TextTable(header);
        for (ScenarioResult r : results) {
            PerformanceComparison change = base.compareWith(r);
            String[] cells = new String[header.length];
            cells[0] = r.name();
            for (int i = 0; i < quarters.size(); i++) {
                cells[i + 1] = P4pFigure.SUGGESTED_PAYMENT.text(r.result().quarters().get(i));
            }
            cells[quarters.size() + 1] = P4pTotal.TOTAL_PAID.text(r.result());
            cells[quarters.size() + 2] = P4pTotal.TOTAL_UNRELEASED_FUNDS.text(r.result());
            cells[quarters.size() + 3] = signed(change.totalPaidChange());
            table.row(cells);
        }
        return render(table);
    }

    private static String render(TextTable table) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        table.print(out);
        out.flush();
        return text.toString().replace(System.lineSeparator(), "\n").stripTrailing();
    }

    private static String signed(MonetaryAmount amount) {
        return (amount.isPositive() ? "+" : "") + Gbp.format(amount);
    }
}

package org.openbcf.examples.table;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

import javax.money.MonetaryAmount;

import org.openbcf.core.internal.Checks;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.p4p.PerformanceComparison;
import org.openbcf.core.p4p.PerformanceResult;
import org.openbcf.core.p4p.QuarterPayment;
import org.openbcf.core.p4p.ScenarioResult;

/**
 * Payment-for-performance figures as tables for people, with £ and thousands separators: used by
 * {@code bcf p4p --format table}, the demo and {@code p4p-scenarios.jsh}. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class P4pTables {

    private P4pTables() {
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
        TextTable table = agreed
                ? new TextTable("Quarter", "Baseline", "Plan", "Actual", "Planned reduction", "Cum. planned",
                        "Actual reduction", "Cum. actual", "Maximum payment", "Suggested payment", "Unreleased funds",
                        "Agreed payment")
                : new TextTable("Quarter", "Baseline", "Plan", "Actual", "Planned reduction", "Cum. planned",
                        "Actual reduction", "Cum. actual", "Maximum payment", "Suggested payment", "Unreleased funds");
        for (QuarterPayment q : result.quarters()) {
            String[] cells = {q.quarter().toString(), Checks.group(q.input().baseline()), Checks.group(q.input().plan()),
                Checks.group(q.input().actual()), Checks.group(q.plannedReduction()),
                Checks.group(q.cumulativePlannedReduction()), Checks.group(q.actualReduction()),
                Checks.group(q.cumulativeActualReduction()), Gbp.format(q.maximumPayment()),
                Gbp.format(q.suggestedPayment()), Gbp.format(q.unreleasedFunds())};
            if (agreed) {
                cells = Arrays.copyOf(cells, cells.length + 1);
                cells[cells.length - 1] = q.agreedPayment().map(Gbp::format).orElse("-");
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
        String percent = result.percentChange().map(p -> " (" + p.toPlainString() + "% of the baseline "
                + Checks.group(result.baselineTotal()) + ")").orElse("");
        StringBuilder text = new StringBuilder()
                .append("Target reduction:       ").append(Checks.group(result.targetReduction())).append(percent)
                .append("\nCost per admission:     ").append(Gbp.format(result.terms().costPerAdmission()))
                .append("\nPerformance pot:        ").append(Gbp.format(result.performancePot()));
        result.ringFencedFunds().ifPresent(ringFenced -> text
                .append("\nRing-fenced funds:      ").append(Gbp.format(ringFenced)).append(" of the local share ")
                .append(Gbp.format(result.terms().localShare().orElseThrow())));
        return text.append("\nTotal paid:             ").append(Gbp.format(result.totalPaid()))
                .append("\nTotal unreleased funds: ").append(Gbp.format(result.totalUnreleasedFunds()))
                .toString();
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
                cells[i + 1] = Gbp.format(r.result().quarters().get(i).suggestedPayment());
            }
            cells[quarters.size() + 1] = Gbp.format(r.result().totalPaid());
            cells[quarters.size() + 2] = Gbp.format(r.result().totalUnreleasedFunds());
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

package org.openbcf.examples.demo;


import org.openbcf.examples.table.TextTable;
import java.io.PrintWriter;
import java.math.RoundingMode;

import org.openbcf.core.fund.FundChange;
import org.openbcf.core.fund.PooledFund;
import org.openbcf.core.fund.SpendingCategory;
import org.openbcf.core.fund.SpendingPlan;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.time.FinancialYear;

/**
 * Demo section: Norfolk's contributions by partner for 2015/16 and 2016/17 with the change, the
 * 2015/16 spending plan, and the 2022-23 pool arithmetic.
 */
final class PooledFundSection implements DemoSection {

    @Override
    public String title() {
        return "Pooled fund: contributions and spending plan";
    }

    @Override
    public void print(PrintWriter out) {
        FinancialYear y2015 = FinancialYear.parse("2015/16");
        FinancialYear y2016 = y2015.next();
        PooledFund before = NorfolkData.pooledFund(y2015, "plan");
        PooledFund after = NorfolkData.pooledFund(y2016, "plan");
        FundChange change = after.changeFrom(before);
        out.println("Gross contributions by partner (draft 2016/17 plan), section 75 pooled: "
                + (after.section75() ? "yes" : "no"));
        TextTable contributions = new TextTable("Partner", y2015.toString(), y2016.toString(), "Change", "Change %");
        for (FundChange.Change line : change.partners()) {
            contributions.row(line.label(), Gbp.format(line.previous()), Gbp.format(line.current()),
                    Gbp.format(line.difference()), percent(line));
        }
        contributions.row("Total contribution", Gbp.format(change.total().previous()), Gbp.format(change.total().current()),
                Gbp.format(change.total().difference()), percent(change.total()));
        contributions.print(out);

        out.println();
        SpendingPlan plan = NorfolkData.spendingPlan(y2015);
        out.println("Planned expenditure " + y2015 + " by category");
        TextTable spending = new TextTable("Category", "Amount", "Share");
        for (SpendingCategory category : SpendingCategory.values()) {
            spending.row(category.label(), Gbp.format(plan.amount(category)),
                    plan.sharePercent(category, 2, RoundingMode.HALF_UP) + "%");
        }
        spending.row("Total", Gbp.format(plan.total()), "");
        spending.print(out);

        out.println();
        FinancialYear y2022 = FinancialYear.parse("2022/23");
        PooledFund planned = NorfolkData.pooledFund(y2022, "plan");
        PooledFund actual = NorfolkData.pooledFund(y2022, "actual");
        out.println("Pool " + y2022 + " (end-of-year template)");
        new TextTable("Line", "Planned", "Actual")
                .row("Minimum sub total (DFG + iBCF + NHS minimum)", Gbp.format(planned.minimumSubTotal()), Gbp.format(actual.minimumSubTotal()))
                .row("Additional sub total", Gbp.format(planned.additionalSubTotal()), Gbp.format(actual.additionalSubTotal()))
                .row("Total BCF pooled fund", Gbp.format(planned.bcfTotal()), Gbp.format(actual.bcfTotal()))
                .row("ASC Discharge Fund (LA + ICB)", Gbp.format(planned.dischargeFundTotal()), Gbp.format(actual.dischargeFundTotal()))
                .row("BCF + Discharge Fund", Gbp.format(planned.total()), Gbp.format(actual.total()))
                .print(out);
    }

    private static String percent(FundChange.Change line) {
        return line.percentageChange(2, RoundingMode.HALF_UP)
                .map(p -> (p.signum() > 0 ? "+" : "") + p.toPlainString() + "%")
                .orElse("n/a");
    }

}

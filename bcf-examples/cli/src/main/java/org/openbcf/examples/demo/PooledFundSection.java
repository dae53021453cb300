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
 * Demo section: Norfolk's contributions by partner for 2015/16 and 2016/17 (two datasets) with the
 * change between them.
 */
final class PooledFundSection implements DemoSection {

    @Override
    public String title() {
        return "Pooled fund: the change from 2015/16 to 2016/17";
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

    }

    private static String percent(FundChange.Change line) {
        return line.percentageChange(2, RoundingMode.HALF_UP)
                .map(p -> (p.signum() > 0 ? "+" : "") + p.toPlainString() + "%")
                .orElse("n/a");
    }

}

package org.openbcf.examples.demo;


import org.openbcf.examples.table.TextTable;
import java.io.PrintWriter;
import java.util.List;

import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Findings;
import org.openbcf.core.ledger.FlowLedger;
import org.openbcf.core.ledger.LedgerMeasure;
import org.openbcf.core.ledger.PoolReconciliation;
import org.openbcf.core.ledger.QuarterlyAmounts;
import org.openbcf.core.ledger.QuarterlyLedger;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.time.FinancialQuarter;
import org.openbcf.core.time.FinancialYear;

/**
 * Demo section: Norfolk's 2015/16 income and expenditure against the pooled fund, with every
 * finding of the ledger rules and the pool reconciliation.
 */
final class LedgerSection implements DemoSection {

    @Override
    public String title() {
        return "Income and expenditure 2015/16 against the pooled fund";
    }

    @Override
    public void print(PrintWriter out) {
        FinancialYear year = FinancialYear.parse("2015/16");
        QuarterlyLedger ledger = NorfolkData.ledger(year);
        TextTable table = new TextTable("", "Q1", "Q2", "Q3", "Q4", "Annual total", "Pooled fund");
        for (FlowLedger part : List.of(ledger.income(), ledger.expenditure())) {
            for (LedgerMeasure measure : LedgerMeasure.values()) {
                QuarterlyAmounts row = part.row(measure);
                String[] cells = new String[7];
                cells[0] = capitalised(part.flow().label()) + " " + measure.label();
                for (FinancialQuarter quarter : year.quarters()) {
                    cells[quarter.quarter()] = row.amount(quarter).map(Gbp::format).orElse("-");
                }
                cells[5] = row.isComplete() ? Gbp.format(row.total()) : "";
                cells[6] = measure == LedgerMeasure.PLAN ? Gbp.format(part.pooledFund()) : "";
                table.row(cells);
            }
        }
        table.print(out);
        out.println("Fund balance at the end of " + ledger.income().actual().lastQuarter().orElseThrow()
                + " (actual income - actual expenditure): " + Gbp.format(ledger.actualBalance()));

        Findings findings = PoolReconciliation.check(NorfolkData.pooledFund(year, "plan"), NorfolkData.spendingPlan(year), ledger);
        out.println();
        out.println("Findings (" + findings.size() + "):");
        for (Finding finding : findings) {
            out.println("  " + finding);
        }
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

package org.openbcf.examples.demo;

import java.io.PrintWriter;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;

import javax.money.MonetaryAmount;

import org.openbcf.examples.format.TabFiles;
import org.openbcf.core.discharge.DischargeFundReturn;
import org.openbcf.core.discharge.DischargeFundScheme;
import org.openbcf.core.discharge.DischargeFundTable;
import org.openbcf.core.discharge.DischargeSchemeType;
import org.openbcf.core.discharge.ImpactUnit;
import org.openbcf.core.finding.Findings;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.scheme.PriorityLine;
import org.openbcf.core.scheme.PriorityTable;
import org.openbcf.core.scheme.RollUp;
import org.openbcf.core.scheme.Scheme;
import org.openbcf.core.scheme.SchemeRegister;
import org.openbcf.core.scheme.SchemeTable;

/**
 * The scheme summary: Norfolk's 22 schemes of 2016/17 with roll-ups and stated totals checked, the
 * 2022-23 Core BCF priorities table with its percentages recomputed, and the 2022-23 ASC Discharge
 * Fund tab checked row by row.
 *
 * @since 0.1.0
 */
public final class SchemeSection implements DemoSection {

    @Override
    public String title() {
        return "Schemes, priorities and the ASC Discharge Fund";
    }

    @Override
    public void print(PrintWriter out) {
        printSchemes(out);
        out.println();
        printPriorities(out);
        out.println();
        printDischargeFund(out);
    }

    private static void printSchemes(PrintWriter out) {
        SchemeRegister register = SchemeData.read("schemes-2016.tsv", TabFiles::schemes);
        Findings findings = register.check(Map.of());
        out.println("2016/17 plan, section F: " + register.schemes().size() + " schemes; their priced lines add up to "
                + Gbp.format(register.total()) + " (derived: the plan states no such total, and "
                + findings.ofRule(Scheme.RULE_UNPRICED_LINE).size() + " lines have no figure)");
        out.printf("%-5s %-15s %-58s %16s %s%n", "ref", "printed as", "name", "priced", "stated total");
        for (Scheme s : register.schemes()) {
            String name = s.name().length() > 58 ? s.name().substring(0, 55) + "..." : s.name();
            String stated = s.statedTotal().map(t -> Gbp.format(t) + (Gbp.same(t, s.investmentTotal()) ? " (agrees)" : " (differs)"))
                    .orElse("-");
            out.printf("%-5s %-15s %-58s %16s %s%n", s.ref(), s.printedRef().isEmpty() ? "(blank)" : s.printedRef(), name,
                    Gbp.format(s.investmentTotal()), stated);
        }
        out.println("Roll-ups of the priced lines (derived; the plan states no area total: schemes spec 1.3):");
        printRollUp(out, "By area", register.byArea());
        printRollUp(out, "By spending category", register.bySpendingCategory());
        printRollUp(out, "By funding source (A-H, from 2022-23)", register.byFundingSource());
        out.println("Checked against the schemes' stated totals: "
                + findings.ofRule(Scheme.RULE_STATED_TOTAL).size() + " mismatches; "
                + findings.ofRule(Scheme.RULE_UNPRICED_LINE).size() + " unpriced lines:");
        findings.forEach(f -> out.println("  " + f));
    }

    private static <K> void printRollUp(PrintWriter out, String title, RollUp<K> rollUp) {
        out.println(title + ":");
        rollUp.byKey().forEach((k, v) -> out.printf("  %-22s %16s%n",
                k instanceof org.openbcf.core.fund.SpendingCategory c ? c.label() : k, Gbp.format(v)));
        out.printf("  %-22s %16s%n", "not assigned", Gbp.format(rollUp.unassigned()));
        out.printf("  %-22s %16s%n", "total", Gbp.format(rollUp.total()));
    }

    private static void printPriorities(PrintWriter out) {
        PriorityTable table = SchemeData.read("priorities-2022-23.tsv", TabFiles::priorities);
        MonetaryAmount nhsMinimum = NorfolkData.pooledFund(org.openbcf.core.time.FinancialYear.parse("2022/23"), "plan")
                .totalOf(c -> c.stream() == org.openbcf.core.fund.FundingStream.NHS_MINIMUM);
        out.println("2022-23 Core BCF by priority: " + table);
        out.printf("  %-62s %16s %7s %7s%n", "priority", "spend", "stated", "openbcf");
        for (PriorityLine line : table.lines()) {
            String name = line.priority().length() > 62 ? line.priority().substring(0, 59) + "..." : line.priority();
            out.printf("  %-62s %16s %7s %7s%n", name, Gbp.format(line.amount()),
                    line.statedPercent().toPlainString(), table.percent(line, 2).toPlainString());
        }
        out.println("Checked against the NHS minimum " + Gbp.format(nhsMinimum) + ":");
        table.check(nhsMinimum).forEach(f -> out.println("  " + f));
    }

    private static void printDischargeFund(PrintWriter out) {
        org.openbcf.review.Dataset dataset = NorfolkData.dataset(org.openbcf.core.time.FinancialYear.parse("2022/23"));
        DischargeFundReturn tab = dataset.dischargeFund().orElseThrow();
        out.println("2022-23 ASC Discharge Fund: " + tab.schemes().size() + " printed rows, planned "
                + Gbp.format(tab.plannedTotal()) + ", actual " + Gbp.format(tab.actualTotal()) + " (ICB "
                + Gbp.format(tab.actualIcb()) + " + LA " + Gbp.format(tab.actualLa()) + "), underspend "
                + Gbp.format(tab.underspend()) + tab.underspendPercent(2, RoundingMode.HALF_UP)
                        .map(p -> " (" + p.toPlainString() + "% of plan)").orElse(""));
        RollUp<DischargeSchemeType> byType = RollUp.of(tab.schemes(), s -> Optional.of(s.type()), DischargeFundScheme::actual);
        out.println("Actual spend of the printed rows by scheme type (unit of impact):");
        byType.byKey().forEach((type, amount) -> out.printf("  %-62s %14s  %s%n", type.label(), Gbp.format(amount), type.unit()));
        out.println("Beds purchased: " + tab.totalImpact(ImpactUnit.BEDS) + "; the guidance's example: 10 beds for 12 weeks = "
                + DischargeFundScheme.bedWeeks(10, 12) + " bed-weeks.");
        Findings findings = tab.check();
        out.println("Checks: " + findings.ofRule(DischargeFundReturn.RULE_CHANGE_FLAG).size() + " of " + tab.schemes().size()
                + " rows where \"changed planned spending?\" disagrees with the figures; "
                + findings.ofRule(DischargeFundReturn.RULE_LA_PLUS_ICB).size() + " LA + ICB mismatches; "
                + findings.ofRule(DischargeFundReturn.RULE_UNIT).size() + " units not the type's; the " + findings.size()
                + " findings are listed once, in the review of " + dataset.source() + " above (section ASC Discharge Fund).");
    }
}

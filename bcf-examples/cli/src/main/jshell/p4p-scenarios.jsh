// Payment for performance what-ifs for Norfolk 2015/16, with openbcf from the bcf jar:
//   mvn -B -q package -DskipTests
//   jshell --class-path bcf-examples/target/bcf.jar bcf-examples/cli/src/main/jshell/p4p-scenarios.jsh
// Every figure is computed by org.openbcf.core.p4p; this script only chooses scenarios and prints.

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.time.FinancialQuarter;
import org.openbcf.core.p4p.*;
import org.openbcf.examples.format.P4pTables;
import org.openbcf.examples.demo.PaymentForPerformanceSection;

// Norfolk's return: baselines, plans, actuals and the £0 agreed each quarter (seed lines 1791-1895).
Scenario norfolk = Scenario.of("Norfolk as returned", PaymentForPerformanceSection.norfolkSeries(),
        PaymentForPerformanceSection.NORFOLK_TERMS);
ScenarioResult reported = norfolk.evaluate();
System.out.println("== " + reported.name() + " ==");
System.out.println(P4pTables.quarters(reported.result()));
System.out.println(reported.result().findings());

// What-ifs pay what the rule suggests, so start from the return without its agreed payments.
Scenario base = norfolk.withSuggestedPayments().named("Norfolk");
List<Scenario> whatIfs = List.of(
        base,
        base.withActualsChangedBy(new BigDecimal("-2"), RoundingMode.HALF_UP),
        base.withActual(FinancialQuarter.parse("Q3 2015/16"), 21_500),
        base.withActualsChangedBy(new BigDecimal("-5"), RoundingMode.HALF_UP));
List<ScenarioResult> results = Scenario.evaluateAll(whatIfs);

System.out.println();
System.out.println("== Suggested payments by scenario ==");
System.out.println(P4pTables.scenarios(results));

for (ScenarioResult r : results.subList(1, results.size())) {
    System.out.println();
    System.out.println("== " + r.name() + " ==");
    System.out.println(P4pTables.quarters(r.result()));
}
/exit

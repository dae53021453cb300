package org.openbcf.examples.check;

import java.util.List;
import java.util.Optional;

/**
 * The calculations a spreadsheet can be checked against, by the name a mapping file uses.
 */
final class Calculations {

    private static final List<SheetCalculation> ALL = List.of(
            new P4pCalculation(),
            new IncomeAndExpenditureCalculation(),
            new RiskCalculation(),
            new PoolCalculation(),
            new ExpenditurePlanCalculation(),
            new PrioritiesCalculation(),
            new DischargeFundCalculation(),
            new TargetCalculation(),
            new ProfileCalculation(),
            new ConditionsCalculation(),
            new RateCalculation(),
            new ProportionCalculation(),
            new DsrCalculation());

    private Calculations() {
    }

    static Optional<SheetCalculation> named(String name) {
        return ALL.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    static List<String> names() {
        return ALL.stream().map(SheetCalculation::name).toList();
    }
}

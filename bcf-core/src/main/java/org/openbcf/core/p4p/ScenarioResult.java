package org.openbcf.core.p4p;

import org.openbcf.core.internal.Checks;

/**
 * A scenario together with its payment-for-performance result, e.g. "Norfolk 2015/16" with total
 * paid £0.00 and total unreleased £4,866,340.00. This class is immutable and thread-safe.
 *
 * @param scenario the scenario, not null
 * @param result   its result, not null
 * @since 0.1.0
 */
public record ScenarioResult(Scenario scenario, PerformanceResult result) {

    /**
     * Checks the components.
     *
     * @param scenario the scenario
     * @param result   its result
     */
    public ScenarioResult {
        Checks.notNull(scenario, "scenario");
        Checks.notNull(result, "result");
    }

    /**
     * The scenario's name, e.g. {@code Norfolk 2015/16, actuals -5%}.
     *
     * @return the name, never null
     */
    public String name() {
        return scenario.name();
    }

    /**
     * How another scenario's figures differ from this one's (this one is the base).
     *
     * @param other the other scenario's result, not null, over the same quarters
     * @return the comparison, never null
     */
    public PerformanceComparison compareWith(ScenarioResult other) {
        Checks.notNull(other, "other");
        return PerformanceComparison.of(result, other.result);
    }
}

package org.openbcf.core.p4p;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.money.MonetaryAmount;

import org.openbcf.core.internal.Checks;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.time.FinancialQuarter;

/**
 * A named what-if for analysts: admissions and money terms to run through the payment-for-performance
 * rule. Derive one from another by changing actuals, e.g.
 * {@code norfolk.withActualsChangedBy(new BigDecimal("-5"), RoundingMode.HALF_UP)} is named
 * {@code "Norfolk 2015/16, actuals -5%"}; evaluate many with {@link #evaluateAll(List)} or
 * {@link #evaluateAll(Stream)}; compare two with {@link ScenarioResult#compareWith(ScenarioResult)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name   what the scenario is, not blank
 * @param series the admissions, not null
 * @param terms  the cost per admission and optional local share, not null
 * @since 0.1.0
 */
public record Scenario(String name, AdmissionsSeries series, PerformanceTerms terms) {

    /**
     * Checks the components.
     *
     * @param name   what the scenario is
     * @param series the admissions
     * @param terms  the money terms
     */
    public Scenario {
        Checks.notBlank(name, "name");
        Checks.notNull(series, "series");
        Checks.notNull(terms, "terms");
    }

    /**
     * A scenario: {@code of("Norfolk 2015/16", series, PerformanceTerms.of(Gbp.of(1490)))}.
     *
     * @param name   what the scenario is, not blank
     * @param series the admissions, not null
     * @param terms  the money terms, not null
     * @return the scenario, never null
     */
    public static Scenario of(String name, AdmissionsSeries series, PerformanceTerms terms) {
        return new Scenario(name, series, terms);
    }

    /**
     * This scenario under another name.
     *
     * @param newName the name, not blank
     * @return a new scenario, never null
     */
    public Scenario named(String newName) {
        return new Scenario(newName, series, terms);
    }

    /**
     * This scenario with one quarter's actual admissions changed; named e.g.
     * {@code "Norfolk 2015/16, Q3 2015/16 actual 22,000"}.
     *
     * @param quarter the quarter, not null, one of the series
     * @param actual  the new actual count, 0 to 100,000,000
     * @return a new scenario, never null
     */
    public Scenario withActual(FinancialQuarter quarter, long actual) {
        return new Scenario(name + ", " + quarter + " actual " + Checks.group(actual),
                series.withActual(quarter, actual), terms);
    }

    /**
     * This scenario with every actual changed by a percentage, rounded to whole admissions with
     * {@code mode}; named e.g. {@code "Norfolk 2015/16, actuals -5%"}.
     *
     * @param percent the change in percent, not null
     * @param mode    how to round each new actual, not null
     * @return a new scenario, never null
     */
    public Scenario withActualsChangedBy(BigDecimal percent, RoundingMode mode) {
        AdmissionsSeries changed = series.withActualsChangedBy(percent, mode);
        String sign = percent.signum() > 0 ? "+" : "";
        return new Scenario(name + ", actuals " + sign + percent.stripTrailingZeros().toPlainString() + "%",
                changed, terms);
    }

    /**
     * This scenario paying what the rule suggests in every quarter, without the return's agreed
     * payments and comments; named e.g. {@code "Norfolk 2015/16, suggested payments"}.
     *
     * @return a new scenario, never null
     */
    public Scenario withSuggestedPayments() {
        return new Scenario(name + ", suggested payments", series.withoutAgreedPayments(), terms);
    }

    /**
     * This scenario with another cost per admission, named e.g. {@code "Norfolk 2015/16, cost £1,600.00"}.
     *
     * @param cost the cost per admission, not null, positive, whole pennies
     * @return a new scenario, never null
     */
    public Scenario withCostPerAdmission(MonetaryAmount cost) {
        PerformanceTerms changed = terms.withCostPerAdmission(cost);
        return new Scenario(name + ", cost " + Gbp.format(cost), series, changed);
    }

    /**
     * Runs the rule on this scenario.
     *
     * @return the scenario with its result, never null
     */
    public ScenarioResult evaluate() {
        return new ScenarioResult(this, PaymentForPerformance.calculate(series, terms));
    }

    /**
     * Runs the rule on every scenario, in order.
     *
     * @param scenarios the scenarios, not null, no null elements
     * @return the results in the same order, unmodifiable, never null
     */
    public static List<ScenarioResult> evaluateAll(List<Scenario> scenarios) {
        Checks.notNull(scenarios, "scenarios");
        return scenarios.stream().map(s -> Checks.notNull(s, "scenario").evaluate())
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Runs the rule on a stream of scenarios, lazily; a parallel stream stays parallel (the rule is
     * stateless).
     *
     * @param scenarios the scenarios, not null, no null elements
     * @return the results, in encounter order, never null
     */
    public static Stream<ScenarioResult> evaluateAll(Stream<Scenario> scenarios) {
        Checks.notNull(scenarios, "scenarios");
        return scenarios.map(s -> Checks.notNull(s, "scenario").evaluate());
    }
}

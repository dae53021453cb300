package org.openbcf.examples.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.openbcf.core.finding.Findings;
import org.openbcf.metrics.target.Assessment;
import org.openbcf.metrics.target.Target;
import org.openbcf.metrics.target.TargetRounding;

/**
 * {@code calculation = target}: a metric target recomputed with {@link Target}: a reduction on a base
 * ({@code base × (1 − percent/100)}, a maximum), an increase ({@code base × (1 + percent/100)}, a
 * minimum) or a fixed maximum or minimum, rounded as the mapping says, and, with the actual, its
 * {@link Assessment}: the variance, the percentage variance and whether it is met. Norfolk 2016/17
 * (G-16): 1,377 less 5%, half-up → maximum 1,308; DTOC 2015/16 (G-17): 28,388 less 4%, unrounded →
 * 27,252.48; 2022-23 avoidable admissions (G8): 677.4 against 728.3, variance −50.9 (−6.99%), met.
 *
 * <p>A target is not a rule with findings: "not met" is the computed cell {@code met} (0), never a
 * finding, and a base or percentage the library refuses (a reduction over 100%) stops the check.
 */
final class TargetCalculation implements SheetCalculation {

    /** The places the even twelfth is computed to; the check compares it to two. */
    static final int TWELFTH_SCALE = 10;

    @Override
    public String name() {
        return "target";
    }

    @Override
    public List<Field> parameters() {
        return List.of(
                Field.parameter("change", "how the target is set: reduction, increase, maximum or minimum (a fixed value)"),
                Field.parameter("rounding", "how the target is rounded: none, half-up, floor or ceiling"));
    }

    @Override
    public List<Field> inputs() {
        return List.of(
                Field.decimal("base", 1, "the base (forecast or baseline), or the target itself for maximum and minimum"),
                Field.decimal("percent", 1, "the reduction or increase in percent (needed for reduction and increase)"),
                Field.decimal("actual", 1, "the actual or projected value to assess"));
    }

    @Override
    public List<String> optionalInputs() {
        return List.of("percent", "actual");
    }

    @Override
    public List<Field> outputs() {
        return List.of(
                Field.number("target", 1, "the target value"),
                Field.number("evenTwelfth", 1, "the target divided by 12 (a flat monthly line)"),
                Field.number("variance", 1, "actual minus target (needs input.actual)"),
                Field.number("percentageVariance", 1, "the variance as a percentage of the target (needs input.actual)"),
                Field.yesNo("met", 1, "Yes (1) when the actual meets the target, equality included, else No (0) (needs input.actual)"));
    }

    @Override
    public Computed compute(CheckInputs inputs) {
        Target target = target(inputs);
        Map<String, List<BigDecimal>> outputs = new LinkedHashMap<>();
        outputs.put("target", List.of(target.value()));
        outputs.put("evenTwelfth", List.of(target.evenTwelfth(TWELFTH_SCALE, RoundingMode.HALF_UP)));
        Optional<Assessment> assessment = single(inputs, "actual").map(target::assess);
        outputs.put("variance", assessment.map(a -> List.of(a.variance())).orElse(List.of()));
        outputs.put("percentageVariance", assessment.flatMap(Assessment::percentageVariance).map(List::of).orElse(List.of()));
        outputs.put("met", assessment.map(a -> List.of(CalculationCells.flag(a.isMet()))).orElse(List.of()));
        return new Computed(outputs, Findings.none());
    }

    private static Target target(CheckInputs inputs) {
        String change = inputs.parameter("change").strip().toLowerCase(Locale.ROOT);
        TargetRounding rounding = TargetRounding.parse(inputs.parameter("rounding"));
        BigDecimal base = inputs.numbers("base").get(0);
        return switch (change) {
            case "reduction" -> CalculationCells.at(inputs, "base", 0, () -> Target.reduction(base, percent(inputs, change), rounding));
            case "increase" -> CalculationCells.at(inputs, "base", 0, () -> Target.increase(base, percent(inputs, change), rounding));
            case "maximum" -> Target.atMost(rounding.apply(base));
            case "minimum" -> Target.atLeast(rounding.apply(base));
            default -> throw new IllegalArgumentException("parameter.change ('" + inputs.parameter("change")
                    + "') must be reduction, increase, maximum or minimum");
        };
    }

    private static BigDecimal percent(CheckInputs inputs, String change) {
        return single(inputs, "percent").orElseThrow(() -> new IllegalArgumentException("a " + change
                + " needs input.percent, the " + change + " in percent"));
    }

    private static Optional<BigDecimal> single(CheckInputs inputs, String name) {
        return inputs.has(name) ? Optional.of(inputs.numbers(name).get(0)) : Optional.empty();
    }
}

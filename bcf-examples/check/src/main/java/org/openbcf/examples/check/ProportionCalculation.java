package org.openbcf.examples.check;

import java.util.List;

import org.openbcf.core.finding.Findings;
import org.openbcf.metrics.stats.ConfidenceLevel;
import org.openbcf.metrics.stats.Proportions;

/**
 * {@code calculation = proportion}: a proportion cell with its Wilson score limits, recomputed with
 * {@link Proportions#wilson(long, long, org.openbcf.metrics.stats.ConfidenceLevel, double)}:
 * numerator ÷ denominator × multiplier (1 for a fraction, 100 for a percentage; statistics.md,
 * "Proportion"). Reference: 65 of 100, 95% → 0.5525444329688797 to 0.7363575175690247. A proportion
 * has no rule with findings.
 */
final class ProportionCalculation implements SheetCalculation {

    @Override
    public String name() {
        return "proportion";
    }

    @Override
    public List<Field> parameters() {
        return StatisticCells.parameters("100 for a percentage");
    }

    @Override
    public List<Field> inputs() {
        return List.of(Field.count("numerator", 1, "the numerator, from 0 to the denominator"),
                Field.count("denominator", 1, "the denominator, at least 1"));
    }

    @Override
    public List<Field> outputs() {
        return StatisticCells.outputs("numerator ÷ denominator × the multiplier");
    }

    @Override
    public Computed compute(CheckInputs inputs) {
        double multiplier = StatisticCells.multiplier(inputs);
        ConfidenceLevel confidence = StatisticCells.confidence(inputs);
        return new Computed(StatisticCells.outputs(CalculationCells.atNamed(inputs, 0, () -> Proportions.wilson(
                inputs.counts("numerator").get(0), inputs.counts("denominator").get(0), confidence, multiplier),
                "numerator", "numerator", "denominator", "denominator")),
                Findings.none());
    }
}

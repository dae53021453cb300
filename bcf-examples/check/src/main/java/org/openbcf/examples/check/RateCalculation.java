package org.openbcf.examples.check;

import java.util.List;

import org.openbcf.core.finding.Findings;
import org.openbcf.metrics.stats.ConfidenceLevel;
import org.openbcf.metrics.stats.Rates;

/**
 * {@code calculation = rate}: a crude rate cell with its confidence limits, recomputed with
 * {@link Rates#rate}: count ÷ population × multiplier, Byar's limits from 10 events and exact Poisson
 * limits below (statistics.md, "Rate"). Reference: 65 events, 95% → 50.163187710459454 and
 * 82.84913854593984 on the count scale; PHB rate 108 / 882,569 × 100,000 = 12.237 (G-15). A rate has
 * no rule with findings.
 */
final class RateCalculation implements SheetCalculation {

    @Override
    public String name() {
        return "rate";
    }

    @Override
    public List<Field> parameters() {
        return StatisticCells.parameters("100000 for a rate per 100,000");
    }

    @Override
    public List<Field> inputs() {
        return List.of(Field.count("count", 1, "the number of events"),
                Field.count("population", 1, "the population, at least 1"));
    }

    @Override
    public List<Field> outputs() {
        return StatisticCells.outputs("count ÷ population × the multiplier");
    }

    @Override
    public Computed compute(CheckInputs inputs) {
        double multiplier = StatisticCells.multiplier(inputs);
        ConfidenceLevel confidence = StatisticCells.confidence(inputs);
        return new Computed(StatisticCells.outputs(CalculationCells.atNamed(inputs, 0, () -> Rates.rate(
                inputs.counts("count").get(0), inputs.counts("population").get(0), multiplier, confidence),
                "count", "count", "population", "population")), Findings.none());
    }
}

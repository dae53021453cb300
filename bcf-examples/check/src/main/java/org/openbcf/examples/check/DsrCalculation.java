package org.openbcf.examples.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openbcf.core.finding.Findings;
import org.openbcf.metrics.stats.AgeBand;
import org.openbcf.metrics.stats.DirectStandardisation;
import org.openbcf.metrics.stats.StandardPopulation;
import org.openbcf.metrics.stats.StandardisedRate;

/**
 * {@code calculation = dsr}: a directly age-standardised rate cell with its Dobson limits, recomputed
 * with {@link DirectStandardisation#rate}: one row per age band with its count and population, and the
 * standard population's weight from the sheet or, when the mapping names none, the European Standard
 * Population 2013 by the band's label ({@code 65-69} … {@code 90+}; statistics.md). G10 (falls 65+,
 * norfolk-2023-25 spec): 1,050.37 per 100,000, limits 1,006.15 to 1,096.03. A rate on fewer than 10
 * events is suppressed, so its cells cannot be checked (the check names the reason). No rule with findings.
 */
final class DsrCalculation implements SheetCalculation {

    @Override
    public String name() {
        return "dsr";
    }

    @Override
    public List<Field> parameters() {
        return StatisticCells.parameters("100000 for a rate per 100,000");
    }

    @Override
    public List<Field> inputs() {
        return List.of(
                Field.text("band", Field.ROWS, "the age band's label, e.g. 65-69, one per row"),
                Field.count("count", Field.ROWS, "the band's events, one per row"),
                Field.count("population", Field.ROWS, "the band's population, at least 1, one per row"),
                Field.decimal("standardPopulation", Field.ROWS, "the band's standard population weight "
                        + "(when not mapped: ESP2013 by the band's label), one per row"));
    }

    @Override
    public List<String> optionalInputs() {
        return List.of("standardPopulation");
    }

    @Override
    public List<Field> outputs() {
        List<Field> outputs = new ArrayList<>(StatisticCells.outputs("the standardised rate × the multiplier "
                + "(suppressed under 10 events, so not checkable)"));
        outputs.add(Field.number("totalCount", 1, "the bands' events added up"));
        return outputs;
    }

    @Override
    public Computed compute(CheckInputs inputs) {
        List<String> labels = inputs.texts("band");
        List<Long> counts = inputs.counts("count");
        List<Long> populations = inputs.counts("population");
        List<BigDecimal> weights = inputs.numbers("standardPopulation");
        StandardPopulation esp = StandardPopulation.esp2013();
        List<AgeBand> bands = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            int row = i;
            String label = labels.get(row).strip();
            bands.add(CalculationCells.atNamed(inputs, row, () -> weights.isEmpty() ? esp.band(label, counts.get(row), populations.get(row))
                    : new AgeBand(label, counts.get(row), populations.get(row), weights.get(row).doubleValue()),
                    "age band", "band", "count of age band", "count", "population of age band", "population",
                    "standard population of age band", "standardPopulation"));
        }
        StandardisedRate rate = DirectStandardisation.rate(bands, StatisticCells.multiplier(inputs), StatisticCells.confidence(inputs));
        Map<String, List<BigDecimal>> outputs = new LinkedHashMap<>(rate.estimate().map(StatisticCells::outputs).orElse(Map.of()));
        outputs.put("totalCount", List.of(BigDecimal.valueOf(rate.totalCount())));
        return new Computed(outputs, Findings.none());
    }
}

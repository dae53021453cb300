package org.openbcf.examples.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openbcf.core.risk.Risk;
import org.openbcf.core.risk.RiskMatrix;
import org.openbcf.core.risk.RiskRegister;
import org.openbcf.core.risk.ScoredRisk;

/**
 * {@code calculation = risk}: a risk register's scores, likelihood × impact, recomputed with
 * {@link RiskRegister} on the matrix the mapping names ({@code parameter.matrix = 4x4} for the 2016
 * scheme templates, {@code 5x5} for the NHS matrix). One row per risk: map the id, likelihood,
 * impact and score columns as ranges of the same length (Norfolk 2016: NN2-R3, likelihood 4,
 * severity 5, score 20).
 */
final class RiskCalculation implements SheetCalculation {

    @Override
    public String name() {
        return "risk";
    }

    @Override
    public List<Field> parameters() {
        return List.of(Field.parameter("matrix", "the register's matrix: 4x4 or 5x5"));
    }

    @Override
    public List<Field> inputs() {
        return List.of(
                Field.text("id", 0, "the risk's identifier, one per row"),
                Field.count("likelihood", 0, "the likelihood level, one per row"),
                Field.count("impact", 0, "the impact (severity) level, one per row"));
    }

    @Override
    public List<Field> outputs() {
        return List.of(Field.number("score", 0, "the risk score, likelihood × impact, one per row"));
    }

    @Override
    public Computed compute(CheckInputs inputs) {
        List<String> ids = inputs.texts("id");
        List<Long> likelihood = inputs.counts("likelihood");
        List<Long> impact = inputs.counts("impact");
        List<Risk> risks = new ArrayList<>();
        Map<String, String> places = new java.util.HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i).isBlank() ? inputs.cells("id").get(i).toString() : ids.get(i);
            risks.add(Risk.of(id, Math.toIntExact(likelihood.get(i)), Math.toIntExact(impact.get(i))));
            String path = "risks." + risks.get(i).id();
            CalculationCells.place(places, path, inputs, "id", i);
            CalculationCells.place(places, path + ".likelihood", inputs, "likelihood", i);
            CalculationCells.place(places, path + ".impact", inputs, "impact", i);
        }
        RiskRegister register = RiskRegister.of(RiskMatrix.preset(inputs.parameter("matrix")), risks);
        return new Computed(Map.of("score", register.scored().stream().map(r -> BigDecimal.valueOf(r.score())).toList()),
                register.findings(), places);
    }
}

package org.openbcf.examples.check;

import static org.openbcf.examples.check.CalculationCells.at;
import static org.openbcf.examples.check.CalculationCells.pounds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.openbcf.core.discharge.DischargeFundReturn;
import org.openbcf.core.discharge.DischargeFundScheme;
import org.openbcf.core.discharge.DischargeSchemeType;
import org.openbcf.core.discharge.ImpactUnit;
import org.openbcf.core.money.Gbp;

/**
 * {@code calculation = discharge-fund}: the ASC Discharge Fund tab of the 2022-23 to 2024-25 returns
 * (tab 7 of the 2022-23 end-of-year template), recomputed with {@link DischargeFundReturn}: the
 * underspend (stated planned less stated actual) and its percentage of the plan, the rows' planned and
 * actual totals, each row's variance, and the impact reported in each unit. Norfolk 2022-23 (G5):
 * planned £9,671,604, actual £9,150,324 (ICB £5,668,092 + LA £3,482,232), underspend £521,280.00,
 * 5.39% of plan.
 *
 * <p>Findings: R-DF-1 (the "changed planned spending?" answer disagrees with the figures), R-DF-4 (an
 * impact unit not the scheme type's), R-DF-2 (ICB + LA is not the actual total, an error) and R-DF-3
 * (the rows do not add up to the stated totals).
 */
final class DischargeFundCalculation implements SheetCalculation {

    /** The places the underspend percentage is computed to; the check compares it to two. */
    static final int PERCENT_SCALE = 10;

    @Override
    public String name() {
        return "discharge-fund";
    }

    @Override
    public List<Field> parameters() {
        return List.of();
    }

    @Override
    public List<Field> inputs() {
        return List.of(
                Field.text("scheme", Field.ROWS, "the scheme's name, one per row"),
                Field.text("type", Field.ROWS, "the scheme type, e.g. Residential Placements, one per row"),
                Field.text("subType", Field.ROWS, "the sub type as printed, one per row"),
                Field.number("planned", Field.ROWS, "planned expenditure in pounds, one per row"),
                Field.number("actual", Field.ROWS, "actual expenditure in pounds, one per row"),
                Field.optionalDecimal("impact", Field.ROWS, "the actual number of packages (beds, hours, ...), blank where none"),
                Field.text("unit", Field.ROWS, "the unit of measure as printed, e.g. Number of beds, one per row"),
                Field.text("changed", Field.ROWS, "did you make any changes to planned spending? Yes or No, one per row"),
                Field.text("changeExplanation", Field.ROWS, "why planned spending changed, one per row"),
                Field.text("intendedImpact", Field.ROWS, "did the scheme have the intended impact? Yes or No, one per row"),
                Field.text("impactExplanation", Field.ROWS, "the impact explanation, one per row"),
                Field.number("plannedTotal", 1, "the stated Planned Expenditure"),
                Field.number("actualTotal", 1, "the stated Actual Expenditure"),
                Field.number("actualIcb", 1, "the stated Actual Expenditure ICB"),
                Field.number("actualLa", 1, "the stated Actual Expenditure LA"),
                Field.text("impactTotal.unit", Field.TABLE, "the units of the sheet's impact totals, e.g. Number of beds"));
    }

    @Override
    public List<String> optionalInputs() {
        return List.of("subType", "impact", "changeExplanation", "impactExplanation", "impactTotal.unit");
    }

    @Override
    public List<Field> outputs() {
        return List.of(
                Field.number("underspend", 1, "stated planned less stated actual expenditure"),
                Field.number("underspendPercent", 1, "the underspend as a percentage of planned (needs planned above £0)"),
                Field.number("rowsPlanned", 1, "the rows' planned expenditure added up"),
                Field.number("rowsActual", 1, "the rows' actual expenditure added up"),
                Field.number("variance", Field.ROWS, "each row's actual less planned"),
                Field.number("impactTotal", Field.TABLE, "the impact of the rows reported in each unit of input.impactTotal.unit"));
    }

    @Override
    public Computed compute(CheckInputs inputs) {
        DischargeFundReturn tab = new DischargeFundReturn(schemes(inputs), total(inputs, "plannedTotal"),
                total(inputs, "actualTotal"), total(inputs, "actualIcb"), total(inputs, "actualLa"));
        Map<String, List<BigDecimal>> outputs = new LinkedHashMap<>();
        outputs.put("underspend", pounds(tab.underspend()));
        outputs.put("underspendPercent", tab.underspendPercent(PERCENT_SCALE, RoundingMode.HALF_UP).map(List::of).orElse(List.of()));
        outputs.put("rowsPlanned", pounds(tab.rowsPlanned()));
        outputs.put("rowsActual", pounds(tab.rowsActual()));
        outputs.put("variance", tab.schemes().stream().map(s -> Gbp.pounds(s.variance())).toList());
        List<BigDecimal> impacts = new ArrayList<>();
        List<String> units = inputs.texts("impactTotal.unit");
        for (int i = 0; i < units.size(); i++) {
            int row = i;
            ImpactUnit unit = at(inputs, "impactTotal.unit", row, () -> ImpactUnit.ofLabel(units.get(row)));
            impacts.add(BigDecimal.valueOf(tab.totalImpact(unit)));
        }
        outputs.put("impactTotal", impacts);
        Map<String, String> places = new LinkedHashMap<>();
        for (int i = 0; i < tab.schemes().size(); i++) {
            String path = "dischargeFund.row" + (i + 1);
            CalculationCells.place(places, path, inputs, "scheme", i);
            CalculationCells.place(places, path + ".changedPlannedSpending", inputs, "changed", i);
            CalculationCells.place(places, path + ".unit", inputs, "unit", i);
        }
        for (String total : List.of("plannedTotal", "actualTotal")) {
            CalculationCells.place(places, "dischargeFund." + total, inputs, total, 0);
        }
        return new Computed(outputs, tab.check(), places);
    }

    private static javax.money.MonetaryAmount total(CheckInputs inputs, String name) {
        return Gbp.of(inputs.numbers(name).get(0));
    }

    private static List<DischargeFundScheme> schemes(CheckInputs inputs) {
        List<String> names = inputs.texts("scheme");
        List<String> types = inputs.texts("type");
        List<BigDecimal> planned = inputs.numbers("planned");
        List<BigDecimal> actual = inputs.numbers("actual");
        List<Optional<BigDecimal>> impacts = inputs.optionalNumbers("impact");
        List<String> units = inputs.texts("unit");
        List<DischargeFundScheme> schemes = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            int row = i;
            DischargeSchemeType type = at(inputs, "type", row, () -> DischargeSchemeType.ofLabel(types.get(row)));
            ImpactUnit unit = at(inputs, "unit", row, () -> ImpactUnit.ofLabel(units.get(row)));
            Optional<BigDecimal> impact = row < impacts.size() ? impacts.get(row) : Optional.empty();
            OptionalLong packages = impact.isPresent()
                    ? OptionalLong.of(CalculationCells.whole(inputs, "impact", row, impact.get())) : OptionalLong.empty();
            boolean changed = CalculationCells.yesNoCell(inputs, "changed", row);
            boolean intended = CalculationCells.yesNoCell(inputs, "intendedImpact", row);
            schemes.add(at(inputs, "scheme", row, () -> new DischargeFundScheme(names.get(row), type, text(inputs, "subType", row),
                    Gbp.of(planned.get(row)), Gbp.of(actual.get(row)), packages, unit, changed,
                    text(inputs, "changeExplanation", row), intended, text(inputs, "impactExplanation", row))));
        }
        return schemes;
    }

    private static String text(CheckInputs inputs, String name, int row) {
        List<String> texts = inputs.texts(name);
        return row < texts.size() ? texts.get(row) : "";
    }
}

package org.openbcf.examples.check;

import static org.openbcf.examples.check.CalculationCells.at;
import static org.openbcf.examples.check.CalculationCells.pounds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openbcf.core.money.Gbp;
import org.openbcf.core.scheme.PriorityLine;
import org.openbcf.core.scheme.PriorityTable;

/**
 * {@code calculation = priorities}: a table of spend by priority with stated percentages, recomputed
 * with {@link PriorityTable}: the table's total and each line's percentage of it, rounded half-up to
 * the places the table shows ({@code parameter.places}), as the table rounds them. Norfolk 2022-23 Core BCF (G2):
 * 15 lines adding up to £73,032,000, £95 below the NHS minimum of £73,032,095 (R-PRI-2); five
 * percentages mis-rounded, e.g. Intermediate care beds stated 2.68% but 2.62% (R-PRI-1).
 *
 * <p>Percentages are percentage points as the table shows them ({@code 22.44}, not a cell holding
 * 0.2244 formatted as a percentage, which a comparison to two places could not tell apart). The
 * stated percentages are an input (the rule compares them at their own places) and the same cells are
 * the computed output {@code percent}, so a mis-rounded percentage is both a disagreeing cell and an
 * R-PRI-1 warning. A workbook saves a double, not the places its number format shows (a typed 0.90 is
 * saved as 0.9), so the mapping says how many places the table shows, and a stated percentage is taken
 * as shown: its saved value rounded half-up to those places (a formula's 9.66520… shows as 9.67), as
 * a spreadsheet displays it.
 */
final class PrioritiesCalculation implements SheetCalculation {

    /** The most places a table may show: 10 (the templates show two). */
    static final int MAX_PLACES = 10;

    @Override
    public String name() {
        return "priorities";
    }

    @Override
    public List<Field> parameters() {
        return List.of(Field.parameter("places", "the decimal places the table shows its percentages to, 0 to 10, e.g. 2"));
    }

    @Override
    public List<Field> inputs() {
        return List.of(
                Field.text("priority", Field.ROWS, "the priority's name, one per line"),
                Field.number("amount", Field.ROWS, "the spend on the priority in pounds, one per line"),
                Field.decimal("statedPercent", Field.ROWS, "the percentage the table states, in percentage points, one per line"),
                Field.number("expectedTotal", 1, "the figure the table breaks down, e.g. the NHS minimum (R-PRI-2)"));
    }

    @Override
    public List<Field> outputs() {
        return List.of(
                Field.number("total", 1, "the lines added up"),
                Field.number("percent", Field.ROWS, "each line's percentage of the total, half-up to parameter.places"));
    }

    @Override
    public Computed compute(CheckInputs inputs) {
        List<String> names = inputs.texts("priority");
        List<BigDecimal> amounts = inputs.numbers("amount");
        int places = places(inputs);
        List<BigDecimal> stated = inputs.numbers("statedPercent");
        List<PriorityLine> lines = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            int row = i;
            lines.add(at(inputs, "priority", row, () -> new PriorityLine(names.get(row), Gbp.of(amounts.get(row)),
                    stated.get(row).setScale(places, RoundingMode.HALF_UP))));
        }
        PriorityTable table = PriorityTable.of(lines);
        List<BigDecimal> percents = new ArrayList<>();
        for (PriorityLine line : table.lines()) {
            percents.add(table.percent(line, places));
        }
        Map<String, List<BigDecimal>> outputs = new LinkedHashMap<>();
        outputs.put("total", pounds(table.total()));
        outputs.put("percent", percents);
        Map<String, String> at = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            CalculationCells.place(at, "priorities.line" + (i + 1), inputs, "priority", i);
            CalculationCells.place(at, "priorities.line" + (i + 1) + ".percent", inputs, "statedPercent", i);
        }
        CalculationCells.place(at, "priorities.total", inputs, "expectedTotal", 0);
        return new Computed(outputs, table.check(Gbp.of(inputs.numbers("expectedTotal").get(0))), at);
    }

    private static int places(CheckInputs inputs) {
        String text = inputs.parameter("places").strip();
        if (!text.matches("[0-9]{1,2}") || Integer.parseInt(text) > MAX_PLACES) {
            throw new IllegalArgumentException("parameter.places ('" + text + "') must be a whole number from 0 to " + MAX_PLACES);
        }
        return Integer.parseInt(text);
    }
}

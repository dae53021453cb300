package org.openbcf.examples.check;

import org.openbcf.examples.io.BadInputException;
import org.openbcf.examples.workbook.RecalculatedWorkbook;
import org.openbcf.examples.workbook.Recalculation;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks a spreadsheet against openbcf's reference logic: reads the inputs and the computed cells a
 * mapping names, as the workbook saved them (formulas are not re-evaluated unless
 * {@link #recalculate(Path, CheckMapping, BigDecimal, CheckLimits) recalculate} asks), recomputes the
 * outputs with the library, compares cell by cell, and carries the findings the library's rules
 * report on the same inputs into the {@link CheckReport}.
 *
 * <pre>
 * CheckReport report = SpreadsheetCheck.run(Path.of("q3.xlsx"), Path.of("p4p.properties"));
 * report.assertPasses();            // every cell agrees and no finding is an error
 * </pre>
 *
 * <p>A workbook or mapping that cannot be used (missing, corrupt, encrypted, larger than
 * {@link CheckLimits}, a zip bomb, a missing sheet, text where a number belongs) throws
 * {@link BadInputException} with one line naming what is wrong. This class is stateless and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class SpreadsheetCheck {

    private SpreadsheetCheck() {
    }

    /**
     * Checks a workbook exactly to the penny.
     *
     * @param workbook the .xlsx file, not null
     * @param mapping  the mapping file, not null
     * @return the report, never null
     * @throws BadInputException when the workbook or mapping cannot be used
     */
    public static CheckReport run(Path workbook, Path mapping) {
        return run(workbook, mapping, BigDecimal.ZERO);
    }

    /**
     * Checks a workbook with a tolerance, e.g. {@code new BigDecimal("0.01")} to let a penny pass.
     *
     * @param workbook  the .xlsx file, not null
     * @param mapping   the mapping file, not null
     * @param tolerance the largest difference that counts as agreement, in the cells' units (pounds), at least 0
     * @return the report, never null
     * @throws BadInputException when the workbook or mapping cannot be used
     */
    public static CheckReport run(Path workbook, Path mapping, BigDecimal tolerance) {
        return run(workbook, CheckMapping.load(Objects.requireNonNull(mapping, "mapping")), tolerance, CheckLimits.DEFAULT);
    }

    /**
     * Checks a workbook with a parsed mapping and explicit limits.
     *
     * @param workbook  the .xlsx file, not null
     * @param mapping   the mapping, not null
     * @param tolerance the largest difference that counts as agreement, at least 0, not null
     * @param limits    how much to read before refusing the workbook, not null
     * @return the report, never null
     * @throws BadInputException when the workbook cannot be used
     */
    public static CheckReport run(Path workbook, CheckMapping mapping, BigDecimal tolerance, CheckLimits limits) {
        return check(workbook, mapping, tolerance, limits, false);
    }

    /**
     * Checks a workbook exactly to the penny and recalculates its own formulas
     * ({@code bcf check --recalculate}; see {@link #recalculate(Path, CheckMapping, BigDecimal, CheckLimits)}).
     *
     * @param workbook the .xlsx file, not null
     * @param mapping  the mapping file, not null
     * @return the report, every comparison with its {@link CellComparison#recalculated()} value, never null
     * @throws BadInputException when the workbook or mapping cannot be used
     */
    public static CheckReport recalculate(Path workbook, Path mapping) {
        return recalculate(workbook, CheckMapping.load(Objects.requireNonNull(mapping, "mapping")), BigDecimal.ZERO,
                CheckLimits.DEFAULT);
    }

    /**
     * Checks a workbook as {@link #run(Path, CheckMapping, BigDecimal, CheckLimits)} does, and also
     * evaluates every mapped computed cell's own formula now with Apache POI's formula evaluator
     * ({@link RecalculatedWorkbook}, opened only once the workbook has passed every guard of the
     * streaming reader, within the same limits, and holding at most
     * {@link RecalculatedWorkbook#DEFAULT_MAX_CELLS} cells). Each comparison then holds three values,
     * saved, recalculated and openbcf's, and a saved value its formula no longer gives is
     * {@link CellStatus#STALE}, {@link CellStatus#BROKEN} or {@link CellStatus#PASTED} (the check
     * fails); a formula POI cannot evaluate is {@link CellStatus#UNSUPPORTED}, naming the function, and
     * does not fail it. A formula the workbook saved no result for (written by openpyxl, POI or pandas,
     * which do not calculate) is evaluated and its value compared with openbcf's: {@link CellStatus#UNSAVED}
     * when they agree, {@link CellStatus#DISAGREES} when not; {@link #run(Path, CheckMapping, BigDecimal,
     * CheckLimits) run} refuses such a cell, saying that {@code --recalculate} would evaluate it.
     * Example: {@code SpreadsheetCheck.recalculate(workbook, CheckMapping.load(mapping),
     * BigDecimal.ZERO, CheckLimits.DEFAULT).assertPasses()}.
     *
     * @param workbook  the .xlsx file, not null
     * @param mapping   the mapping, not null
     * @param tolerance the largest difference that counts as agreement, at least 0, not null
     * @param limits    how much to read before refusing the workbook, not null
     * @return the report, never null
     * @throws BadInputException when the workbook cannot be used
     */
    public static CheckReport recalculate(Path workbook, CheckMapping mapping, BigDecimal tolerance, CheckLimits limits) {
        return check(workbook, mapping, tolerance, limits, true);
    }

    private static CheckReport check(Path workbook, CheckMapping mapping, BigDecimal tolerance, CheckLimits limits,
                                     boolean recalculate) {
        Objects.requireNonNull(workbook, "workbook");
        Objects.requireNonNull(mapping, "mapping");
        requireTolerance(tolerance);
        Objects.requireNonNull(limits, "limits");
        SheetCalculation calculation = mapping.sheetCalculation();
        try (WorkbookReader reader = WorkbookReader.open(workbook, limits)) {
            List<SheetCell> mapped = new ArrayList<>();
            mapping.inputs().values().forEach(mapped::addAll);
            mapping.outputs().values().forEach(mapped::addAll);
            reader.load(mapped);
            Map<SheetCell, SavedValue> saved = new HashMap<>();
            mapping.inputs().values().forEach(cells -> cells.forEach(cell -> saved.put(cell, reader.read(cell))));
            Map<String, Field> fields = new LinkedHashMap<>();
            calculation.inputs().forEach(f -> fields.put(f.name(), f));
            CheckInputs inputs = new CheckInputs(reader.name(), mapping.parameters(), mapping.inputs(), fields, saved);
            Computed computed = compute(calculation, inputs, reader.name());
            Map<String, List<BigDecimal>> reference = computed.outputs();
            List<CellComparison> comparisons = new ArrayList<>();
            Map<String, Field> outputFields = new LinkedHashMap<>();
            calculation.outputs().forEach(f -> outputFields.put(f.name(), f));
            try (RecalculatedWorkbook now = recalculate
                    ? RecalculatedWorkbook.open(workbook, limits.workbookLimits()) : null) {
                mapping.outputs().forEach((name, cells) -> {
                    List<BigDecimal> values = reference.getOrDefault(name, List.of());
                    if (values.size() != cells.size()) {
                        throw new BadInputException(mapping.source() + ": output." + name + " cannot be checked: "
                                + outputFields.get(name).description());
                    }
                    boolean yesNo = outputFields.get(name).kind() == Field.Kind.YES_NO;
                    for (int i = 0; i < cells.size(); i++) {
                        SheetCell cell = cells.get(i);
                        SavedValue value = reader.read(cell);
                        String output = cells.size() == 1 ? name : name + "[" + (i + 1) + "]";
                        String expected = (yesNo ? "Yes or No (or 1 or 0)" : "a number") + " (" + name + ")";
                        CellComparison comparison;
                        if (value instanceof SavedValue.Number number) {
                            comparison = new CellComparison(cell, output, number.value(), values.get(i), tolerance);
                        } else if (yesNo && value instanceof SavedValue.Text text
                                && CalculationCells.yesNoWords(text.value()).isPresent()) {
                            comparison = CellComparison.yesNo(cell, output, text.value(), values.get(i), tolerance);
                        } else if (value instanceof SavedValue.Uncalculated formula) {
                            comparisons.add(unsaved(reader.name(), now, cell, output, formula, expected, values.get(i),
                                    tolerance));
                            continue;
                        } else {
                            throw new BadInputException(reader.name() + ": " + cell + " holds " + value.describe()
                                    + " where the spreadsheet should have computed " + expected);
                        }
                        comparisons.add(now == null ? comparison
                                : comparison.withRecalculation(now.recalculate(cell.sheet(), cell.row(), cell.column())));
                    }
                });
            }
            return new CheckReport(reader.name(), calculation.name(), tolerance, comparisons, computed.located(),
                    inputs.roundings());
        }
    }

    /**
     * A computed cell whose formula the workbook saved no result for: refused without a recalculation
     * (saying that {@code --recalculate} would evaluate it), else compared with what it gives now.
     */
    private static CellComparison unsaved(String source, RecalculatedWorkbook now, SheetCell cell, String output,
                                          SavedValue.Uncalculated formula, String expected, BigDecimal reference,
                                          BigDecimal tolerance) {
        String holds = source + ": " + cell + " holds the formula =" + formula.formula() + " with no saved result";
        if (now == null) {
            throw new BadInputException(holds + " where the spreadsheet should have computed " + expected
                    + "; --recalculate would evaluate it (or open and save the workbook in Excel)");
        }
        Recalculation recalculation = now.recalculate(cell.sheet(), cell.row(), cell.column());
        try {
            return CellComparison.unsaved(cell, output, recalculation, reference, tolerance);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(holds + ", and recalculated " + recalculation + " where the spreadsheet should "
                    + "have computed " + expected, e);
        }
    }

    private static Computed compute(SheetCalculation calculation, CheckInputs inputs, String source) {
        try {
            return calculation.compute(inputs);
        } catch (BadInputException e) {
            throw e;
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new BadInputException(source + ": openbcf cannot compute " + calculation.name()
                    + " from the workbook's inputs: " + e.getMessage(), e);
        }
    }

    /**
     * The calculations a mapping can name, e.g. {@code [income-and-expenditure]}.
     *
     * @return the names, never null
     */
    public static List<String> calculations() {
        return Calculations.names();
    }

    static BigDecimal requireTolerance(BigDecimal tolerance) {
        Objects.requireNonNull(tolerance, "tolerance");
        if (tolerance.signum() < 0) {
            throw new IllegalArgumentException("tolerance (" + tolerance.toPlainString() + ") must be at least 0");
        }
        return tolerance;
    }
}

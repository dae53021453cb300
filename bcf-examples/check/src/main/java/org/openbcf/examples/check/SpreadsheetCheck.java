package org.openbcf.examples.check;

import org.openbcf.examples.io.BadInputException;
import org.openbcf.examples.workbook.RecalculatedWorkbook;
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
     * does not fail it. Example: {@code SpreadsheetCheck.recalculate(workbook, CheckMapping.load(mapping),
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
                    if (value instanceof SavedValue.Number number) {
                        comparisons.add(new CellComparison(cell, output, number.value(), values.get(i), tolerance));
                    } else if (yesNo && value instanceof SavedValue.Text text
                            && CalculationCells.yesNoWords(text.value()).isPresent()) {
                        comparisons.add(CellComparison.yesNo(cell, output, text.value(), values.get(i), tolerance));
                    } else {
                        throw new BadInputException(reader.name() + ": " + cell + " holds " + value.describe()
                                + " where the spreadsheet should have computed "
                                + (yesNo ? "Yes or No (or 1 or 0)" : "a number") + " (" + name + ")");
                    }
                }
            });
            List<CellComparison> checked = recalculate ? recalculated(workbook, limits, comparisons) : comparisons;
            return new CheckReport(reader.name(), calculation.name(), tolerance, checked, computed.findings(),
                    inputs.roundings());
        }
    }

    /** Every comparison with what its cell's formula gives now, from the workbook's user model. */
    private static List<CellComparison> recalculated(Path file, CheckLimits limits, List<CellComparison> comparisons) {
        try (RecalculatedWorkbook workbook = RecalculatedWorkbook.open(file, limits.workbookLimits())) {
            List<CellComparison> out = new ArrayList<>(comparisons.size());
            for (CellComparison c : comparisons) {
                SheetCell cell = c.cell();
                out.add(c.withRecalculation(workbook.recalculate(cell.sheet(), cell.row(), cell.column())));
            }
            return out;
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

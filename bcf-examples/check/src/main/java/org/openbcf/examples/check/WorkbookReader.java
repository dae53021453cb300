package org.openbcf.examples.check;

import org.openbcf.examples.io.BadInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openbcf.examples.workbook.SavedCell;
import org.openbcf.examples.workbook.SavedNumbers;
import org.openbcf.examples.workbook.SavedWorkbook;

/**
 * Reads the values a workbook saved at the cells a mapping names, streamed through
 * {@link SavedWorkbook} within {@link CheckLimits}: only the mapped sheets are read, each only as
 * far as its last mapped row, and only the mapped cells are kept, so memory is bounded by the
 * mapping, not by the sheet. Nothing is evaluated: a formula cell gives the result stored with it.
 * Every failure becomes an {@link BadInputException} naming the file.
 */
final class WorkbookReader implements AutoCloseable {

    private final SavedWorkbook workbook;
    private final Map<SheetCell, SavedCell> saved = new HashMap<>();

    private WorkbookReader(SavedWorkbook workbook) {
        this.workbook = workbook;
    }

    /**
     * Opens a workbook for reading, refusing it with one line when it cannot be read safely.
     *
     * @param file   the .xlsx file, not null
     * @param limits the limits, not null
     * @return the reader, never null
     */
    static WorkbookReader open(Path file, CheckLimits limits) {
        return new WorkbookReader(SavedWorkbook.open(file, limits.workbookLimits()));
    }

    /**
     * The sheet names in workbook order.
     *
     * @return the names, never null
     */
    List<String> sheetNames() {
        return workbook.sheetNames();
    }

    /**
     * Reads the saved values of these cells: one streamed pass over each sheet they name, up to the
     * last row named there, keeping only these cells.
     *
     * @param cells the cells, not null
     * @throws BadInputException when a sheet does not exist (naming the first cell that needs it) or
     *                           cannot be read
     */
    void load(Collection<SheetCell> cells) {
        Map<String, Map<Long, List<SheetCell>>> bySheet = new LinkedHashMap<>();
        for (SheetCell cell : cells) {
            String sheet = workbook.sheetName(cell.sheet()).orElseThrow(() -> new BadInputException(name()
                    + ": no sheet named '" + cell.sheet() + "' (needed for " + cell + "); its sheets are " + sheetNames()));
            bySheet.computeIfAbsent(sheet, s -> new HashMap<>())
                    .computeIfAbsent(key(cell.row(), cell.column()), k -> new ArrayList<>(1)).add(cell);
        }
        bySheet.forEach((sheet, wanted) -> {
            int lastRow = wanted.values().stream().mapToInt(c -> c.get(0).row() + 1).max().orElse(1);
            workbook.read(sheet, lastRow, (rowNumber, row) -> {
                for (SavedCell content : row) {
                    List<SheetCell> here = wanted.get(key(rowNumber - 1, content.column()));
                    if (here != null) {
                        here.forEach(cell -> saved.put(cell, content));
                    }
                }
            });
        });
    }

    private static long key(int row, int column) {
        return (long) row << 16 | column;
    }

    /**
     * The value a cell saved, from what {@link #load(Collection)} read; blank when it read nothing there.
     *
     * @param cell the cell, not null
     * @return the value, never null
     * @throws BadInputException when a saved number cannot be a spreadsheet's number
     */
    SavedValue read(SheetCell cell) {
        SavedCell content = saved.get(cell);
        if (content == null) {
            return new SavedValue.Blank();
        }
        return switch (content.kind()) {
            case NUMBER -> number(name(), cell, content.text());
            case TEXT, BOOLEAN -> new SavedValue.Text(content.text());
            case ERROR -> new SavedValue.Error(content.text());
            case BLANK -> content.formula().<SavedValue>map(SavedValue.Uncalculated::new).orElseGet(SavedValue.Blank::new);
        };
    }

    /** The longest saved number a workbook writes ({@link SavedNumbers#MAX_LENGTH}). */
    static final int MAX_NUMBER_LENGTH = SavedNumbers.MAX_LENGTH;

    /** The largest decimal exponent a saved number may have ({@link SavedNumbers#MAX_EXPONENT}). */
    static final int MAX_EXPONENT = SavedNumbers.MAX_EXPONENT;

    /**
     * A saved numeric cell as an exact decimal, read by {@link SavedNumbers#parse}, the reader of every
     * workbook path.
     *
     * @param name the workbook's name for the message
     * @param cell the cell
     * @param raw  the saved text
     * @return the number
     * @throws BadInputException when the text is not a number a spreadsheet saves
     */
    static SavedValue number(String name, SheetCell cell, String raw) {
        try {
            return new SavedValue.Number(SavedNumbers.parse(raw));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(name + ": " + cell + " holds " + e.getMessage(), e);
        }
    }

    /**
     * The name used in messages, e.g. {@code workbook q3.xlsx}.
     *
     * @return the name, never null
     */
    String name() {
        return workbook.name();
    }

    @Override
    public void close() {
        workbook.close();
    }
}

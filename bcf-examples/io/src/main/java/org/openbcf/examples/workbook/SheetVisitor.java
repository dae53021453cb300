package org.openbcf.examples.workbook;

import java.util.List;

/**
 * Receives a sheet's saved values one row at a time from {@link SavedWorkbook#read(String, SheetVisitor)},
 * e.g. {@code (row, cells) -> total += cells.size()}. Only rows with at least one cell holding a
 * value or a formula are passed, in ascending row order. A visitor may throw an
 * {@link org.openbcf.examples.io.BadInputException} to refuse a value; it reaches the caller of
 * {@code read} unchanged.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface SheetVisitor {

    /**
     * One row.
     *
     * @param rowNumber the row as Excel shows it, from 1, e.g. {@code 7}
     * @param cells     the row's cells with a value or a formula, in column order, never empty; the list
     *                  is unmodifiable and the visitor may keep it
     */
    void row(int rowNumber, List<SavedCell> cells);
}

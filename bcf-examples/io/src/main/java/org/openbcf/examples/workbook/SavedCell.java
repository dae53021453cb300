package org.openbcf.examples.workbook;

import java.util.Objects;
import java.util.Optional;

/**
 * One cell as a workbook saved it: its value exactly as the file stores it, never a value openbcf
 * evaluated, and its formula when it has one. A number keeps the text of its {@code <v>} element,
 * e.g. {@code 0.30000000000000004} or {@code 62461000}; a shared or inline string is resolved to
 * its text; a boolean is {@code TRUE} or {@code FALSE}; an error is its code, e.g. {@code #REF!}.
 * Source: ECMA-376 Part 1, §18.3.1.4 ({@code c}), §18.3.1.96 ({@code v}), §18.3.1.40 ({@code f}).
 *
 * <p>A formula is its text as stored, without the leading {@code =}, e.g. {@code SUM(C10:F10)}. A
 * cell that shares a formula written once in the first cell of its group (Excel's
 * {@code <f t="shared" si="0"/>}) gives that first cell's text: openbcf does not shift its
 * references. This class is immutable and thread-safe.
 *
 * @param reference the cell's address, e.g. {@code B7}
 * @param column    the column from 0 ({@code A} is 0, {@code XFD} is 16,383), the column of {@code reference}
 * @param kind      what the cell saved, not null
 * @param text      the saved value's text, not null; empty when {@code kind} is {@link CellKind#BLANK}
 * @param formula   the formula's text when the cell has one, not null
 * @since 0.1.0
 */
public record SavedCell(String reference, int column, CellKind kind, String text, Optional<String> formula) {

    /**
     * Checks the components.
     *
     * @param reference the address
     * @param column    the column from 0
     * @param kind      the kind
     * @param text      the text
     * @param formula   the formula
     * @throws IllegalArgumentException when the reference is not an address or names another column,
     *                                  or a blank cell has text
     */
    public SavedCell {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(formula, "formula");
        int letters = CellAddress.letters(reference);
        if (letters == 0 || CellAddress.rowNumber(reference, letters) < 1) {
            throw new IllegalArgumentException("reference (" + reference + ") must be a cell address such as B7");
        }
        if (CellAddress.column(reference, letters) != column) {
            throw new IllegalArgumentException("column (" + column + ") must be the column of reference " + reference
                    + " (" + CellAddress.column(reference, letters) + ")");
        }
        if (kind == CellKind.BLANK && !text.isEmpty()) {
            throw new IllegalArgumentException("text (" + text + ") must be empty for a blank cell " + reference);
        }
    }

    /**
     * The row as Excel shows it, from 1, e.g. {@code 7} for {@code B7}.
     *
     * @return the row number, at least 1
     */
    public int rowNumber() {
        return CellAddress.rowNumber(reference, CellAddress.letters(reference));
    }

    /**
     * The cell for messages and logs, e.g. {@code B7 NUMBER 62461000} or
     * {@code G10 NUMBER 62460800 =SUM(C10:F10)}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return reference + " " + kind + (text.isEmpty() ? "" : " " + text) + formula.map(f -> " =" + f).orElse("");
    }
}

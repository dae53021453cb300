package org.openbcf.examples.check;

import java.util.Locale;

/**
 * How one checked cell came out, as {@code bcf check} prints it in its {@code status} column, e.g.
 * {@code stale}. Without {@code --recalculate} a cell {@link #AGREES} or {@link #DISAGREES}; with it,
 * a saved value that the cell's own formula no longer produces is its own kind of disagreement
 * ({@link #STALE}, {@link #BROKEN}, {@link #PASTED}), and a formula Apache POI cannot evaluate is
 * {@link #UNSUPPORTED}, reported but not failed; a formula the workbook saved no result for (a file
 * written by openpyxl, POI or pandas) is evaluated and, when its value agrees, {@link #UNSAVED}. Sources:
 * issue 14, "Stale and broken formulas"; issue 28, "Workbooks written by programs".
 *
 * @since 0.1.0
 */
public enum CellStatus {

    /** The saved value agrees with openbcf's (and, recalculated, with what its formula gives now). */
    AGREES(false),
    /** The saved value differs from openbcf's by more than the tolerance. */
    DISAGREES(true),
    /** Recalculated: the cell's formula now gives another number (or text) than the one saved. */
    STALE(true),
    /** Recalculated: the cell's formula now gives an error such as {@code #REF!} where a number was saved. */
    BROKEN(true),
    /** Recalculated: the mapped computed cell holds no formula, only a typed or pasted value. */
    PASTED(true),
    /**
     * Recalculated: Apache POI cannot evaluate the formula (a function it does not implement, named);
     * the saved value agrees with openbcf's. Not a failure: the check cannot say the formula is wrong.
     */
    UNSUPPORTED(false),
    /**
     * Recalculated: the workbook saved no result for the cell's formula (a program such as openpyxl,
     * POI or pandas wrote it without calculating), and what the formula gives now agrees with openbcf's.
     * Not a failure; a value that disagrees is {@link #DISAGREES}.
     */
    UNSAVED(false);

    private final boolean fails;

    CellStatus(boolean fails) {
        this.fails = fails;
    }

    /**
     * Whether a cell with this status fails the check (exit 1), e.g. true for {@link #STALE}.
     *
     * @return true when it fails
     */
    public boolean fails() {
        return fails;
    }

    /**
     * The status as the output prints it: {@code agrees}, {@code disagrees}, {@code stale},
     * {@code broken}, {@code pasted}, {@code unsupported} or {@code unsaved}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}

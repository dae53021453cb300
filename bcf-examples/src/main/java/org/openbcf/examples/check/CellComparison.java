package org.openbcf.examples.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One computed cell of a workbook set against openbcf's reference value, e.g.
 * {@code P4P!AR8 suggestedPayment[4]: spreadsheet 100.00, reference 0.00, difference 100.00}.
 *
 * <p>Both values are rounded to the penny (half up) before they are compared, so a spreadsheet's
 * binary floating point (1813330.0000000002) agrees with the exact £1,813,330.00; they agree when
 * the rounded values differ by at most the tolerance (default £0.00: exact to the penny).
 * This class is immutable and thread-safe.
 *
 * @param cell        the cell, not null
 * @param output      the output's name, with its position when it spans cells, e.g. {@code cap[2]}, not blank
 * @param spreadsheet the value the workbook saved, not null
 * @param reference   the value openbcf computed, not null
 * @param tolerance   the largest difference that counts as agreement, at least 0, not null
 * @since 0.1.0
 */
public record CellComparison(SheetCell cell, String output, BigDecimal spreadsheet, BigDecimal reference,
                             BigDecimal tolerance) {

    /** The scale values are compared at: pennies. */
    public static final int SCALE = 2;

    /**
     * Checks the components.
     *
     * @param cell        the cell
     * @param output      the output's name
     * @param spreadsheet the value the workbook saved
     * @param reference   the value openbcf computed
     * @param tolerance   the largest difference that counts as agreement
     */
    public CellComparison {
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(spreadsheet, "spreadsheet");
        Objects.requireNonNull(reference, "reference");
        SpreadsheetCheck.requireTolerance(tolerance);
    }

    /**
     * The spreadsheet's value minus the reference value, exactly as saved: {@code 100.00}.
     *
     * @return the difference, never null
     */
    public BigDecimal difference() {
        return spreadsheet.subtract(reference);
    }

    /**
     * Whether the two values agree to the penny within the tolerance.
     *
     * @return true when they agree
     */
    public boolean agrees() {
        BigDecimal rounded = spreadsheet.setScale(SCALE, RoundingMode.HALF_UP)
                .subtract(reference.setScale(SCALE, RoundingMode.HALF_UP));
        return rounded.abs().compareTo(tolerance) <= 0;
    }

    /**
     * A number as a person reads it: to the penny, or every digit the value holds when it has more,
     * e.g. {@code 354620.00}, {@code 1813330.0000000002}.
     *
     * @param value the value, not null
     * @return the text, never null
     */
    public static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() <= SCALE ? value.setScale(SCALE, RoundingMode.UNNECESSARY).toPlainString() : stripped.toPlainString();
    }

    /**
     * The comparison on one line: {@code P4P!AR8 suggestedPayment[4]: spreadsheet 100.00, reference 0.00, difference 100.00}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return cell + " " + output + ": spreadsheet " + plain(spreadsheet) + ", reference " + plain(reference)
                + ", difference " + plain(difference());
    }
}

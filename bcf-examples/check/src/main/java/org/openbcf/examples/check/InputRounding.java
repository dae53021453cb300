package org.openbcf.examples.check;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A workbook input the check read as a value other than the one saved, because a spreadsheet stores
 * binary doubles: money is rounded half-up to the penny, and a count within 1e-9 of a whole number
 * is read as that number. Example: {@code '5. I&E'!C10 income.plan[1]: saved 0.30000000000000004,
 * read as 0.30 (by -0.00000000000000004)}, Excel's 0.1 + 0.2. The check report lists every one, so
 * no rounding is silent (issue 14).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param cell  the cell, not null
 * @param input the input's name, with its position when it spans cells, e.g. {@code income.plan[1]}, not null
 * @param saved the number as the workbook saved it, exactly, not null
 * @param read  the value the check used, not null
 * @since 0.1.0
 */
public record InputRounding(SheetCell cell, String input, BigDecimal saved, BigDecimal read) {

    /**
     * Checks the components.
     *
     * @param cell  the cell
     * @param input the input's name
     * @param saved the number saved
     * @param read  the value used
     */
    public InputRounding {
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(saved, "saved");
        Objects.requireNonNull(read, "read");
    }

    /**
     * How much the rounding changed the value: the value read minus the value saved, e.g.
     * {@code -0.00000000000000004}.
     *
     * @return the change, never null
     */
    public BigDecimal difference() {
        return read.subtract(saved);
    }

    /**
     * The rounding on one line: {@code '5. I&E'!C10 income.plan[1]: saved 0.30000000000000004, read as
     * 0.30 (by -0.00000000000000004)}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return cell + " " + input + ": saved " + saved.toPlainString() + ", read as " + read.toPlainString()
                + " (by " + difference().stripTrailingZeros().toPlainString() + ")";
    }
}

package org.openbcf.examples.check;

import java.math.BigDecimal;

/**
 * What a workbook saved in one cell: the value Excel (or another spreadsheet program) computed and
 * stored, never a value openbcf evaluated. A formula cell holds the result of its last calculation.
 */
sealed interface SavedValue {

    /** A number, exactly as the file stores it (e.g. {@code 1813330.0000000002}). */
    record Number(BigDecimal value) implements SavedValue {
    }

    /** Text, or a boolean shown as {@code TRUE}/{@code FALSE}. */
    record Text(String value) implements SavedValue {
    }

    /** An error value such as {@code #DIV/0!}. */
    record Error(String code) implements SavedValue {
    }

    /** An empty cell. */
    record Blank() implements SavedValue {
    }

    /** A formula whose result the file does not hold (saved by a program that does not calculate). */
    record Uncalculated(String formula) implements SavedValue {
    }

    /**
     * Describes the value for a message, e.g. {@code text "n/a"}.
     *
     * @return the description, never null
     */
    default String describe() {
        if (this instanceof Number n) {
            return "the number " + n.value().toPlainString();
        }
        if (this instanceof Text t) {
            return "text \"" + (t.value().length() > 40 ? t.value().substring(0, 40) + "…" : t.value()) + "\"";
        }
        if (this instanceof Error e) {
            return "the error " + e.code();
        }
        if (this instanceof Uncalculated u) {
            return "the formula =" + u.formula() + " with no saved result (open and save the workbook in Excel)";
        }
        return "nothing (blank)";
    }
}

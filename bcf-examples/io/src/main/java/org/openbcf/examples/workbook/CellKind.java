package org.openbcf.examples.workbook;

/**
 * What a workbook saved in a cell, as the {@code t} attribute of SpreadsheetML's {@code <c>} element
 * says (ECMA-376 Part 1, §18.3.1.4 and §18.18.11 {@code ST_CellType}): e.g. {@link #NUMBER} for
 * {@code <c r="B7"><v>62461000</v></c>}.
 *
 * @since 0.1.0
 */
public enum CellKind {

    /** A number ({@code t="n"} or no {@code t}), e.g. {@code 0.30000000000000004}; dates are numbers too. */
    NUMBER,

    /** Text: a shared string ({@code t="s"}), an inline string, a formula's text result or an ISO date ({@code t="d"}). */
    TEXT,

    /** A boolean ({@code t="b"}), with the text {@code TRUE} or {@code FALSE}. */
    BOOLEAN,

    /** An error value ({@code t="e"}), e.g. {@code #REF!}. */
    ERROR,

    /** No saved value: a formula the program that saved the file did not calculate. */
    BLANK
}

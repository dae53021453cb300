package org.openbcf.examples.check;

/**
 * One named quantity a {@link SheetCalculation} reads or computes, e.g. {@code baseline}, four
 * cells, "non-elective admissions in the baseline quarters Q4 2013/14 to Q3 2014/15".
 *
 * @param name        the name the mapping file uses after {@code input.} or {@code output.}
 * @param kind        what the cells hold
 * @param cells       how many cells, or {@link #ROWS} (0) for any number (one per row of a register;
 *                    every such field of a calculation then has the same number), or {@link #TABLE}
 *                    (-1) for any number in a second table of the sheet (e.g. partner totals), which
 *                    the calculation pairs with the other fields of that table itself, refusing
 *                    lists of unequal length
 * @param description what the cells hold, for people
 */
record Field(String name, Kind kind, int cells, String description) {

    /** Any number of cells, one per row of the sheet's main table; every such field has as many. */
    static final int ROWS = 0;

    /**
     * Any number of cells, one per row of a second table (the mapping does not compare its length with
     * the main table's; the calculation pairs the fields of that table and refuses unequal lengths).
     */
    static final int TABLE = -1;

    /** What a field's cells hold. */
    enum Kind {
        /** A number in every cell. */
        NUMBER,
        /** A whole number in every cell (admissions, scores). */
        COUNT,
        /** A number, or a blank (or a dash) where the template leaves the value out. */
        OPTIONAL_NUMBER,
        /** Text (a number is read as its plain digits; a blank as empty text). */
        TEXT,
        /**
         * A number that is not money (a percentage, a share, a weight, a rate's base), read to the 15
         * significant digits a spreadsheet shows, half-up ({@code 0.30000000000000004} is 0.3), the
         * rounding noted.
         */
        DECIMAL,
        /** A {@link #DECIMAL}, or a blank (or a dash) where the template leaves the value out. */
        OPTIONAL_DECIMAL,
        /** A value in the mapping file itself, not in the workbook ({@code parameter.year = 2015/16}). */
        PARAMETER,
        /**
         * An output that is yes or no, computed as 1 or 0: the cell may save the number 1 or 0, a
         * boolean ({@code TRUE}, {@code FALSE}) or the words {@code Yes} or {@code No}, ignoring case
         * and surrounding spaces ({@link CalculationCells#yesNoWords(String)}).
         */
        YES_NO
    }

    static Field number(String name, int cells, String description) {
        return new Field(name, Kind.NUMBER, cells, description);
    }

    static Field count(String name, int cells, String description) {
        return new Field(name, Kind.COUNT, cells, description);
    }

    static Field optionalNumber(String name, int cells, String description) {
        return new Field(name, Kind.OPTIONAL_NUMBER, cells, description);
    }

    static Field decimal(String name, int cells, String description) {
        return new Field(name, Kind.DECIMAL, cells, description);
    }

    static Field optionalDecimal(String name, int cells, String description) {
        return new Field(name, Kind.OPTIONAL_DECIMAL, cells, description);
    }

    static Field text(String name, int cells, String description) {
        return new Field(name, Kind.TEXT, cells, description);
    }

    static Field yesNo(String name, int cells, String description) {
        return new Field(name, Kind.YES_NO, cells, description);
    }

    static Field parameter(String name, String description) {
        return new Field(name, Kind.PARAMETER, 1, description);
    }
}

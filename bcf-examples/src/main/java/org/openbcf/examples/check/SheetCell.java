package org.openbcf.examples.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One cell of a workbook, written as Excel writes a reference: {@code 'I&E'!G10}, or {@code P4P!AR8}
 * when the sheet name needs no quotes. Rows and columns count from zero inside, as Apache POI counts
 * them; {@link #toString()} prints the form {@link #parse(String, String)} accepts.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param sheet  the sheet name, not blank
 * @param column the column, 0 for A, at most 16,383 (XFD)
 * @param row    the row, 0 for row 1, at most 1,048,575
 */
public record SheetCell(String sheet, int column, int row) implements Comparable<SheetCell> {

    private static final int MAX_COLUMN = 16_383;
    private static final int MAX_ROW = 1_048_575;
    private static final Pattern ADDRESS = Pattern.compile("\\$?([A-Za-z]{1,3})\\$?([0-9]{1,7})");
    private static final Pattern PLAIN_SHEET = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");

    /**
     * Checks the components.
     *
     * @param sheet  the sheet name
     * @param column the column from 0
     * @param row    the row from 0
     */
    public SheetCell {
        Objects.requireNonNull(sheet, "sheet");
        if (sheet.isBlank()) {
            throw new IllegalArgumentException("sheet name must not be blank");
        }
        if (column < 0 || column > MAX_COLUMN) {
            throw new IllegalArgumentException("column (" + column + ") must be between 0 and " + MAX_COLUMN);
        }
        if (row < 0 || row > MAX_ROW) {
            throw new IllegalArgumentException("row (" + row + ") must be between 0 and " + MAX_ROW);
        }
    }

    /**
     * Parses {@code AR8}, {@code $G$10}, {@code P4P!AR8} or {@code '5. I&E'!G10}; a reference
     * without a sheet is on {@code defaultSheet}.
     *
     * @param text         the reference, not null
     * @param defaultSheet the sheet of an unqualified reference; may be null when every reference names its sheet
     * @return the cell, never null
     * @throws IllegalArgumentException naming the text when it is not a cell reference
     */
    public static SheetCell parse(String text, String defaultSheet) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.strip();
        String sheet = defaultSheet;
        String address = trimmed;
        int bang = trimmed.lastIndexOf('!');
        if (bang >= 0) {
            sheet = unquote(trimmed.substring(0, bang), text);
            address = trimmed.substring(bang + 1);
        }
        Matcher matcher = ADDRESS.matcher(address);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("cell reference '" + text + "' must look like AR8, $G$10 or 'Sheet name'!G10");
        }
        if (sheet == null || sheet.isBlank()) {
            throw new IllegalArgumentException("cell reference '" + text + "' names no sheet and no default sheet is set");
        }
        int row = Integer.parseInt(matcher.group(2)) - 1;
        if (row < 0 || row > MAX_ROW) {
            throw new IllegalArgumentException("cell reference '" + text + "' has row " + (row + 1)
                    + "; rows run from 1 to " + (MAX_ROW + 1));
        }
        int column = columnIndex(matcher.group(1));
        if (column > MAX_COLUMN) {
            throw new IllegalArgumentException("cell reference '" + text + "' has column " + matcher.group(1)
                    + "; columns run from A to XFD");
        }
        return new SheetCell(sheet, column, row);
    }

    /**
     * Parses one cell or a range along one row or one column ({@code C12:F12}, {@code 'Risk log'!E5:E27}),
     * giving its cells in order, left to right or top to bottom.
     *
     * @param text         the cell or range, not null
     * @param defaultSheet the sheet of an unqualified reference; may be null
     * @return the cells, at least one, never null
     * @throws IllegalArgumentException naming the text when it is not a cell or a one-row or one-column range
     */
    public static List<SheetCell> parseRange(String text, String defaultSheet) {
        Objects.requireNonNull(text, "text");
        int colon = unquotedColon(text);
        if (colon < 0) {
            return List.of(parse(text, defaultSheet));
        }
        SheetCell first = parse(text.substring(0, colon), defaultSheet);
        SheetCell last = parse(text.substring(colon + 1), first.sheet());
        if (!last.sheet().equals(first.sheet())) {
            throw new IllegalArgumentException("range '" + text + "' must stay on one sheet");
        }
        if (first.row != last.row && first.column != last.column) {
            throw new IllegalArgumentException("range '" + text + "' must run along one row or one column");
        }
        if (last.compareTo(first) < 0) {
            throw new IllegalArgumentException("range '" + text + "' must run left to right or top to bottom");
        }
        List<SheetCell> cells = new ArrayList<>();
        for (int r = first.row; r <= last.row; r++) {
            for (int c = first.column; c <= last.column; c++) {
                cells.add(new SheetCell(first.sheet, c, r));
            }
        }
        return List.copyOf(cells);
    }

    private static int unquotedColon(String text) {
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (c == ':' && !quoted) {
                return i;
            }
        }
        return -1;
    }

    private static String unquote(String sheet, String text) {
        if (sheet.length() >= 2 && sheet.startsWith("'") && sheet.endsWith("'")) {
            return sheet.substring(1, sheet.length() - 1).replace("''", "'");
        }
        if (sheet.contains("'")) {
            throw new IllegalArgumentException("cell reference '" + text + "' has an unbalanced quote in its sheet name");
        }
        return sheet;
    }

    private static int columnIndex(String letters) {
        int index = 0;
        for (char letter : letters.toUpperCase(Locale.ROOT).toCharArray()) {
            index = index * 26 + (letter - 'A' + 1);
        }
        return index - 1;
    }

    /**
     * The column's letters, e.g. {@code AR} for column 43.
     *
     * @return the letters, never null
     */
    public String columnLetters() {
        StringBuilder letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    /**
     * The address without the sheet, e.g. {@code AR8}.
     *
     * @return the address, never null
     */
    public String address() {
        return columnLetters() + (row + 1);
    }

    /**
     * Orders by sheet name, then row, then column, consistent with {@code equals}.
     *
     * @param other the other cell, not null
     * @return negative, zero or positive
     */
    @Override
    public int compareTo(SheetCell other) {
        int bySheet = sheet.compareTo(other.sheet);
        if (bySheet != 0) {
            return bySheet;
        }
        return row != other.row ? Integer.compare(row, other.row) : Integer.compare(column, other.column);
    }

    /**
     * The reference as Excel writes it: {@code P4P!AR8}, or {@code '5. I&E'!G10} when the sheet name
     * holds anything but letters, digits, dots and underscores.
     *
     * @return the reference, never null
     */
    @Override
    public String toString() {
        String name = PLAIN_SHEET.matcher(sheet).matches() ? sheet : "'" + sheet.replace("'", "''") + "'";
        return name + "!" + address();
    }
}

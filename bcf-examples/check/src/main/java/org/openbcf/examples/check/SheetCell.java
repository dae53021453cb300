package org.openbcf.examples.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;

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
 * @since 0.1.0
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
     * Parses a cell reference as Excel writes it: {@code AR8}, {@code $G$10} or {@code 'Other sheet'!G10}
     * (POI's {@link CellReference} reads it).
     *
     * @param text         the reference, not null
     * @param defaultSheet the sheet of a reference that names none, may be null
     * @return the cell, never null
     * @throws IllegalArgumentException when the text is not a single cell reference
     */
    public static SheetCell parse(String text, String defaultSheet) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.strip();
        int bang = trimmed.lastIndexOf('!');
        String address = bang < 0 ? trimmed : trimmed.substring(bang + 1);
        if (!ADDRESS.matcher(address).matches()
                || CellReference.classifyCellReference(address.replace("$", ""), SpreadsheetVersion.EXCEL2007)
                != CellReference.NameType.CELL) {
            java.util.regex.Matcher parts = ADDRESS.matcher(address);
            if (parts.matches()) {
                long row = Long.parseLong(parts.group(2));
                if (row < 1 || row > MAX_ROW + 1) {
                    throw new IllegalArgumentException("cell reference '" + text + "' has row " + row
                            + "; rows run from 1 to " + (MAX_ROW + 1));
                }
                throw new IllegalArgumentException("cell reference '" + text + "' has column "
                        + parts.group(1).toUpperCase(java.util.Locale.ROOT) + "; columns run from A to XFD");
            }
            throw new IllegalArgumentException("cell reference '" + text + "' must look like AR8, $G$10 or 'Sheet name'!G10");
        }
        if (bang >= 0) {
            String sheetPart = trimmed.substring(0, bang);
            boolean quoted = sheetPart.length() >= 2 && sheetPart.startsWith("'") && sheetPart.endsWith("'");
            if (!quoted && sheetPart.contains("'")) {
                throw new IllegalArgumentException("cell reference '" + text + "' has an unbalanced quote in its sheet name");
            }
        }
        CellReference reference;
        try {
            reference = new CellReference(trimmed);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cell reference '" + text + "' must look like AR8, $G$10 or 'Sheet name'!G10", e);
        }
        String sheet = reference.getSheetName() != null ? reference.getSheetName() : defaultSheet;
        if (sheet == null || sheet.isBlank()) {
            throw new IllegalArgumentException("cell reference '" + text + "' names no sheet and no default sheet is set");
        }
        return new SheetCell(sheet, reference.getCol(), reference.getRow());
    }

    /**
     * Parses a cell or a range along one row or one column, e.g. {@code C10:F10} (POI's
     * {@link AreaReference} reads it), into its cells in order.
     *
     * @param text         the cell or range, not null
     * @param defaultSheet the sheet of a reference that names none, may be null
     * @return the cells, left to right or top to bottom, never empty
     * @throws IllegalArgumentException when the text is not such a range
     */
    public static List<SheetCell> parseRange(String text, String defaultSheet) {
        Objects.requireNonNull(text, "text");
        if (!AreaReference.isContiguous(text.strip()) || text.indexOf(':') < 0) {
            return List.of(parse(text, defaultSheet));
        }
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
        AreaReference area = new AreaReference(new CellReference(first.row, first.column),
                new CellReference(last.row, last.column), SpreadsheetVersion.EXCEL2007);
        List<SheetCell> cells = new ArrayList<>();
        for (CellReference cell : area.getAllReferencedCells()) {
            cells.add(new SheetCell(first.sheet, cell.getCol(), cell.getRow()));
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

    /**
     * The column's letters, e.g. {@code AR}.
     *
     * @return the letters, never null
     */
    public String columnLetters() {
        return CellReference.convertNumToColString(column);
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

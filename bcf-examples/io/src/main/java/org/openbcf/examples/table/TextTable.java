package org.openbcf.examples.table;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A plain-text table for people: a column whose cells are all figures (amounts, counts, percentages,
 * e.g. {@code £1,234.50}, {@code -12}, {@code 5.39%}, or blank) is right-aligned so that the figures
 * line up; any other column, and always the first, is left-aligned. Columns are separated by two
 * spaces. A line break, tab or other control character in a cell prints as a space, so every row is
 * one line.
 *
 * @since 0.1.0
 */
public final class TextTable {

    /** A figure as openbcf prints one: an optional sign, £, digits with thousands separators, decimals, %. */
    private static final Pattern FIGURE = Pattern.compile("[-+\u2212]?£?\\d[\\d,]*(?:\\.\\d+)?%?");

    private final List<String[]> rows = new ArrayList<>();

    /**
     * Starts a table with its header.
     *
     * @param header the column headings, not null
     */
    public TextTable(String... header) {
        rows.add(oneLine(header.clone()));
    }

    /**
     * Adds a row; missing cells print empty.
     *
     * @param cells the cells, not null
     * @return this table
     */
    public TextTable row(String... cells) {
        rows.add(oneLine(Arrays.copyOf(cells, rows.get(0).length)));
        return this;
    }

    /** Cells on one line each: a line break or tab in a value (a board name) would break the table's rows. */
    private static String[] oneLine(String[] cells) {
        for (int i = 0; i < cells.length; i++) {
            String cell = cells[i];
            if (cell != null && cell.chars().anyMatch(Character::isISOControl)) {
                StringBuilder plain = new StringBuilder(cell.length());
                cell.chars().forEach(c -> plain.append(Character.isISOControl(c) ? ' ' : (char) c));
                cells[i] = plain.toString();
            }
        }
        return cells;
    }

    /**
     * Prints the table with a rule under the header.
     *
     * @param out where to print, not null
     */
    public void print(PrintWriter out) {
        out.print(toString());
    }

    /**
     * The table as text, one line per row and a rule under the header, each line ending {@code \n}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row[c] == null ? 0 : row[c].length());
            }
        }
        boolean[] right = new boolean[columns];
        for (int c = 1; c < columns; c++) {
            right[c] = true;
            for (int r = 1; r < rows.size() && right[c]; r++) {
                String cell = rows.get(r)[c];
                right[c] = cell == null || cell.isBlank() || FIGURE.matcher(cell.strip()).matches();
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                String cell = rows.get(r)[c] == null ? "" : rows.get(r)[c];
                String padding = " ".repeat(widths[c] - cell.length());
                line.append(c == 0 ? "" : "  ").append(right[c] ? padding + cell : cell + padding);
            }
            text.append(line.toString().stripTrailing()).append('\n');
            if (r == 0) {
                text.append("-".repeat(Arrays.stream(widths).sum() + 2 * (columns - 1))).append('\n');
            }
        }
        return text.toString();
    }
}
